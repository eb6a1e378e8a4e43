# Generated from en/moves/resolve.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '847207a3-9577'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/resolve.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['shipping_delay_ours'][0](context)
    yield from context.blocks['shipping_delay_ours_choice'][0](context)
    yield from context.blocks['shipping_delay_not_ours'][0](context)
    yield from context.blocks['shipping_delay_not_ours_pickup'][0](context)
    yield from context.blocks['shipping_delay_not_ours_pickup_expired'][0](context)
    yield from context.blocks['shipping_delay_unclear'][0](context)
    yield from context.blocks['damaged_item_ours'][0](context)
    yield from context.blocks['damaged_item_ours_choice'][0](context)
    yield from context.blocks['damaged_item_not_ours'][0](context)
    yield from context.blocks['damaged_item_unclear'][0](context)
    yield from context.blocks['out_of_stock_ours'][0](context)
    yield from context.blocks['out_of_stock_ours_choice'][0](context)
    yield from context.blocks['out_of_stock_ours_restock'][0](context)
    yield from context.blocks['out_of_stock_ours_restock_choice'][0](context)
    yield from context.blocks['out_of_stock_not_ours'][0](context)
    yield from context.blocks['out_of_stock_not_ours_choice'][0](context)
    yield from context.blocks['out_of_stock_not_ours_restock'][0](context)
    yield from context.blocks['out_of_stock_not_ours_restock_choice'][0](context)
    yield from context.blocks['out_of_stock_unclear'][0](context)
    yield from context.blocks['out_of_stock_unclear_choice'][0](context)
    yield from context.blocks['out_of_stock_unclear_restock'][0](context)
    yield from context.blocks['out_of_stock_unclear_restock_choice'][0](context)
    yield from context.blocks['policy_misreading_ours'][0](context)
    yield from context.blocks['policy_misreading_ours_choice'][0](context)
    yield from context.blocks['policy_misreading_not_ours'][0](context)
    yield from context.blocks['policy_misreading_not_ours_quote'][0](context)
    yield from context.blocks['policy_misreading_unclear'][0](context)
    yield from context.blocks['policy_misreading_unclear_quote'][0](context)
    yield from context.blocks['product_defect_ours'][0](context)
    yield from context.blocks['product_defect_ours_choice'][0](context)
    yield from context.blocks['product_defect_not_ours'][0](context)
    yield from context.blocks['product_defect_unclear'][0](context)
    yield from context.blocks['billing_ours'][0](context)
    yield from context.blocks['billing_ours_amount'][0](context)
    yield from context.blocks['billing_ours_overcharge'][0](context)
    yield from context.blocks['billing_not_ours'][0](context)
    yield from context.blocks['billing_not_ours_amount'][0](context)
    yield from context.blocks['billing_unclear'][0](context)
    yield from context.blocks['billing_unclear_amount'][0](context)
    yield from context.blocks['other_ours'][0](context)
    yield from context.blocks['other_not_ours'][0](context)
    yield from context.blocks['other_unclear'][0](context)
    yield from context.blocks['out_of_stock_ours_late'][0](context)
    yield from context.blocks['out_of_stock_ours_late_choice'][0](context)
    yield from context.blocks['out_of_stock_not_ours_late'][0](context)
    yield from context.blocks['out_of_stock_not_ours_late_choice'][0](context)
    yield from context.blocks['out_of_stock_unclear_late'][0](context)
    yield from context.blocks['out_of_stock_unclear_late_choice'][0](context)

def block_shipping_delay_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll chase the carrier about"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield ' your parcel'
    yield " ourselves; there's nothing you need to do.\n"

def block_shipping_delay_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll take care of"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield ' your delivery'
    yield ' at no cost to you.\n'

def block_shipping_delay_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll keep following"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield ' your parcel'
    yield ' with the carrier so it reaches you as soon as possible.\n'

def block_shipping_delay_not_ours_pickup(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_pickup_point = resolve('pickup_point')
    l_0_pickup_until = resolve('pickup_until')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    try:
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Your parcel'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' (order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ')'
    yield ' is waiting for you at '
    yield str(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ': just bring photo ID to collect it.\n'

def block_shipping_delay_not_ours_pickup_expired(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_pickup_point = resolve('pickup_point')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    pass
    yield 'The carrier left your parcel'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' (order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ')'
    yield ' at '
    yield str(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)))
    yield ", and the time to collect it has run out, so we're asking the carrier whether it is still there or on its way back to us.\n"

def block_shipping_delay_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We're asking the carrier where"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' the parcel for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield ' your parcel'
    yield ' is.\n'

def block_damaged_item_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_order = resolve('order')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We'll send you "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'a new one', 'new ones'))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' at no cost to you.\n'

def block_damaged_item_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "This is on us: putting it right won't cost you anything.\n"

def block_damaged_item_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'So we can look into it, please send us a photo of the item'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' from order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' and its packaging.\n'

def block_damaged_item_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We're checking what happened to the item"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' from order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' during packing and delivery. If you can, please send us a photo of the damage and the packaging.\n'

def block_out_of_stock_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We're confirming with our supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield " will be back in stock. If you'd rather not wait, we'll refund you in full.\n"

def block_out_of_stock_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We're confirming with our supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield ' will be back in stock.\n'

def block_out_of_stock_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'It', 'They'))
    yield ' will be back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ". If you'd rather not wait, we'll refund you in full.\n"

def block_out_of_stock_ours_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'It', 'They'))
    yield ' will be back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '.\n'

def block_out_of_stock_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We're confirming with the supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield " will be back in stock. If you'd rather not wait, we'll refund you in full.\n"

def block_out_of_stock_not_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We're confirming with the supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield ' will be back in stock.\n'

def block_out_of_stock_not_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'According to the supplier, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield ' will be back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ". If you'd rather not wait, we'll refund you in full.\n"

def block_out_of_stock_not_ours_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'According to the supplier, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield ' will be back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '.\n'

def block_out_of_stock_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We're checking with our warehouse and the supplier what happened to the stock and when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield ' will be back.\n'

def block_out_of_stock_unclear_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We're checking with our warehouse and the supplier what happened to the stock.\n"

def block_out_of_stock_unclear_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'According to the supplier, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield ' will be back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield "; meanwhile we're checking what happened to the stock.\n"

def block_out_of_stock_unclear_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'According to the supplier, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield ' will be back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '.\n'

def block_policy_misreading_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll apply the terms as we should have from the start"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' to order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', at no cost to you.\n'

def block_policy_misreading_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We'll put it right at no cost to you.\n"

def block_policy_misreading_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We've gone through the terms that apply to "
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'your purchase'
    yield ', and they were applied as published on our website.\n'

def block_policy_misreading_not_ours_quote(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_policy_quote = resolve('policy_quote')
    l_0_order = resolve('order')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    pass
    yield 'Our terms say, word for word: "'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '". That is what was applied to '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'your purchase'
    yield '.\n'

def block_policy_misreading_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We're checking which terms apply to "
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'your purchase'
    yield '.\n'

def block_policy_misreading_unclear_quote(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_policy_quote = resolve('policy_quote')
    l_0_order = resolve('order')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    pass
    yield 'Our terms say: "'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '". We\'re checking how they apply to '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'your purchase'
    yield '.\n'

def block_product_defect_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_order = resolve('order')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We'll send you "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'a new one', 'new ones'))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' at no cost to you.\n'

def block_product_defect_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "This is on us, and it won't cost you anything.\n"

def block_product_defect_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "This kind of fault isn't covered by the warranty, but we can repair "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' for you with a quote first, with no obligation.\n'

def block_product_defect_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Our technical team is checking the product'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' from order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' to find the cause.\n'

def block_billing_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll refund what we overcharged"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' on order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' and send you a corrected invoice.\n'

def block_billing_ours_amount(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield 'Of the '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' charged'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", we'll refund what we overcharged and send you a corrected invoice.\n"

def block_billing_ours_overcharge(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_overcharge = resolve('overcharge')
    l_0_order = resolve('order')
    pass
    yield 'We charged you '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' too much'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' on order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ": we'll refund it and send you a corrected invoice.\n"

def block_billing_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We've checked the payment"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield " and it is correct. If you see another charge you don't recognise, it is usually a temporary hold by your bank, which clears on its own within a few days.\n"

def block_billing_not_ours_amount(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield "We've checked the charge of "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", and it matches your purchase. If you see another charge you don't recognise, it is usually a temporary hold by your bank, which clears on its own within a few days.\n"

def block_billing_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We're checking the charge"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' with our billing team.\n'

def block_billing_unclear_amount(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield "We're checking the charge of "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' with our billing team.\n'

def block_other_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll put it right"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' (order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ')'
    yield ' at no cost to you.\n'

def block_other_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Let us know what you need'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", and we'll help you sort it out.\n"

def block_other_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We're looking into your case"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' (order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ')'
    yield ' to understand what happened.\n'

def block_out_of_stock_ours_late(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'We expected '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', but '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it hasn't", "they haven't"))
    yield " arrived yet, so we're chasing the supplier for a new date. If you'd rather not wait, we'll refund you in full.\n"

def block_out_of_stock_ours_late_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'We expected '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', but '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it hasn't", "they haven't"))
    yield " arrived yet, so we're chasing the supplier for a new date.\n"

def block_out_of_stock_not_ours_late(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'The supplier expected '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', but '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it hasn't", "they haven't"))
    yield " arrived yet, so we're chasing them for a new date. If you'd rather not wait, we'll refund you in full.\n"

def block_out_of_stock_not_ours_late_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'The supplier expected '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', but '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it hasn't", "they haven't"))
    yield " arrived yet, so we're chasing them for a new date.\n"

def block_out_of_stock_unclear_late(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'The supplier expected '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', but '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it hasn't", "they haven't"))
    yield " arrived yet; we're checking with them and our warehouse what has happened.\n"

def block_out_of_stock_unclear_late_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'The supplier expected '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', but '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it hasn't", "they haven't"))
    yield ' arrived yet.\n'

blocks = {'shipping_delay_ours': block_shipping_delay_ours, 'shipping_delay_ours_choice': block_shipping_delay_ours_choice, 'shipping_delay_not_ours': block_shipping_delay_not_ours, 'shipping_delay_not_ours_pickup': block_shipping_delay_not_ours_pickup, 'shipping_delay_not_ours_pickup_expired': block_shipping_delay_not_ours_pickup_expired, 'shipping_delay_unclear': block_shipping_delay_unclear, 'damaged_item_ours': block_damaged_item_ours, 'damaged_item_ours_choice': block_damaged_item_ours_choice, 'damaged_item_not_ours': block_damaged_item_not_ours, 'damaged_item_unclear': block_damaged_item_unclear, 'out_of_stock_ours': block_out_of_stock_ours, 'out_of_stock_ours_choice': block_out_of_stock_ours_choice, 'out_of_stock_ours_restock': block_out_of_stock_ours_restock, 'out_of_stock_ours_restock_choice': block_out_of_stock_ours_restock_choice, 'out_of_stock_not_ours': block_out_of_stock_not_ours, 'out_of_stock_not_ours_choice': block_out_of_stock_not_ours_choice, 'out_of_stock_not_ours_restock': block_out_of_stock_not_ours_restock, 'out_of_stock_not_ours_restock_choice': block_out_of_stock_not_ours_restock_choice, 'out_of_stock_unclear': block_out_of_stock_unclear, 'out_of_stock_unclear_choice': block_out_of_stock_unclear_choice, 'out_of_stock_unclear_restock': block_out_of_stock_unclear_restock, 'out_of_stock_unclear_restock_choice': block_out_of_stock_unclear_restock_choice, 'policy_misreading_ours': block_policy_misreading_ours, 'policy_misreading_ours_choice': block_policy_misreading_ours_choice, 'policy_misreading_not_ours': block_policy_misreading_not_ours, 'policy_misreading_not_ours_quote': block_policy_misreading_not_ours_quote, 'policy_misreading_unclear': block_policy_misreading_unclear, 'policy_misreading_unclear_quote': block_policy_misreading_unclear_quote, 'product_defect_ours': block_product_defect_ours, 'product_defect_ours_choice': block_product_defect_ours_choice, 'product_defect_not_ours': block_product_defect_not_ours, 'product_defect_unclear': block_product_defect_unclear, 'billing_ours': block_billing_ours, 'billing_ours_amount': block_billing_ours_amount, 'billing_ours_overcharge': block_billing_ours_overcharge, 'billing_not_ours': block_billing_not_ours, 'billing_not_ours_amount': block_billing_not_ours_amount, 'billing_unclear': block_billing_unclear, 'billing_unclear_amount': block_billing_unclear_amount, 'other_ours': block_other_ours, 'other_not_ours': block_other_not_ours, 'other_unclear': block_other_unclear, 'out_of_stock_ours_late': block_out_of_stock_ours_late, 'out_of_stock_ours_late_choice': block_out_of_stock_ours_late_choice, 'out_of_stock_not_ours_late': block_out_of_stock_not_ours_late, 'out_of_stock_not_ours_late_choice': block_out_of_stock_not_ours_late_choice, 'out_of_stock_unclear_late': block_out_of_stock_unclear_late, 'out_of_stock_unclear_late_choice': block_out_of_stock_unclear_late_choice}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&48=26&51=27&54=28&57=29&60=30&63=31&66=32&69=33&72=34&75=35&78=36&81=37&84=38&87=39&90=40&93=41&96=42&99=43&102=44&105=45&108=46&111=47&114=48&117=49&120=50&123=51&126=52&129=53&132=54&135=55&138=56&141=57&144=58&3=60&4=70&6=79&7=89&9=98&10=108&12=117&13=141&15=154&16=171&18=180&19=190&21=199&22=216&24=223&27=233&28=243&30=249&31=259&33=265&34=281&36=284&37=300&39=303&40=325&42=330&43=352&45=357&46=373&48=376&49=392&51=395&52=418&54=423&55=446&57=451&58=467&60=470&63=480&64=503&66=508&67=531&69=536&70=546&72=552&75=562&76=572&78=581&79=598&81=609&82=619&84=628&85=645&87=656&88=673&90=680&93=690&94=706&96=709&97=719&99=725&100=735&102=741&103=752&105=760&106=771&108=779&109=789&111=795&112=806&114=813&115=823&117=829&118=840&120=847&121=857&123=864&124=874&126=880&127=890&129=897&130=920&132=927&133=950&135=957&136=980&138=987&139=1010&141=1017&142=1040&144=1047&145=1070'
