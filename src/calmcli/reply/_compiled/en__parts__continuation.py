# Generated from en/parts/continuation.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '08abddf5-370'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/continuation.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fault = resolve('fault')
    pass
    yield 'As promised in our public reply, we are writing to you here to sort out the details'
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
        pass
        yield '. Once again, we are sorry for the trouble'
    yield '.'

blocks = {}
debug_info = '2=13'
