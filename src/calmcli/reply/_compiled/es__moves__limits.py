# Generated from es/moves/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'fefb8ebc-651'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/limits.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['warn'][0](context)
    yield from context.blocks['final'][0](context)
    yield from context.blocks['end'][0](context)
    yield from context.blocks['respect'][0](context)

def block_warn(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le pedimos que mantenga un tono respetuoso: si los insultos continúan, tendremos que cerrar esta conversación.\n'

def block_final(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Este es nuestro último aviso: si los insultos continúan, cerraremos esta conversación.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Como los insultos han continuado, damos por terminada esta conversación.\n'

def block_respect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Para poder ayudarle, necesitamos que la conversación se mantenga en un tono respetuoso.\n'

blocks = {'warn': block_warn, 'final': block_final, 'end': block_end, 'respect': block_respect}
debug_info = '1=11&4=12&7=13&10=14&1=16&4=26&7=36&10=46'
