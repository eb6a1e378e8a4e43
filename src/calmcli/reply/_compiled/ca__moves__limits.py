# Generated from ca/moves/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '306cee70-1917'
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
    yield from context.blocks['warn_spoken'][0](context)
    yield from context.blocks['final_spoken'][0](context)
    yield from context.blocks['end_spoken'][0](context)
    yield from context.blocks['respect_spoken'][0](context)
    yield from context.blocks['warn_letter'][0](context)
    yield from context.blocks['final_letter'][0](context)
    yield from context.blocks['end_letter'][0](context)
    yield from context.blocks['warn_first_spoken'][0](context)
    yield from context.blocks['final_first_spoken'][0](context)

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

def block_warn_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Si els insults continuen:] M’agradaria ajudar, però si això segueix així hauré de penjar.\n'

def block_final_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Si els insults continuen:] Li demano per última vegada que em parli amb respecte; si no, hauré de penjar.\n'

def block_end_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Si tornen els insults:] No puc continuar la trucada en aquest to, així que l’acabo aquí.\n'

def block_respect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Si puja el to:] M’agradaria ajudar, i serà més fàcil si parlem amb calma.\n'

def block_warn_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Li demanem que mantingui un to respectuós: si els insults continuen, no podrem seguir responent els seus missatges.\n'

def block_final_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Aquest és el nostre últim avís: si els insults continuen, deixarem de respondre els seus missatges.\n'

def block_end_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Com que els insults han continuat, no respondrem més missatges en aquest to.\n'

def block_warn_first_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Abans de res: m’agradaria ajudar, però necessito que parlem amb respecte. Si continuen els insults, hauré de penjar.\n'

def block_final_first_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Abans de res, li ho demano per última vegada: parlem amb respecte. Si continuen els insults, hauré de penjar.\n'

blocks = {'warn': block_warn, 'final': block_final, 'end': block_end, 'respect': block_respect, 'warn_spoken': block_warn_spoken, 'final_spoken': block_final_spoken, 'end_spoken': block_end_spoken, 'respect_spoken': block_respect_spoken, 'warn_letter': block_warn_letter, 'final_letter': block_final_letter, 'end_letter': block_end_letter, 'warn_first_spoken': block_warn_first_spoken, 'final_first_spoken': block_final_first_spoken}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&22=18&25=19&28=20&31=21&34=22&37=23&1=25&4=35&7=45&10=55&13=65&16=75&19=85&22=95&25=105&28=115&31=125&34=135&37=145'
