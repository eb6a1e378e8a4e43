# Generated from en/parts/next_step.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'f6473371-764'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/next_step.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fault = resolve('fault')
    l_0_promise = resolve('promise')
    l_0_warning_level = resolve('warning_level')
    l_0_next_contact = resolve('next_contact')
    l_0_channel = resolve('channel')
    try:
        t_1 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
        pass
        yield 'We will get back to you '
        yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
        yield ' at the latest, even if we do not have a final answer by then.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) >= 3):
        pass
        yield 'We will review your case again on '
        yield str(t_1(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield '.\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        yield 'Tell us the specific details and we will look into them; either way, we will review your case again on '
        yield str(t_1(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)))
        yield '.\n'
    elif ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'chat'):
        pass
        yield 'We will update you '
        yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
        yield '.\n'
    else:
        pass
        yield 'We will be in touch '
        yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
        yield ' to confirm that everything is resolved.\n'

blocks = {}
debug_info = '2=22&3=25&4=27&5=30&6=32&7=35&8=37&9=40&11=45'
