# Generated from ca/moves/checking.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '17fb5840-562'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/checking.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['checking'][0](context)
    yield from context.blocks['checking_spoken'][0](context)
    yield from context.blocks['public'][0](context)
    yield from context.blocks['public_closed'][0](context)
    yield from context.blocks['public_pickup'][0](context)

def block_checking(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Encara no sabem exactament què ha passat.\n'

def block_checking_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Encara no li puc dir exactament què ha passat.\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ja ho estem revisant per saber què ha passat.\n'

def block_public_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    pass
    yield 'Ho revisarem '
    yield str((undefined(name='resume') if l_0_resume is missing else l_0_resume))
    yield '.\n'

def block_public_pickup(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'El seu paquet ja l’espera perquè el reculli.\n'

blocks = {'checking': block_checking, 'checking_spoken': block_checking_spoken, 'public': block_public, 'public_closed': block_public_closed, 'public_pickup': block_public_pickup}
debug_info = '1=11&4=12&7=13&10=14&13=15&1=17&4=27&7=37&10=47&11=57&13=60'
