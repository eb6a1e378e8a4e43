# Generated from es/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '492fbb2f-2065'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/acknowledge.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['shipping_delay'][0](context)
    yield from context.blocks['shipping_delay_spoken'][0](context)
    yield from context.blocks['damaged_item'][0](context)
    yield from context.blocks['damaged_item_spoken'][0](context)
    yield from context.blocks['out_of_stock'][0](context)
    yield from context.blocks['out_of_stock_spoken'][0](context)
    yield from context.blocks['policy_misreading'][0](context)
    yield from context.blocks['policy_misreading_spoken'][0](context)
    yield from context.blocks['product_defect'][0](context)
    yield from context.blocks['product_defect_spoken'][0](context)
    yield from context.blocks['billing'][0](context)
    yield from context.blocks['billing_spoken'][0](context)
    yield from context.blocks['other'][0](context)
    yield from context.blocks['other_spoken'][0](context)

def block_shipping_delay(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentimos que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield ' todavía no le haya llegado.\n'

def block_shipping_delay_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sé que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield ' todavía no le ha llegado, y lo siento.\n'

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentimos mucho que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield ' le haya llegado con daños.\n'

def block_damaged_item_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sé que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield ' le ha llegado con daños, y lo siento mucho.\n'

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentimos que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'el artículo que pidió'))
    yield ' se haya agotado después de su compra.\n'

def block_out_of_stock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Le llamo porque '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'el artículo que pidió'))
    yield ' se ha agotado después de su compra, y lo siento.\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Entendemos que esperaba otra cosa de las condiciones aplicadas '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'su compra'), 'a'))
    yield '.\n'

def block_policy_misreading_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Entiendo que esperaba otra cosa de las condiciones aplicadas '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'su compra'), 'a'))
    yield '.\n'

def block_product_defect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentimos que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'el producto'))
    yield ' no funcione como debería.\n'

def block_product_defect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sé que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'el producto'))
    yield ' no funciona como debería, y lo siento.\n'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    pass
    yield 'Entendemos su preocupación por el cargo'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' de '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' que ve en su cuenta.\n'

def block_billing_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    pass
    yield 'Le llamo por el cargo'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' de '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' que ve en su cuenta; entiendo que le preocupe.\n'

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Gracias por contarnos lo ocurrido'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' con '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '.\n'

def block_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Le llamo por lo que nos contó'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' sobre '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '.\n'

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_spoken': block_other_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&2=26&3=36&5=39&6=49&8=52&9=62&11=65&12=75&14=78&15=88&17=91&18=101&20=104&21=120&23=123&24=139&26=142&27=152&29=155&30=165&32=168&33=178&35=184&36=194&38=200&39=210&41=216&42=226'
