# Generated from es/moves/expertise.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '12e1c643-408'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/expertise.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['right'][0](context)
    yield from context.blocks['precise'][0](context)
    yield from context.blocks['right_plain'][0](context)

def block_right(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Tiene toda la razón, y le agradecemos que nos lo haya hecho ver.\n'

def block_precise(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Gracias por todos los detalles; nos ayudarán a revisarlo.\n'

def block_right_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Tiene toda la razón.\n'

blocks = {'right': block_right, 'precise': block_precise, 'right_plain': block_right_plain}
debug_info = '1=11&4=12&7=13&1=15&4=25&7=35'
