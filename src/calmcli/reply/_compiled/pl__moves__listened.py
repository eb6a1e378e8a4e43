# Generated from pl/moves/listened.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '922b828a-228'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/listened.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['detail'][0](context)

def block_detail(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Dziękujemy za dokładny opis sytuacji.\n'

blocks = {'detail': block_detail}
debug_info = '1=11'
