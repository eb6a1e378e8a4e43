# Generated from pl/moves/checking.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'f2d92bac-634'
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
    yield 'Jeszcze nie znamy wszystkich szczegółów.\n'

def block_checking_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeszcze nie znam wszystkich szczegółów.\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Już to sprawdzamy.\n'

def block_public_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    pass
    yield 'Zajmiemy się tym '
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
    yield 'Paczka już czeka na odbiór.\n'

blocks = {'checking': block_checking, 'checking_spoken': block_checking_spoken, 'public': block_public, 'public_closed': block_public_closed, 'public_pickup': block_public_pickup}
debug_info = '2=11&5=12&8=13&11=14&14=15&2=17&5=27&8=37&11=47&12=57&14=60'
