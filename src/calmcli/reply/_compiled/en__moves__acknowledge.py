# Generated from en/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '97b7a60c-2259'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/acknowledge.j2'

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
    yield "We're sorry your order"
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield " hasn't reached you yet.\n"

def block_shipping_delay_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'I know your order'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield " hasn't reached you yet, and I'm sorry about that.\n"

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield "We're so sorry your order"
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' arrived damaged.\n'

def block_damaged_item_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'I know your order'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield " arrived damaged, and I'm really sorry.\n"

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield "We're sorry the item you ordered"
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' sold out after you placed your order.\n'

def block_out_of_stock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield "I'm calling because the item you ordered"
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield " sold out after you placed your order, and I'm sorry about that.\n"

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'We understand our terms for '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'your purchase'))
    yield " weren't what you expected.\n"

def block_policy_misreading_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'I understand our terms for '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'your purchase'))
    yield " weren't what you expected.\n"

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
    yield "We're sorry "
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'the product'))
    yield ' '
    yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), "isn't working as it should", "aren't working as they should"))
    yield '.\n'

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
    yield 'I know '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'the product'))
    yield ' '
    yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), "isn't working as it should", "aren't working as they should"))
    yield ", and I'm sorry.\n"

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    pass
    yield 'We understand the charge'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' of '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' on your account is worrying.\n'

def block_billing_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    pass
    yield "I'm calling about the charge"
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' of '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield " on your account; I understand it's worrying.\n"

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Thank you for telling us what happened'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' with '
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
    yield "I'm calling about what you told us"
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' about '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '.\n'

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_spoken': block_other_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&2=26&3=36&5=43&6=53&8=60&9=70&11=77&12=87&14=94&15=104&17=111&18=121&20=128&21=138&23=141&24=151&26=154&27=170&29=175&30=191&32=196&33=206&35=212&36=222&38=228&39=238&41=244&42=254'
