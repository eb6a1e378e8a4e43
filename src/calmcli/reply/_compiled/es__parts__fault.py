# Generated from es/parts/fault.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'c0342456-1210'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/fault.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fault = resolve('fault')
    l_0_vars = resolve('vars')
    l_0_cause = resolve('cause')
    pass
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
        pass
        yield 'El error ha sido nuestro y le pedimos disculpas. Lo estamos corrigiendo ahora mismo y nos encargamos de ello personalmente.\n'
    elif ((((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'not-ours') and environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'cause')) and environment.call(context, environment.getattr(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'cause'), 'strip'), ' .')):
        pass
        l_0_cause = environment.call(context, environment.getattr(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'cause'), 'strip'))
        context.vars['cause'] = l_0_cause
        context.exported_vars.add('cause')
        yield 'Lo hemos revisado con detenimiento y esto es lo que ha ocurrido: '
        yield str(((undefined(name='cause') if l_0_cause is missing else l_0_cause) if (((undefined(name='cause') if l_0_cause is missing else l_0_cause)[-1:] in ['?', '!', '…']) or ((undefined(name='cause') if l_0_cause is missing else l_0_cause)[-3:] == '...')) else str_join((environment.call(context, environment.getattr((undefined(name='cause') if l_0_cause is missing else l_0_cause), 'rstrip'), ' .'), '.', ))))
        yield '\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'not-ours'):
        pass
        yield 'Lo hemos revisado con detenimiento y nos gustaría repasar con usted, paso a paso, lo que ha ocurrido, para que todo quede claro.\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
        pass
        yield 'Todavía no sabemos a qué se debe y preferimos no hacer suposiciones, así que ya lo estamos investigando.\n'
    else:
        pass
        yield 'Con mucho gusto le ayudaremos con cualquier problema concreto que tenga con su pedido.\n'

blocks = {}
debug_info = '2=14&4=17&6=19&7=23&8=25&10=28'
