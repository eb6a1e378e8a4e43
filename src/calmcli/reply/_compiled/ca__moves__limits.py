# Generated from ca/moves/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '0cefd102-639'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/limits.j2'

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
    yield 'Li demanem que mantingui un to respectuós: si els insults continuen, haurem de tancar aquesta conversa.\n'

def block_final(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Aquest és el nostre últim avís: si els insults continuen, tancarem aquesta conversa.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Com que els insults han continuat, donem per acabada aquesta conversa.\n'

def block_respect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Perquè puguem resoldre-ho, necessitem que la conversa es mantingui en un to respectuós.\n'

blocks = {'warn': block_warn, 'final': block_final, 'end': block_end, 'respect': block_respect}
debug_info = '1=11&4=12&7=13&10=14&1=16&4=26&7=36&10=46'
