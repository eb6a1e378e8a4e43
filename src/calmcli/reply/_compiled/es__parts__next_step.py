# Generated from es/parts/next_step.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'cc40c9e2-1075'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/next_step.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_next_contact = resolve('next_contact')
    l_0_fault = resolve('fault')
    l_0_warning_level = resolve('warning_level')
    l_0_channel = resolve('channel')
    l_0_at = missing
    try:
        t_1 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_2 = environment.filters['time']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'time' found.")
    pass
    l_0_at = ('a la' if (environment.getitem(environment.call(context, environment.getattr(t_2(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)), 'split'), ':'), 0) in ['1', '01']) else 'a las')
    context.vars['at'] = l_0_at
    context.exported_vars.add('at')
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
        pass
        yield 'Le daremos noticias a más tardar el '
        yield str(t_1(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield ' '
        yield str((undefined(name='at') if l_0_at is missing else l_0_at))
        yield ' '
        yield str(t_2(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield ', aunque para entonces todavía no tengamos una respuesta definitiva.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) >= 3):
        pass
        yield 'Volveremos a revisar su caso el '
        yield str(t_1(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield '.\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        yield 'Cuéntenos los detalles concretos y los estudiaremos; en cualquier caso, volveremos a revisar su caso el '
        yield str(t_1(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield '.\n'
    elif ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'chat'):
        pass
        yield 'Le informaremos de los avances a más tardar el '
        yield str(t_1(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield ' '
        yield str((undefined(name='at') if l_0_at is missing else l_0_at))
        yield ' '
        yield str(t_2(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield '.\n'
    else:
        pass
        yield 'Nos pondremos en contacto con usted a más tardar el '
        yield str(t_1(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield ' '
        yield str((undefined(name='at') if l_0_at is missing else l_0_at))
        yield ' '
        yield str(t_2(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield ' para confirmar que todo ha quedado resuelto.\n'

blocks = {}
debug_info = '2=28&3=31&4=34&5=40&6=43&7=45&8=48&9=50&10=53&12=62'
