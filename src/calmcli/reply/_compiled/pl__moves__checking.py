# Generated from pl/moves/checking.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '7443fee1-498'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/checking.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['checking'][0](context)
    yield from context.blocks['public'][0](context)
    yield from context.blocks['checking_spoken'][0](context)

def block_checking(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeszcze nie znamy wszystkich szczegółów.\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Sprawdzimy, co się stało.\n'

def block_checking_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeszcze nie znam wszystkich szczegółów.\n'

blocks = {'checking': block_checking, 'public': block_public, 'checking_spoken': block_checking_spoken}
debug_info = '2=11&5=12&8=13&2=15&5=25&8=35'
