# Generated from pl/moves/own.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'fded4d98-868'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/own.j2'

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
    yield from context.blocks['again'][0](context)
    yield from context.blocks['sorry'][0](context)
    yield from context.blocks['public_sorry'][0](context)
    yield from context.blocks['heard_spoken'][0](context)

def block_own(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszamy – to nasz błąd.\n'

def block_own_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'To był nasz błąd i bardzo za niego przepraszam.\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'To był nasz błąd.\n'

def block_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszamy za kłopot.\n'

def block_sorry(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszamy za kłopot.\n'

def block_public_sorry(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszamy za kłopot – wszystko naprawimy.\n'

def block_heard_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszam, to nasz błąd. Naprawimy to na nasz koszt.\n'

blocks = {'own': block_own, 'own_spoken': block_own_spoken, 'public': block_public, 'again': block_again, 'sorry': block_sorry, 'public_sorry': block_public_sorry, 'heard_spoken': block_heard_spoken}
debug_info = '1=11&4=12&7=13&10=14&14=15&17=16&21=17&1=19&4=29&7=39&10=49&14=59&17=69&21=79'
