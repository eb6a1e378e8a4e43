# Generated from es/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'f6377479-4244'
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
    yield from context.blocks['other_again'][0](context)
    yield from context.blocks['other_spoken'][0](context)
    yield from context.blocks['product_defect_reported'][0](context)
    yield from context.blocks['product_defect_reported_spoken'][0](context)
    yield from context.blocks['out_of_stock_explained'][0](context)
    yield from context.blocks['out_of_stock_explained_spoken'][0](context)
    yield from context.blocks['damaged_item_reported'][0](context)
    yield from context.blocks['damaged_item_reported_spoken'][0](context)

def block_shipping_delay(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Sentimos que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield ' todavía no le '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'), 'haya', 'hayan'))
    yield ' llegado.\n'

def block_shipping_delay_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Sé que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield ' todavía no le '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'), 'ha', 'han'))
    yield ' llegado, y lo siento.\n'

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Sentimos mucho que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield ' le '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'), 'haya', 'hayan'))
    yield ' llegado con daños.\n'

def block_damaged_item_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Sé que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield ' le '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'), 'ha', 'han'))
    yield ' llegado con daños, y lo siento mucho.\n'

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'Sentimos que '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' se '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'haya', 'hayan'))
        yield ' agotado antes de que pudiéramos hacer el envío.'
    else:
        pass
        yield 'Sentimos que se hayan agotado las existencias antes de que pudiéramos enviarle su pedido.'

def block_out_of_stock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Es por su pedido: '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' se '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'ha', 'han'))
        yield ' agotado'
    else:
        pass
        yield 'se han agotado las existencias'
    yield ' antes de que pudiéramos hacer el envío, y lo siento.\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_2 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Entendemos que las condiciones aplicadas a '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'la compra '
        yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'de'))
    else:
        pass
        yield 'su compra'
    yield ' no eran las que esperaba.\n'

def block_policy_misreading_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_2 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Es por las condiciones de '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'la compra '
        yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'de'))
    else:
        pass
        yield 'su compra'
    yield ': entiendo que no eran las que esperaba.\n'

def block_product_defect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'Sentimos que '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' le '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'haya salido defectuoso', 'haya salido defectuosa', 'hayan salido defectuosos', 'hayan salido defectuosas'))
        yield '.'
    else:
        pass
        yield 'Sentimos que haya recibido un artículo defectuoso.'

def block_product_defect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'Sé que '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' le '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'está', 'están'))
        yield ' dando problemas, y lo siento.'
    else:
        pass
        yield 'Sé que ha tenido problemas con su pedido, y lo siento.'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_item = resolve('item')
    try:
        t_2 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    if ((undefined(name='amount') if l_0_amount is missing else l_0_amount) or (undefined(name='item') if l_0_item is missing else l_0_item)):
        pass
        yield 'Entendemos su preocupación por el cargo'
        if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
            pass
            yield ' de '
            yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        if (undefined(name='item') if l_0_item is missing else l_0_item):
            pass
            yield ' correspondiente '
            yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'a'))
        yield '.'
    else:
        pass
        yield 'Entendemos su preocupación por el cargo que ve en su cuenta.'

def block_billing_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_item = resolve('item')
    try:
        t_2 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    if ((undefined(name='amount') if l_0_amount is missing else l_0_amount) or (undefined(name='item') if l_0_item is missing else l_0_item)):
        pass
        yield 'Es por el cargo'
        if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
            pass
            yield ' de '
            yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        if (undefined(name='item') if l_0_item is missing else l_0_item):
            pass
            yield ' '
            yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'de'))
        yield '; entiendo que le preocupe.'
    else:
        pass
        yield 'Es por el cargo que ve en su cuenta; entiendo que le preocupe.'

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Gracias por escribirnos'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' sobre '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '.\n'

def block_other_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_contacts = resolve('contacts')
    l_0_item = resolve('item')
    pass
    if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) > 0):
        pass
        yield 'Lamentamos que haya tenido que escribirnos '
        yield str((environment.getitem(['', '', 'dos', 'tres', 'cuatro', 'cinco'], environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 5) else environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)))
        yield ' veces'
    else:
        pass
        yield 'Lamentamos que haya tenido que volver a escribirnos'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' sobre '
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
    yield 'Es por el mensaje que nos envió'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' sobre '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '.\n'

def block_product_defect_reported(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentimos que haya tenido un problema con '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield '.\n'

def block_product_defect_reported_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sé que ha tenido un problema con '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield ', y lo siento.\n'

def block_out_of_stock_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentimos no haber podido enviarle '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield '.\n'

def block_out_of_stock_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Es por su pedido: no hemos podido '
    yield str((str_join(('enviarle ', (undefined(name='item') if l_0_item is missing else l_0_item), )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'enviárselo'))
    yield ', y lo siento.\n'

def block_damaged_item_reported(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentimos mucho lo ocurrido con '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield '.\n'

def block_damaged_item_reported_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Siento mucho lo ocurrido con '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'su pedido'))
    yield '.\n'

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_again': block_other_again, 'other_spoken': block_other_spoken, 'product_defect_reported': block_product_defect_reported, 'product_defect_reported_spoken': block_product_defect_reported_spoken, 'out_of_stock_explained': block_out_of_stock_explained, 'out_of_stock_explained_spoken': block_out_of_stock_explained_spoken, 'damaged_item_reported': block_damaged_item_reported, 'damaged_item_reported_spoken': block_damaged_item_reported_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&44=25&47=26&50=27&54=28&57=29&60=30&63=31&2=33&3=49&5=54&6=70&8=75&9=91&11=96&12=112&14=117&15=132&17=143&18=159&20=170&21=186&23=195&24=211&26=220&27=235&29=246&30=261&32=272&33=288&35=304&36=320&38=336&39=346&41=352&42=362&44=376&45=386&47=392&48=402&50=405&51=415&54=418&55=428&57=431&58=441&60=444&61=454&63=457&64=467'
