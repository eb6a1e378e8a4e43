# Generated from ca/parts/continuation.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '95e31a04-374'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/continuation.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fault = resolve('fault')
    pass
    yield 'Tal com li hem avançat públicament, li escrivim en privat per concretar els detalls'
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
        pass
        yield '. Un cop més, li demanem disculpes'
    yield '.'

blocks = {}
debug_info = '2=13'
