# Generated from es/moves/gesture.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '7e78c91f-774'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/gesture.j2'

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
    l_0_percent = resolve('percent')
    pass
    yield 'Además, queremos ofrecerle un '
    yield str((undefined(name='percent') if l_0_percent is missing else l_0_percent))
    yield '\xa0% de descuento en su próxima compra.\n'

def block_free_shipping(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Además, el envío de su próximo pedido será gratuito.\n'

def block_free_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'La devolución no le costará nada: le enviamos una etiqueta de envío prepagada.\n'

def block_free_return_label(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Además, le enviaremos una etiqueta prepagada para la devolución.\n'

def block_gift(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Además, incluiremos un pequeño obsequio en su próximo pedido.\n'

blocks = {'discount': block_discount, 'free_shipping': block_free_shipping, 'free_return': block_free_return, 'free_return_label': block_free_return_label, 'gift': block_gift}
debug_info = '2=11&5=12&8=13&11=14&14=15&2=17&3=27&5=30&8=40&11=50&14=60'
