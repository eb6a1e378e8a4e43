# Generated from en/moves/resolve.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'e4212f1c-25655'
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
    yield from context.blocks['shipping_delay_not_ours_pickup_there'][0](context)
    yield from context.blocks['shipping_delay_ours_pickup'][0](context)
    yield from context.blocks['shipping_delay_unclear_pickup'][0](context)
    yield from context.blocks['shipping_delay_not_ours_pickup_expired'][0](context)
    yield from context.blocks['shipping_delay_ours_pickup_expired'][0](context)
    yield from context.blocks['shipping_delay_unclear_pickup_expired'][0](context)
    yield from context.blocks['shipping_delay_unclear'][0](context)
    yield from context.blocks['damaged_item_ours'][0](context)
    yield from context.blocks['damaged_item_ours_choice'][0](context)
    yield from context.blocks['damaged_item_not_ours'][0](context)
    yield from context.blocks['damaged_item_unclear'][0](context)
    yield from context.blocks['damaged_item_not_ours_spoken'][0](context)
    yield from context.blocks['damaged_item_unclear_spoken'][0](context)
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
    yield from context.blocks['other_unclear_closed'][0](context)
    yield from context.blocks['out_of_stock_ours_late'][0](context)
    yield from context.blocks['out_of_stock_ours_late_choice'][0](context)
    yield from context.blocks['out_of_stock_not_ours_late'][0](context)
    yield from context.blocks['out_of_stock_not_ours_late_choice'][0](context)
    yield from context.blocks['out_of_stock_unclear_late'][0](context)
    yield from context.blocks['out_of_stock_unclear_late_choice'][0](context)
    yield from context.blocks['billing_not_ours_explained'][0](context)
    yield from context.blocks['billing_not_ours_amount_explained'][0](context)
    yield from context.blocks['damaged_item_ours_restock'][0](context)
    yield from context.blocks['damaged_item_ours_restock_choice'][0](context)
    yield from context.blocks['product_defect_ours_restock'][0](context)
    yield from context.blocks['product_defect_ours_restock_choice'][0](context)
    yield '\n'
    yield from context.blocks['shipping_delay_ours_closed'][0](context)
    yield from context.blocks['shipping_delay_not_ours_closed'][0](context)
    yield from context.blocks['shipping_delay_unclear_closed'][0](context)
    yield from context.blocks['damaged_item_unclear_closed'][0](context)
    yield from context.blocks['out_of_stock_ours_closed'][0](context)
    yield from context.blocks['out_of_stock_ours_choice_closed'][0](context)
    yield from context.blocks['out_of_stock_not_ours_closed'][0](context)
    yield from context.blocks['out_of_stock_not_ours_choice_closed'][0](context)
    yield from context.blocks['out_of_stock_unclear_closed'][0](context)
    yield from context.blocks['out_of_stock_unclear_choice_closed'][0](context)
    yield from context.blocks['out_of_stock_unclear_restock_closed'][0](context)
    yield from context.blocks['out_of_stock_ours_late_closed'][0](context)
    yield from context.blocks['out_of_stock_ours_late_choice_closed'][0](context)
    yield from context.blocks['out_of_stock_not_ours_late_closed'][0](context)
    yield from context.blocks['out_of_stock_not_ours_late_choice_closed'][0](context)
    yield from context.blocks['out_of_stock_unclear_late_closed'][0](context)
    yield from context.blocks['policy_misreading_unclear_closed'][0](context)
    yield from context.blocks['policy_misreading_unclear_quote_closed'][0](context)
    yield from context.blocks['product_defect_unclear_closed'][0](context)
    yield from context.blocks['billing_unclear_closed'][0](context)
    yield from context.blocks['billing_unclear_amount_closed'][0](context)
    yield from context.blocks['product_defect_not_ours_withdrawal'][0](context)
    yield from context.blocks['other_not_ours_explained'][0](context)
    yield from context.blocks['shipping_delay_ours_pickup_spoken'][0](context)
    yield from context.blocks['shipping_delay_not_ours_pickup_spoken'][0](context)
    yield from context.blocks['shipping_delay_not_ours_pickup_there_spoken'][0](context)
    yield from context.blocks['shipping_delay_unclear_pickup_spoken'][0](context)
    yield from context.blocks['other_ours_spoken'][0](context)
    yield from context.blocks['other_ours_explained'][0](context)
    yield from context.blocks['other_ours_explained_spoken'][0](context)
    yield from context.blocks['shipping_delay_ours_returned'][0](context)
    yield from context.blocks['shipping_delay_ours_returned_spoken'][0](context)
    yield from context.blocks['shipping_delay_not_ours_returned'][0](context)
    yield from context.blocks['shipping_delay_not_ours_returned_spoken'][0](context)
    yield from context.blocks['billing_ours_spoken'][0](context)
    yield from context.blocks['billing_ours_amount_spoken'][0](context)
    yield from context.blocks['billing_ours_overcharge_spoken'][0](context)
    yield from context.blocks['billing_not_ours_spoken'][0](context)
    yield from context.blocks['billing_not_ours_amount_spoken'][0](context)
    yield from context.blocks['billing_not_ours_explained_spoken'][0](context)
    yield from context.blocks['billing_not_ours_amount_explained_spoken'][0](context)
    yield from context.blocks['billing_unclear_spoken'][0](context)
    yield from context.blocks['billing_unclear_amount_spoken'][0](context)
    yield from context.blocks['damaged_item_not_ours_explained'][0](context)
    yield from context.blocks['damaged_item_not_ours_explained_spoken'][0](context)
    yield from context.blocks['product_defect_not_ours_explained'][0](context)
    yield from context.blocks['product_defect_not_ours_withdrawal_explained'][0](context)
    yield from context.blocks['other_not_ours_again'][0](context)

def block_shipping_delay_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We're chasing the carrier about "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield " ourselves, so you don't need to contact them.\n"

def block_shipping_delay_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll sort out the delivery"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' of order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
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
    yield "We're following "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield ' closely with the carrier until it reaches you.\n'

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
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' is waiting for you at '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'the pickup point where the courier left it'))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ', '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ", and you can collect it there with your order number and some ID. If you can't get there, just let us know and we'll ask the carrier to deliver it again.\n"

def block_shipping_delay_not_ours_pickup_there(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pickup_until = resolve('pickup_until')
    l_0_order = resolve('order')
    try:
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield "It's waiting for you there"
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ', and you can collect it with your order number'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' ('
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ')'
    yield " and some ID. If you can't get there, just let us know and we'll ask the carrier to deliver it again.\n"

def block_shipping_delay_ours_pickup(context, missing=missing, environment=environment):
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
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' is waiting for you at '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'the pickup point where the courier left it'))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ', '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ", and you can collect it there with your order number and some ID. If you can't get there, just let us know and we'll have it delivered to you again, at no cost to you.\n"

def block_shipping_delay_unclear_pickup(context, missing=missing, environment=environment):
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
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' is waiting for you at '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'the pickup point where the courier left it'))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ', '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ", and you can collect it there with your order number and some ID. If you can't get there, just let us know and we'll ask the carrier to deliver it again.\n"

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
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'a pickup point'))
    yield ", and the time to collect it has run out, so we're asking the carrier whether it is still there or on its way back to us.\n"

def block_shipping_delay_ours_pickup_expired(context, missing=missing, environment=environment):
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
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'a pickup point'))
    yield ", and the time to collect it has run out, so we're asking the carrier whether it is still there or on its way back to us. Either way, we'll get it to you at no cost to you.\n"

def block_shipping_delay_unclear_pickup_expired(context, missing=missing, environment=environment):
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
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'a pickup point'))
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
    yield "We're asking the carrier where "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield ' is.\n'

def block_damaged_item_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll send you a replacement"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', free of charge.\n'

def block_damaged_item_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Putting this right won't cost you anything.\n"

def block_damaged_item_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'To help us look into it, could you send us a few photos of the damage and the packaging?\n'

def block_damaged_item_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We're checking with our warehouse and the carrier to find out where the damage happened. In the meantime, could you send us a few photos of the damage and the packaging?\n"

def block_damaged_item_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "To look into it, we'll need a few photos of the damage and the packaging. I'll email you straight after this call, so you can just reply with them.\n"

def block_damaged_item_unclear_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We're checking with our warehouse and the carrier where the damage happened, and a few photos of the damage and the packaging would help. I'll email you straight after this call, so you can just reply with them.\n"

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
    yield "We're asking our supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield " be back in stock. If you'd rather not wait, just let us know and we'll refund you in full.\n"

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
    yield "We're asking our supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield ' be back in stock.\n'

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
    yield 'Our supplier expects '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ". If you'd rather not wait, just let us know and we'll refund you in full.\n"

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
    yield 'Our supplier expects '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
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
    yield "We're asking the supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield " be back in stock. If you'd rather not wait, just let us know and we'll refund you in full.\n"

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
    yield "We're asking the supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield ' be back in stock.\n'

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
    yield 'The supplier has told us to expect '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ". If you'd rather not wait, just let us know and we'll refund you in full.\n"

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
    yield 'The supplier has told us to expect '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
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
    yield "We're checking with our warehouse and the supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield ' be back in stock.\n'

def block_out_of_stock_unclear_choice(context, missing=missing, environment=environment):
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
    yield "We're checking with our warehouse and the supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield ' be back in stock.\n'

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
    yield 'The supplier has told us to expect '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ", and we're checking with our warehouse why "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'they'))
    yield ' sold out.\n'

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
    yield 'The supplier has told us to expect '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
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
    yield "We'll correct "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield ' so that the terms you were shown when you ordered apply.\n'

def block_policy_misreading_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Putting this right won't cost you anything.\n"

def block_policy_misreading_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We've checked "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield ', and the terms applied are the ones published on our website.\n'

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
    yield 'Our terms say: "'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '". That\'s what we applied to '
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
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
    yield "We're checking exactly which terms applied "
    yield str((str_join(('to order ', (undefined(name='order') if l_0_order is missing else l_0_order), ' when you placed it', )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'when you placed your order'))
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
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield '.\n'

def block_product_defect_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll send you a replacement"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', free of charge.\n'

def block_product_defect_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Putting this right won't cost you anything.\n"

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
    yield "From what you've told us, it isn't a manufacturing fault, so the warranty doesn't cover it. We can still repair "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' for you, with a quote first and no obligation.\n'

def block_product_defect_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_order = resolve('order')
    pass
    yield "We're checking what's wrong with "
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'the item'))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' from order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield " and whether it's a manufacturing fault.\n"

def block_billing_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll refund the amount you were overcharged"
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
    yield "We'll refund the overcharge on your "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' payment'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' and send you a corrected invoice.\n'

def block_billing_ours_overcharge(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_overcharge = resolve('overcharge')
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield 'We charged you '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' too much'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' on your '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        yield ' payment'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ". We'll refund it and send you a corrected invoice.\n"

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
    yield ", and it's correct. If you can see a second charge you don't recognise, it's usually a temporary hold by your bank, which should drop off on its own within a few working days.\n"

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
    yield "We've checked the "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' charge'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", and it matches your purchase. If you can see a second charge you don't recognise, it's usually a temporary hold by your bank, which should drop off on its own within a few working days.\n"

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
    yield "We're checking the "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' charge'
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
    yield 'Could you tell us exactly what went wrong'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' with order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield "? We'll put it right at no cost to you.\n"

def block_other_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'If you can tell us a little more about what you need'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", we'll do our best to help.\n"

def block_other_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We're looking into "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'it'))
    yield '.\n'

def block_other_unclear_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_order = resolve('order')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll look into "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'it'))
    yield '.\n'

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
    yield " arrived yet, so we're chasing the supplier for a new date. If you'd rather not wait, just let us know and we'll refund you in full.\n"

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
    yield " arrived yet, so we're chasing them for a new date. If you'd rather not wait, just let us know and we'll refund you in full.\n"

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

def block_billing_not_ours_explained(context, missing=missing, environment=environment):
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
    yield '.\n'

def block_billing_not_ours_amount_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield "We've checked the "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' charge'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_damaged_item_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_send_on = resolve('send_on')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield "We're out of stock at the moment, but our supplier's new stock is due in time for us to send you a replacement, free of charge, "
    yield str(t_4(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield ". If you'd rather not wait, just let us know and we'll refund you in full.\n"

def block_damaged_item_ours_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_send_on = resolve('send_on')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield "We're out of stock at the moment, so a replacement can only go out once our supplier's new stock arrives: we expect to send it "
    yield str(t_4(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield '.\n'

def block_product_defect_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_send_on = resolve('send_on')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield "We're out of stock at the moment, but our supplier's new stock is due in time for us to send you a replacement, free of charge, "
    yield str(t_4(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield ". If you'd rather not wait, just let us know and we'll refund you in full.\n"

def block_product_defect_ours_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_send_on = resolve('send_on')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield "We're out of stock at the moment, so a replacement can only go out once our supplier's new stock arrives: we expect to send it "
    yield str(t_4(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield '.\n'

def block_shipping_delay_ours_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_order = resolve('order')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll chase the carrier about "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield " ourselves, so you don't need to contact them.\n"

def block_shipping_delay_not_ours_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_order = resolve('order')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check on "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield " with the carrier, and we'll keep an eye on it until it reaches you.\n"

def block_shipping_delay_unclear_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_order = resolve('order')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll ask the carrier where "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield ' is.\n'

def block_damaged_item_unclear_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check with our warehouse and the carrier where the damage happened. To help us, could you send us a few photos of the damage and the packaging?\n"

def block_out_of_stock_ours_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll ask our supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield " be back in stock. If you'd rather not wait, just let us know and we'll refund you in full.\n"

def block_out_of_stock_ours_choice_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll ask our supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield ' be back in stock.\n'

def block_out_of_stock_not_ours_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll ask the supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield " be back in stock. If you'd rather not wait, just let us know and we'll refund you in full.\n"

def block_out_of_stock_not_ours_choice_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll ask the supplier when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield ' be back in stock.\n'

def block_out_of_stock_unclear_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check with our warehouse and the supplier what happened to the stock and when "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it'll", "they'll"))
    yield ' be back.\n'

def block_out_of_stock_unclear_choice_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check with our warehouse and the supplier what happened to the stock.\n"

def block_out_of_stock_unclear_restock_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'The supplier has told us to expect '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' back in stock '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check with our warehouse what happened to the stock.\n"

def block_out_of_stock_ours_late_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
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
    yield ' arrived yet. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll chase the supplier for a new date. If you'd rather not wait, just let us know and we'll refund you in full.\n"

def block_out_of_stock_ours_late_choice_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
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
    yield ' arrived yet. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll chase the supplier for a new date.\n"

def block_out_of_stock_not_ours_late_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
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
    yield ' arrived yet. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll chase them for a new date. If you'd rather not wait, just let us know and we'll refund you in full.\n"

def block_out_of_stock_not_ours_late_choice_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
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
    yield ' arrived yet. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll chase them for a new date.\n"

def block_out_of_stock_unclear_late_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
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
    yield ' arrived yet. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check with them and our warehouse what has happened.\n"

def block_policy_misreading_unclear_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_order = resolve('order')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check which terms were in place "
    yield str((str_join(('when you placed order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'when you placed your order'))
    yield '.\n'

def block_policy_misreading_unclear_quote_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_policy_quote = resolve('policy_quote')
    l_0_resume = resolve('resume')
    l_0_order = resolve('order')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield 'Our terms say: "'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '". '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check how they apply to "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield '.\n'

def block_product_defect_unclear_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_item_fact = resolve('item_fact')
    l_0_order = resolve('order')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check what's wrong with "
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'the item'))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' from order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield " and whether it's a manufacturing fault.\n"

def block_billing_unclear_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_order = resolve('order')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check the charge"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' with our billing team.\n'

def block_billing_unclear_amount_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield " we'll check the "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' charge'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' with our billing team.\n'

def block_product_defect_not_ours_withdrawal(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_return_until = resolve('return_until')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield "From what you've told us, it isn't a manufacturing fault, so the warranty doesn't cover it. But as you received "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' less than 14 days ago, you can still return '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' for a full refund '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ". If you'd rather keep "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ', we can repair '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' for you, with a quote first and no obligation.\n'

def block_other_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'We hope that clears things up'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' about order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_shipping_delay_ours_pickup_spoken(context, missing=missing, environment=environment):
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
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' is waiting for you at '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'the pickup point where the courier left it'))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ', '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ", and you can collect it there with your order number and some ID. If you can't get there, just tell me and I'll have it delivered to you again, at no cost to you.\n"

def block_shipping_delay_not_ours_pickup_spoken(context, missing=missing, environment=environment):
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
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' is waiting for you at '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'the pickup point where the courier left it'))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ', '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ", and you can collect it there with your order number and some ID. If you can't get there, just tell me and I'll ask the carrier to deliver it again.\n"

def block_shipping_delay_not_ours_pickup_there_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pickup_until = resolve('pickup_until')
    l_0_order = resolve('order')
    try:
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield "It's waiting for you there"
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ', and you can collect it with your order number'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' ('
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ')'
    yield " and some ID. If you can't get there, just tell me and I'll ask the carrier to deliver it again.\n"

def block_shipping_delay_unclear_pickup_spoken(context, missing=missing, environment=environment):
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
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' is waiting for you at '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'the pickup point where the courier left it'))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ', '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ", and you can collect it there with your order number and some ID. If you can't get there, just tell me and I'll ask the carrier to deliver it again.\n"

def block_other_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Could you tell me exactly what went wrong'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' with order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '?\n'

def block_other_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We'll put it right at no cost to you.\n"

def block_other_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "I'll put it right at no cost to you.\n"

def block_shipping_delay_ours_returned(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll send "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield ' out to you again, at no cost to you, and email you the new tracking number.\n'

def block_shipping_delay_ours_returned_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "I'll send "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield ' out to you again, at no cost to you, and email you the new tracking number.\n'

def block_shipping_delay_not_ours_returned(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Could you confirm your full delivery address'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '?\n'

def block_shipping_delay_not_ours_returned_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "Could you confirm your full delivery address?\n[Listen.] Thank you. I'll send "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield ' out again to that address.\n'

def block_billing_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "I'll refund the amount you were overcharged"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' on order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' and send you a corrected invoice.\n'

def block_billing_ours_amount_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield "I'll refund the overcharge on your "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' payment'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' and send you a corrected invoice.\n'

def block_billing_ours_overcharge_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_overcharge = resolve('overcharge')
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield 'We charged you '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' too much'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' on your '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        yield ' payment'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ". I'll refund it and send you a corrected invoice.\n"

def block_billing_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "I've checked the payment"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", and it's correct. If you can see a second charge you don't recognise, it's usually a temporary hold by your bank, which should drop off on its own within a few working days.\n"

def block_billing_not_ours_amount_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield "I've checked the "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' charge'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", and it matches your purchase. If you can see a second charge you don't recognise, it's usually a temporary hold by your bank, which should drop off on its own within a few working days.\n"

def block_billing_not_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "I've checked the payment"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_billing_not_ours_amount_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield "I've checked the "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' charge'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_billing_unclear_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "I'm checking the charge"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' with our billing team.\n'

def block_billing_unclear_amount_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_order = resolve('order')
    pass
    yield "I'm checking the "
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ' charge'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' with our billing team.\n'

def block_damaged_item_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "If you see it differently, send us a few photos of the damage and the packaging, and we'll take another look.\n"

def block_damaged_item_not_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "If you see it differently, I'll email you straight after this call, and you can reply with a few photos of the damage and the packaging so we can take another look.\n"

def block_product_defect_not_ours_explained(context, missing=missing, environment=environment):
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
    yield "So it isn't a manufacturing fault, and the warranty doesn't cover it. We can still repair "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' for you, with a quote first and no obligation.\n'

def block_product_defect_not_ours_withdrawal_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_return_until = resolve('return_until')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield "So it isn't a manufacturing fault, and the warranty doesn't cover it. But as you received "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' less than 14 days ago, you can still return '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' for a full refund '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ". If you'd rather keep "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ', we can repair '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' for you, with a quote first and no obligation.\n'

def block_other_not_ours_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "So we can sort it out this time, could you tell us what's still outstanding"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' with order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '?\n'

blocks = {'shipping_delay_ours': block_shipping_delay_ours, 'shipping_delay_ours_choice': block_shipping_delay_ours_choice, 'shipping_delay_not_ours': block_shipping_delay_not_ours, 'shipping_delay_not_ours_pickup': block_shipping_delay_not_ours_pickup, 'shipping_delay_not_ours_pickup_there': block_shipping_delay_not_ours_pickup_there, 'shipping_delay_ours_pickup': block_shipping_delay_ours_pickup, 'shipping_delay_unclear_pickup': block_shipping_delay_unclear_pickup, 'shipping_delay_not_ours_pickup_expired': block_shipping_delay_not_ours_pickup_expired, 'shipping_delay_ours_pickup_expired': block_shipping_delay_ours_pickup_expired, 'shipping_delay_unclear_pickup_expired': block_shipping_delay_unclear_pickup_expired, 'shipping_delay_unclear': block_shipping_delay_unclear, 'damaged_item_ours': block_damaged_item_ours, 'damaged_item_ours_choice': block_damaged_item_ours_choice, 'damaged_item_not_ours': block_damaged_item_not_ours, 'damaged_item_unclear': block_damaged_item_unclear, 'damaged_item_not_ours_spoken': block_damaged_item_not_ours_spoken, 'damaged_item_unclear_spoken': block_damaged_item_unclear_spoken, 'out_of_stock_ours': block_out_of_stock_ours, 'out_of_stock_ours_choice': block_out_of_stock_ours_choice, 'out_of_stock_ours_restock': block_out_of_stock_ours_restock, 'out_of_stock_ours_restock_choice': block_out_of_stock_ours_restock_choice, 'out_of_stock_not_ours': block_out_of_stock_not_ours, 'out_of_stock_not_ours_choice': block_out_of_stock_not_ours_choice, 'out_of_stock_not_ours_restock': block_out_of_stock_not_ours_restock, 'out_of_stock_not_ours_restock_choice': block_out_of_stock_not_ours_restock_choice, 'out_of_stock_unclear': block_out_of_stock_unclear, 'out_of_stock_unclear_choice': block_out_of_stock_unclear_choice, 'out_of_stock_unclear_restock': block_out_of_stock_unclear_restock, 'out_of_stock_unclear_restock_choice': block_out_of_stock_unclear_restock_choice, 'policy_misreading_ours': block_policy_misreading_ours, 'policy_misreading_ours_choice': block_policy_misreading_ours_choice, 'policy_misreading_not_ours': block_policy_misreading_not_ours, 'policy_misreading_not_ours_quote': block_policy_misreading_not_ours_quote, 'policy_misreading_unclear': block_policy_misreading_unclear, 'policy_misreading_unclear_quote': block_policy_misreading_unclear_quote, 'product_defect_ours': block_product_defect_ours, 'product_defect_ours_choice': block_product_defect_ours_choice, 'product_defect_not_ours': block_product_defect_not_ours, 'product_defect_unclear': block_product_defect_unclear, 'billing_ours': block_billing_ours, 'billing_ours_amount': block_billing_ours_amount, 'billing_ours_overcharge': block_billing_ours_overcharge, 'billing_not_ours': block_billing_not_ours, 'billing_not_ours_amount': block_billing_not_ours_amount, 'billing_unclear': block_billing_unclear, 'billing_unclear_amount': block_billing_unclear_amount, 'other_ours': block_other_ours, 'other_not_ours': block_other_not_ours, 'other_unclear': block_other_unclear, 'other_unclear_closed': block_other_unclear_closed, 'out_of_stock_ours_late': block_out_of_stock_ours_late, 'out_of_stock_ours_late_choice': block_out_of_stock_ours_late_choice, 'out_of_stock_not_ours_late': block_out_of_stock_not_ours_late, 'out_of_stock_not_ours_late_choice': block_out_of_stock_not_ours_late_choice, 'out_of_stock_unclear_late': block_out_of_stock_unclear_late, 'out_of_stock_unclear_late_choice': block_out_of_stock_unclear_late_choice, 'billing_not_ours_explained': block_billing_not_ours_explained, 'billing_not_ours_amount_explained': block_billing_not_ours_amount_explained, 'damaged_item_ours_restock': block_damaged_item_ours_restock, 'damaged_item_ours_restock_choice': block_damaged_item_ours_restock_choice, 'product_defect_ours_restock': block_product_defect_ours_restock, 'product_defect_ours_restock_choice': block_product_defect_ours_restock_choice, 'shipping_delay_ours_closed': block_shipping_delay_ours_closed, 'shipping_delay_not_ours_closed': block_shipping_delay_not_ours_closed, 'shipping_delay_unclear_closed': block_shipping_delay_unclear_closed, 'damaged_item_unclear_closed': block_damaged_item_unclear_closed, 'out_of_stock_ours_closed': block_out_of_stock_ours_closed, 'out_of_stock_ours_choice_closed': block_out_of_stock_ours_choice_closed, 'out_of_stock_not_ours_closed': block_out_of_stock_not_ours_closed, 'out_of_stock_not_ours_choice_closed': block_out_of_stock_not_ours_choice_closed, 'out_of_stock_unclear_closed': block_out_of_stock_unclear_closed, 'out_of_stock_unclear_choice_closed': block_out_of_stock_unclear_choice_closed, 'out_of_stock_unclear_restock_closed': block_out_of_stock_unclear_restock_closed, 'out_of_stock_ours_late_closed': block_out_of_stock_ours_late_closed, 'out_of_stock_ours_late_choice_closed': block_out_of_stock_ours_late_choice_closed, 'out_of_stock_not_ours_late_closed': block_out_of_stock_not_ours_late_closed, 'out_of_stock_not_ours_late_choice_closed': block_out_of_stock_not_ours_late_choice_closed, 'out_of_stock_unclear_late_closed': block_out_of_stock_unclear_late_closed, 'policy_misreading_unclear_closed': block_policy_misreading_unclear_closed, 'policy_misreading_unclear_quote_closed': block_policy_misreading_unclear_quote_closed, 'product_defect_unclear_closed': block_product_defect_unclear_closed, 'billing_unclear_closed': block_billing_unclear_closed, 'billing_unclear_amount_closed': block_billing_unclear_amount_closed, 'product_defect_not_ours_withdrawal': block_product_defect_not_ours_withdrawal, 'other_not_ours_explained': block_other_not_ours_explained, 'shipping_delay_ours_pickup_spoken': block_shipping_delay_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_spoken': block_shipping_delay_not_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_there_spoken': block_shipping_delay_not_ours_pickup_there_spoken, 'shipping_delay_unclear_pickup_spoken': block_shipping_delay_unclear_pickup_spoken, 'other_ours_spoken': block_other_ours_spoken, 'other_ours_explained': block_other_ours_explained, 'other_ours_explained_spoken': block_other_ours_explained_spoken, 'shipping_delay_ours_returned': block_shipping_delay_ours_returned, 'shipping_delay_ours_returned_spoken': block_shipping_delay_ours_returned_spoken, 'shipping_delay_not_ours_returned': block_shipping_delay_not_ours_returned, 'shipping_delay_not_ours_returned_spoken': block_shipping_delay_not_ours_returned_spoken, 'billing_ours_spoken': block_billing_ours_spoken, 'billing_ours_amount_spoken': block_billing_ours_amount_spoken, 'billing_ours_overcharge_spoken': block_billing_ours_overcharge_spoken, 'billing_not_ours_spoken': block_billing_not_ours_spoken, 'billing_not_ours_amount_spoken': block_billing_not_ours_amount_spoken, 'billing_not_ours_explained_spoken': block_billing_not_ours_explained_spoken, 'billing_not_ours_amount_explained_spoken': block_billing_not_ours_amount_explained_spoken, 'billing_unclear_spoken': block_billing_unclear_spoken, 'billing_unclear_amount_spoken': block_billing_unclear_amount_spoken, 'damaged_item_not_ours_explained': block_damaged_item_not_ours_explained, 'damaged_item_not_ours_explained_spoken': block_damaged_item_not_ours_explained_spoken, 'product_defect_not_ours_explained': block_product_defect_not_ours_explained, 'product_defect_not_ours_withdrawal_explained': block_product_defect_not_ours_withdrawal_explained, 'other_not_ours_again': block_other_not_ours_again}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&49=26&52=27&55=28&58=29&61=30&64=31&67=32&70=33&73=34&76=35&79=36&82=37&85=38&88=39&91=40&94=41&97=42&100=43&103=44&106=45&109=46&112=47&115=48&118=49&121=50&124=51&127=52&130=53&133=54&136=55&139=56&142=57&145=58&148=59&151=60&154=61&157=62&160=63&163=64&166=65&169=66&172=67&175=68&178=69&181=70&184=71&187=72&192=74&195=75&198=76&201=77&204=78&207=79&210=80&213=81&216=82&219=83&222=84&225=85&228=86&231=87&234=88&237=89&240=90&243=91&246=92&249=93&252=94&255=95&258=96&261=97&264=98&267=99&270=100&273=101&277=102&280=103&284=104&287=105&290=106&293=107&298=108&301=109&304=110&307=111&310=112&313=113&316=114&319=115&322=116&325=117&328=118&331=119&334=120&338=121&3=123&4=133&6=136&7=146&9=152&10=162&12=165&13=189&15=201&16=218&18=230&19=254&21=266&22=290&24=302&25=319&27=328&28=345&30=354&31=371&33=380&34=390&36=393&37=403&39=409&42=419&45=429&49=439&52=449&55=459&56=475&58=478&59=494&61=497&62=520&64=525&65=548&67=553&68=569&70=572&71=588&73=591&74=614&76=619&77=642&79=647&80=663&82=666&83=682&85=685&86=708&88=715&89=738&91=743&92=753&94=756&97=766&98=776&100=779&101=796&103=801&104=811&106=814&107=831&109=836&110=846&112=852&115=862&116=878&118=881&119=892&121=899&122=909&124=915&125=926&127=934&128=946&130=959&131=969&133=975&134=986&136=994&137=1004&139=1010&140=1021&142=1029&143=1039&145=1045&146=1055&148=1061&149=1071&151=1074&152=1090&154=1095&155=1118&157=1125&158=1148&160=1155&161=1178&163=1185&164=1208&166=1215&167=1238&169=1245&170=1268&172=1275&173=1285&175=1291&176=1302&178=1310&179=1326&181=1329&182=1345&184=1348&185=1364&187=1367&188=1383&192=1386&193=1402&195=1407&196=1423&198=1428&199=1444&201=1449&202=1464&204=1467&205=1489&207=1494&208=1516&210=1521&211=1543&213=1548&214=1570&216=1575&217=1597&219=1602&220=1617&222=1620&223=1650&225=1657&226=1687&228=1696&229=1726&231=1735&232=1765&234=1774&235=1804&237=1813&238=1843&240=1852&241=1868&243=1873&244=1897&246=1904&247=1921&249=1930&250=1946&252=1954&253=1971&255=1981&256=2004&258=2015&259=2025&261=2031&262=2055&264=2067&265=2091&267=2103&268=2120&270=2132&271=2156&273=2168&274=2178&277=2184&280=2194&284=2204&285=2214&287=2217&288=2227&290=2230&291=2240&293=2246&295=2256&298=2259&299=2269&301=2275&302=2286&304=2294&305=2306&307=2319&308=2329&310=2335&311=2346&313=2354&314=2364&316=2370&317=2381&319=2389&320=2399&322=2405&323=2416&325=2424&328=2434&331=2444&332=2460&334=2463&335=2486&338=2497&339=2507'
