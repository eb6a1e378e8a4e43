# Generated from es/moves/continue.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '363a07b2-256'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/continue.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['after_public'][0](context)

def block_after_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Seguimos por aquí con lo que nos comenta en su publicación.\n'

blocks = {'after_public': block_after_public}
debug_info = '1=11'
