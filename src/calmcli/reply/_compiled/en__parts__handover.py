# Generated from en/parts/handover.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'c3c07214-551'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/handover.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fault = resolve('fault')
    pass
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        yield 'We give every case the same care. We have sent you a private message so we can look at the details of your case.\n'
    else:
        pass
        yield 'We are already working on it. We have sent you a private message so we can go through the details of your order without sharing them here.\n'

blocks = {}
debug_info = '2=12'
