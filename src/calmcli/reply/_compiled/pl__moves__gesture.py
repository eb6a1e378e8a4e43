# Generated from pl/moves/gesture.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'a6a2d82f-972'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/gesture.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['discount'][0](context)
    yield from context.blocks['free_shipping'][0](context)
    yield from context.blocks['free_return'][0](context)
    yield from context.blocks['free_return_label'][0](context)
    yield from context.blocks['gift'][0](context)

def block_discount(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_percent = resolve('percent')
    pass
    yield 'Dodatkowo przyznajemy '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu', 'either': 'Panu/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
    yield ' '
    yield str((undefined(name='percent') if l_0_percent is missing else l_0_percent))
    yield '% rabatu na kolejne zakupy – kod rabatowy prześlemy w osobnej wiadomości.\n'

def block_free_shipping(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Dodatkowo przy następnym zamówieniu '
    yield str(environment.call(context, environment.getattr({'f': 'nie zapłaci Pani', 'm': 'nie zapłaci Pan', 'either': 'nie zapłaci Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'nie zapłacą Państwo', _block_vars=_block_vars))
    yield ' za dostawę.\n'

def block_free_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Zwrot będzie bezpłatny – prześlemy opłaconą etykietę nadawczą.\n'

def block_free_return_label(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Prześlemy też opłaconą etykietę zwrotną.\n'

def block_gift(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Dodatkowo do kolejnego zamówienia dołączymy drobny upominek.\n'

blocks = {'discount': block_discount, 'free_shipping': block_free_shipping, 'free_return': block_free_return, 'free_return_label': block_free_return_label, 'gift': block_gift}
debug_info = '2=11&5=12&8=13&11=14&14=15&2=17&3=28&5=33&6=43&8=46&11=56&14=66'
