# Generated from es/moves/close.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'ee02fb33-487'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/close.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['apology'][0](context)
    yield from context.blocks['patience'][0](context)
    yield from context.blocks['help'][0](context)
    yield from context.blocks['spoken'][0](context)
    yield from context.blocks['end_spoken'][0](context)

def block_apology(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Disculpe de nuevo las molestias.\n'

def block_patience(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Gracias por su paciencia.\n'

def block_help(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si necesita cualquier otra cosa, estamos a su disposición.\n'

def block_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '¿Puedo ayudarle en algo más?\n'

def block_end_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Adiós.\n'

blocks = {'apology': block_apology, 'patience': block_patience, 'help': block_help, 'spoken': block_spoken, 'end_spoken': block_end_spoken}
debug_info = '1=11&4=12&7=13&10=14&13=15&1=17&4=27&7=37&10=47&13=57'
