# Generated from en/parts/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '9032ad4e-914'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/limits.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_warning_level = resolve('warning_level')
    l_0_fault = resolve('fault')
    l_0_style = resolve('style')
    pass
    if ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) == 1):
        pass
        yield 'Please note that insults and threats are not accepted on our channels. If they continue, we will have to end this conversation.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) == 2):
        pass
        yield 'This is our final warning: if the insults continue, we will end this conversation. Your case stays open, and you can continue it by email or private message.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) >= 3):
        pass
        yield 'As the insults have continued, we are ending this conversation here. Your case stays open and you can still reach us by email.\n'
    elif (((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll') or environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'limits')):
        pass
        yield 'We want to help you, and to do that we need to keep this conversation respectful on both sides.\n'

blocks = {}
debug_info = '2=14&4=17&6=20&8=23'
