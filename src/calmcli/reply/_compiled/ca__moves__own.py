# Generated from ca/moves/own.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '29dc4704-765'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/own.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['own'][0](context)
    yield from context.blocks['own_spoken'][0](context)
    yield from context.blocks['public'][0](context)
    yield from context.blocks['public_plain'][0](context)
    yield from context.blocks['public_closed'][0](context)
    yield from context.blocks['again'][0](context)
    yield from context.blocks['public_pickup'][0](context)

def block_own(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'L’error ha estat nostre i li demanem disculpes.\n'

def block_own_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'L’error ha estat nostre i em sap molt de greu.\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ha estat un error nostre i ja ens n’estem ocupant.\n'

def block_public_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ha estat un error nostre.\n'

def block_public_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    pass
    yield 'Ha estat un error nostre i ens n’ocuparem '
    yield str((undefined(name='resume') if l_0_resume is missing else l_0_resume))
    yield '.\n'

def block_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Li demanem disculpes per les molèsties.\n'

def block_public_pickup(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ha estat un error nostre, i el seu paquet ja l’espera perquè el reculli.\n'

blocks = {'own': block_own, 'own_spoken': block_own_spoken, 'public': block_public, 'public_plain': block_public_plain, 'public_closed': block_public_closed, 'again': block_again, 'public_pickup': block_public_pickup}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&1=19&4=29&7=39&10=49&13=59&14=69&16=72&19=82'
