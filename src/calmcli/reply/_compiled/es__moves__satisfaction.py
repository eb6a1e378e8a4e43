# Generated from es/moves/satisfaction.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'bef52caf-600'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/satisfaction.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['check'][0](context)
    yield from context.blocks['check_spoken'][0](context)

def block_check(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_order = resolve('order')
    pass
    yield 'Le escribimos para saber si ha quedado todo resuelto'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' con '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Si algo no está bien, responda a este mensaje y lo vemos enseguida.\n'

def block_check_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Es para saber si ha quedado todo resuelto'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' con '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '. ¿Está todo bien?\n'

blocks = {'check': block_check, 'check_spoken': block_check_spoken}
debug_info = '2=11&5=12&2=14&3=25&5=35&6=45'
