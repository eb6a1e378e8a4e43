# Generated from en/moves/resolve.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'ecbdc5be-32985'
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
    yield from context.blocks['shipping_delay_ours_held'][0](context)
    yield from context.blocks['shipping_delay_ours_held_spoken'][0](context)
    yield from context.blocks['shipping_delay_ours_address'][0](context)
    yield from context.blocks['shipping_delay_ours_address_spoken'][0](context)
    yield from context.blocks['shipping_delay_not_ours_address'][0](context)
    yield from context.blocks['shipping_delay_not_ours_address_spoken'][0](context)
    yield from context.blocks['shipping_delay_not_ours_incomplete'][0](context)
    yield from context.blocks['shipping_delay_not_ours_incomplete_spoken'][0](context)
    yield from context.blocks['shipping_delay_not_ours_attempted'][0](context)
    yield from context.blocks['shipping_delay_unclear_attempted'][0](context)
    yield from context.blocks['billing_ours_double'][0](context)
    yield from context.blocks['billing_ours_double_spoken'][0](context)
    yield from context.blocks['billing_not_ours_ask'][0](context)
    yield from context.blocks['billing_not_ours_ask_spoken'][0](context)
    yield from context.blocks['product_defect_unclear_ask'][0](context)
    yield from context.blocks['out_of_stock_ours_spoken'][0](context)
    yield from context.blocks['out_of_stock_ours_restock_spoken'][0](context)
    yield from context.blocks['out_of_stock_not_ours_spoken'][0](context)
    yield from context.blocks['out_of_stock_not_ours_restock_spoken'][0](context)
    yield from context.blocks['out_of_stock_ours_late_spoken'][0](context)
    yield from context.blocks['out_of_stock_not_ours_late_spoken'][0](context)
    yield from context.blocks['damaged_item_ours_restock_spoken'][0](context)
    yield from context.blocks['product_defect_ours_restock_spoken'][0](context)
    yield from context.blocks['policy_misreading_not_ours_quote_spoken'][0](context)
    yield from context.blocks['policy_misreading_unclear_quote_spoken'][0](context)

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
    l_0_by_code = resolve('by_code')
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
    yield ', and you can collect it there '
    yield str(('with the code the carrier sent you by text or email' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else "with some ID and the carrier's notice or the tracking number"))
    yield ". If you can't get there, just let us know and we'll ask the carrier to deliver it to your address instead.\n"

def block_shipping_delay_not_ours_pickup_there(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pickup_until = resolve('pickup_until')
    l_0_by_code = resolve('by_code')
    try:
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield "The carrier's notice and the tracking show exactly where it's waiting for you"
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ', and you can collect it '
    yield str(('with the code the carrier sent you by text or email' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else "with some ID and the carrier's notice or the tracking number"))
    yield ". If you can't get there, just let us know and we'll ask the carrier to deliver it to your address instead.\n"

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
    l_0_by_code = resolve('by_code')
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
    yield ', and you can collect it there '
    yield str(('with the code the carrier sent you by text or email' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else "with some ID and the carrier's notice or the tracking number"))
    yield ". If you can't get there, just let us know and we'll have it delivered to your address instead, at no cost to you.\n"

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
    l_0_by_code = resolve('by_code')
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
    yield ', and you can collect it there '
    yield str(('with the code the carrier sent you by text or email' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else "with some ID and the carrier's notice or the tracking number"))
    yield ". If you can't get there, just let us know and we'll ask the carrier to deliver it to your address instead.\n"

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
    l_0_item_fact = resolve('item_fact')
    try:
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We'll honour the terms you were shown when you placed "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield ": if you'd like to return "
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'your purchase'))
    yield ", we'll accept "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' and refund you in full.\n'

def block_policy_misreading_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll honour the terms you were shown when you placed "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield '.\n'

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
    yield '." That\'s what we applied to '
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
    yield '." We\'re checking how they apply to '
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
    yield ", and it's correct. If you can see a second amount you don't recognise, it's most likely a temporary hold (a pre-authorisation) on your card rather than a charge. It's released automatically, usually within a few working days, though the exact timing depends on your bank.\n"

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
    yield ", and it matches your purchase. If you can see a second amount you don't recognise, it's most likely a temporary hold (a pre-authorisation) on your card rather than a charge. It's released automatically, usually within a few working days, though the exact timing depends on your bank.\n"

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
    yield "? As soon as we know, we'll put it right.\n"

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
    yield '." '
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
        t_6 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield "From what you've told us, it isn't a manufacturing fault, so the warranty doesn't cover it. But as you received "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' less than 14 days ago, you can still withdraw from the purchase: just let us know by '
    yield str(t_6(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ', send '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield " back within 14 days of telling us, and we'll refund you in full. If you'd rather keep "
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
    l_0_by_code = resolve('by_code')
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
    yield ', and you can collect it there '
    yield str(('with the code the carrier sent you by text or email' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else "with some ID and the carrier's notice or the tracking number"))
    yield ". If you can't get there, just tell me and I'll have it delivered to your address instead, at no cost to you.\n"

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
    l_0_by_code = resolve('by_code')
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
    yield ', and you can collect it there '
    yield str(('with the code the carrier sent you by text or email' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else "with some ID and the carrier's notice or the tracking number"))
    yield ". If you can't get there, just tell me and I'll ask the carrier to deliver it to your address instead.\n"

def block_shipping_delay_not_ours_pickup_there_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pickup_until = resolve('pickup_until')
    l_0_by_code = resolve('by_code')
    try:
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield "The carrier's notice and the tracking show exactly where it's waiting for you"
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ', and you can collect it '
    yield str(('with the code the carrier sent you by text or email' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else "with some ID and the carrier's notice or the tracking number"))
    yield ". If you can't get there, just tell me and I'll ask the carrier to deliver it to your address instead.\n"

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
    l_0_by_code = resolve('by_code')
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
    yield ', and you can collect it there '
    yield str(('with the code the carrier sent you by text or email' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else "with some ID and the carrier's notice or the tracking number"))
    yield ". If you can't get there, just tell me and I'll ask the carrier to deliver it to your address instead.\n"

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
    yield ", and it's correct. If you can see a second amount you don't recognise, it's most likely a temporary hold (a pre-authorisation) on your card rather than a charge. It's released automatically, usually within a few working days, though the exact timing depends on your bank.\n"

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
    yield ", and it matches your purchase. If you can see a second amount you don't recognise, it's most likely a temporary hold (a pre-authorisation) on your card rather than a charge. It's released automatically, usually within a few working days, though the exact timing depends on your bank.\n"

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
        t_6 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield "So it isn't a manufacturing fault, and the warranty doesn't cover it. But as you received "
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' less than 14 days ago, you can still withdraw from the purchase: just let us know by '
    yield str(t_6(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ', send '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield " back within 14 days of telling us, and we'll refund you in full. If you'd rather keep "
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

def block_shipping_delay_ours_held(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "We'll relabel "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield " and send it out ourselves, at no cost to you, and we'll email you the tracking number as soon as it leaves our warehouse.\n"

def block_shipping_delay_ours_held_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "I'll have "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield " relabelled and sent out straight away, at no cost to you, and I'll email you the tracking number as soon as it leaves our warehouse.\n"

def block_shipping_delay_ours_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "Could you confirm the address you'd like it delivered to? We'll have the carrier redirect "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield ' there, at no cost to you.\n'

def block_shipping_delay_ours_address_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "Could you confirm the address you'd like it delivered to?\n[Listen.] Thank you. I'll have the carrier redirect "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield ' there, at no cost to you.\n'

def block_shipping_delay_not_ours_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Could you confirm the correct delivery address'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield "? We'll ask the carrier to redirect the parcel there.\n"

def block_shipping_delay_not_ours_address_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "Could you confirm the correct delivery address?\n[Listen.] Thank you. I'll ask the carrier to redirect "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield ' there.\n'

def block_shipping_delay_not_ours_incomplete(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Could you send us your full delivery address'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", with the flat or door number? We'll pass it to the carrier so they can deliver the parcel.\n"

def block_shipping_delay_not_ours_incomplete_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "Could you give me your full delivery address, with the flat or door number?\n[Listen.] Thank you. I'll pass it to the carrier so they can deliver "
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield '.\n'

def block_shipping_delay_not_ours_attempted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'The carrier tried to deliver '
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield " but couldn't. You can arrange a new delivery with them using the tracking number or the notice they left, or just tell us and we'll ask them to try again.\n"

def block_shipping_delay_unclear_attempted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'The carrier tried to deliver '
    yield str((str_join(('the parcel for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your parcel'))
    yield " but couldn't, so we'll ask them what happened and to try again. If it suits you better, you can also arrange the new delivery with them using the tracking number.\n"

def block_billing_ours_double(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'We took your payment'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield " twice. We'll refund the duplicate payment in full; your invoice itself is correct.\n"

def block_billing_ours_double_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'We took your payment'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield " twice. I'll refund the duplicate payment in full, and your invoice itself is correct.\n"

def block_billing_not_ours_ask(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'So we can check it, could you send us your order number and the date and amount of the charge you can see?\n'

def block_billing_not_ours_ask_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'So I can check it, could you give me your order number and the date and amount of the charge you can see?\n'

def block_product_defect_unclear_ask(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'So we can look into it, could you send us your order number, a short description of the fault and a few photos or a short video?\n'

def block_out_of_stock_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_7 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_7(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_ours_choice'), _block_vars=_block_vars)))
    yield " If you'd rather not wait, I can refund you in full right away.\n"

def block_out_of_stock_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_7 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_7(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_ours_restock_choice'), _block_vars=_block_vars)))
    yield " If you'd rather not wait, I can refund you in full right away.\n"

def block_out_of_stock_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_7 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_7(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_not_ours_choice'), _block_vars=_block_vars)))
    yield " If you'd rather not wait, I can refund you in full right away.\n"

def block_out_of_stock_not_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_7 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_7(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_not_ours_restock_choice'), _block_vars=_block_vars)))
    yield " If you'd rather not wait, I can refund you in full right away.\n"

def block_out_of_stock_ours_late_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_7 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_7(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_ours_late_choice'), _block_vars=_block_vars)))
    yield " If you'd rather not wait, I can refund you in full right away.\n"

def block_out_of_stock_not_ours_late_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_7 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_7(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_not_ours_late_choice'), _block_vars=_block_vars)))
    yield " If you'd rather not wait, I can refund you in full right away.\n"

def block_damaged_item_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_7 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_7(environment.call(context, environment.getattr(l_0_self, 'damaged_item_ours_restock_choice'), _block_vars=_block_vars)))
    yield " If you'd rather not wait, I can refund you in full right away.\n"

def block_product_defect_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_7 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_7(environment.call(context, environment.getattr(l_0_self, 'product_defect_ours_restock_choice'), _block_vars=_block_vars)))
    yield " If you'd rather not wait, I can refund you in full right away.\n"

def block_policy_misreading_not_ours_quote_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_policy_quote = resolve('policy_quote')
    l_0_order = resolve('order')
    try:
        t_8 = environment.filters['in_speech']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'in_speech' found.")
    pass
    yield 'Our terms say that '
    yield str(t_8((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield ", and that's what we applied to "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield '.\n'

def block_policy_misreading_unclear_quote_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_policy_quote = resolve('policy_quote')
    l_0_order = resolve('order')
    try:
        t_8 = environment.filters['in_speech']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'in_speech' found.")
    pass
    yield 'Our terms say that '
    yield str(t_8((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield ". I'm checking how that applies to "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield '.\n'

blocks = {'shipping_delay_ours': block_shipping_delay_ours, 'shipping_delay_ours_choice': block_shipping_delay_ours_choice, 'shipping_delay_not_ours': block_shipping_delay_not_ours, 'shipping_delay_not_ours_pickup': block_shipping_delay_not_ours_pickup, 'shipping_delay_not_ours_pickup_there': block_shipping_delay_not_ours_pickup_there, 'shipping_delay_ours_pickup': block_shipping_delay_ours_pickup, 'shipping_delay_unclear_pickup': block_shipping_delay_unclear_pickup, 'shipping_delay_not_ours_pickup_expired': block_shipping_delay_not_ours_pickup_expired, 'shipping_delay_ours_pickup_expired': block_shipping_delay_ours_pickup_expired, 'shipping_delay_unclear_pickup_expired': block_shipping_delay_unclear_pickup_expired, 'shipping_delay_unclear': block_shipping_delay_unclear, 'damaged_item_ours': block_damaged_item_ours, 'damaged_item_ours_choice': block_damaged_item_ours_choice, 'damaged_item_not_ours': block_damaged_item_not_ours, 'damaged_item_unclear': block_damaged_item_unclear, 'damaged_item_not_ours_spoken': block_damaged_item_not_ours_spoken, 'damaged_item_unclear_spoken': block_damaged_item_unclear_spoken, 'out_of_stock_ours': block_out_of_stock_ours, 'out_of_stock_ours_choice': block_out_of_stock_ours_choice, 'out_of_stock_ours_restock': block_out_of_stock_ours_restock, 'out_of_stock_ours_restock_choice': block_out_of_stock_ours_restock_choice, 'out_of_stock_not_ours': block_out_of_stock_not_ours, 'out_of_stock_not_ours_choice': block_out_of_stock_not_ours_choice, 'out_of_stock_not_ours_restock': block_out_of_stock_not_ours_restock, 'out_of_stock_not_ours_restock_choice': block_out_of_stock_not_ours_restock_choice, 'out_of_stock_unclear': block_out_of_stock_unclear, 'out_of_stock_unclear_choice': block_out_of_stock_unclear_choice, 'out_of_stock_unclear_restock': block_out_of_stock_unclear_restock, 'out_of_stock_unclear_restock_choice': block_out_of_stock_unclear_restock_choice, 'policy_misreading_ours': block_policy_misreading_ours, 'policy_misreading_ours_choice': block_policy_misreading_ours_choice, 'policy_misreading_not_ours': block_policy_misreading_not_ours, 'policy_misreading_not_ours_quote': block_policy_misreading_not_ours_quote, 'policy_misreading_unclear': block_policy_misreading_unclear, 'policy_misreading_unclear_quote': block_policy_misreading_unclear_quote, 'product_defect_ours': block_product_defect_ours, 'product_defect_ours_choice': block_product_defect_ours_choice, 'product_defect_not_ours': block_product_defect_not_ours, 'product_defect_unclear': block_product_defect_unclear, 'billing_ours': block_billing_ours, 'billing_ours_amount': block_billing_ours_amount, 'billing_ours_overcharge': block_billing_ours_overcharge, 'billing_not_ours': block_billing_not_ours, 'billing_not_ours_amount': block_billing_not_ours_amount, 'billing_unclear': block_billing_unclear, 'billing_unclear_amount': block_billing_unclear_amount, 'other_ours': block_other_ours, 'other_not_ours': block_other_not_ours, 'other_unclear': block_other_unclear, 'other_unclear_closed': block_other_unclear_closed, 'out_of_stock_ours_late': block_out_of_stock_ours_late, 'out_of_stock_ours_late_choice': block_out_of_stock_ours_late_choice, 'out_of_stock_not_ours_late': block_out_of_stock_not_ours_late, 'out_of_stock_not_ours_late_choice': block_out_of_stock_not_ours_late_choice, 'out_of_stock_unclear_late': block_out_of_stock_unclear_late, 'out_of_stock_unclear_late_choice': block_out_of_stock_unclear_late_choice, 'billing_not_ours_explained': block_billing_not_ours_explained, 'billing_not_ours_amount_explained': block_billing_not_ours_amount_explained, 'damaged_item_ours_restock': block_damaged_item_ours_restock, 'damaged_item_ours_restock_choice': block_damaged_item_ours_restock_choice, 'product_defect_ours_restock': block_product_defect_ours_restock, 'product_defect_ours_restock_choice': block_product_defect_ours_restock_choice, 'shipping_delay_ours_closed': block_shipping_delay_ours_closed, 'shipping_delay_not_ours_closed': block_shipping_delay_not_ours_closed, 'shipping_delay_unclear_closed': block_shipping_delay_unclear_closed, 'damaged_item_unclear_closed': block_damaged_item_unclear_closed, 'out_of_stock_ours_closed': block_out_of_stock_ours_closed, 'out_of_stock_ours_choice_closed': block_out_of_stock_ours_choice_closed, 'out_of_stock_not_ours_closed': block_out_of_stock_not_ours_closed, 'out_of_stock_not_ours_choice_closed': block_out_of_stock_not_ours_choice_closed, 'out_of_stock_unclear_closed': block_out_of_stock_unclear_closed, 'out_of_stock_unclear_choice_closed': block_out_of_stock_unclear_choice_closed, 'out_of_stock_unclear_restock_closed': block_out_of_stock_unclear_restock_closed, 'out_of_stock_ours_late_closed': block_out_of_stock_ours_late_closed, 'out_of_stock_ours_late_choice_closed': block_out_of_stock_ours_late_choice_closed, 'out_of_stock_not_ours_late_closed': block_out_of_stock_not_ours_late_closed, 'out_of_stock_not_ours_late_choice_closed': block_out_of_stock_not_ours_late_choice_closed, 'out_of_stock_unclear_late_closed': block_out_of_stock_unclear_late_closed, 'policy_misreading_unclear_closed': block_policy_misreading_unclear_closed, 'policy_misreading_unclear_quote_closed': block_policy_misreading_unclear_quote_closed, 'product_defect_unclear_closed': block_product_defect_unclear_closed, 'billing_unclear_closed': block_billing_unclear_closed, 'billing_unclear_amount_closed': block_billing_unclear_amount_closed, 'product_defect_not_ours_withdrawal': block_product_defect_not_ours_withdrawal, 'other_not_ours_explained': block_other_not_ours_explained, 'shipping_delay_ours_pickup_spoken': block_shipping_delay_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_spoken': block_shipping_delay_not_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_there_spoken': block_shipping_delay_not_ours_pickup_there_spoken, 'shipping_delay_unclear_pickup_spoken': block_shipping_delay_unclear_pickup_spoken, 'other_ours_spoken': block_other_ours_spoken, 'other_ours_explained': block_other_ours_explained, 'other_ours_explained_spoken': block_other_ours_explained_spoken, 'shipping_delay_ours_returned': block_shipping_delay_ours_returned, 'shipping_delay_ours_returned_spoken': block_shipping_delay_ours_returned_spoken, 'shipping_delay_not_ours_returned': block_shipping_delay_not_ours_returned, 'shipping_delay_not_ours_returned_spoken': block_shipping_delay_not_ours_returned_spoken, 'billing_ours_spoken': block_billing_ours_spoken, 'billing_ours_amount_spoken': block_billing_ours_amount_spoken, 'billing_ours_overcharge_spoken': block_billing_ours_overcharge_spoken, 'billing_not_ours_spoken': block_billing_not_ours_spoken, 'billing_not_ours_amount_spoken': block_billing_not_ours_amount_spoken, 'billing_not_ours_explained_spoken': block_billing_not_ours_explained_spoken, 'billing_not_ours_amount_explained_spoken': block_billing_not_ours_amount_explained_spoken, 'billing_unclear_spoken': block_billing_unclear_spoken, 'billing_unclear_amount_spoken': block_billing_unclear_amount_spoken, 'damaged_item_not_ours_explained': block_damaged_item_not_ours_explained, 'damaged_item_not_ours_explained_spoken': block_damaged_item_not_ours_explained_spoken, 'product_defect_not_ours_explained': block_product_defect_not_ours_explained, 'product_defect_not_ours_withdrawal_explained': block_product_defect_not_ours_withdrawal_explained, 'other_not_ours_again': block_other_not_ours_again, 'shipping_delay_ours_held': block_shipping_delay_ours_held, 'shipping_delay_ours_held_spoken': block_shipping_delay_ours_held_spoken, 'shipping_delay_ours_address': block_shipping_delay_ours_address, 'shipping_delay_ours_address_spoken': block_shipping_delay_ours_address_spoken, 'shipping_delay_not_ours_address': block_shipping_delay_not_ours_address, 'shipping_delay_not_ours_address_spoken': block_shipping_delay_not_ours_address_spoken, 'shipping_delay_not_ours_incomplete': block_shipping_delay_not_ours_incomplete, 'shipping_delay_not_ours_incomplete_spoken': block_shipping_delay_not_ours_incomplete_spoken, 'shipping_delay_not_ours_attempted': block_shipping_delay_not_ours_attempted, 'shipping_delay_unclear_attempted': block_shipping_delay_unclear_attempted, 'billing_ours_double': block_billing_ours_double, 'billing_ours_double_spoken': block_billing_ours_double_spoken, 'billing_not_ours_ask': block_billing_not_ours_ask, 'billing_not_ours_ask_spoken': block_billing_not_ours_ask_spoken, 'product_defect_unclear_ask': block_product_defect_unclear_ask, 'out_of_stock_ours_spoken': block_out_of_stock_ours_spoken, 'out_of_stock_ours_restock_spoken': block_out_of_stock_ours_restock_spoken, 'out_of_stock_not_ours_spoken': block_out_of_stock_not_ours_spoken, 'out_of_stock_not_ours_restock_spoken': block_out_of_stock_not_ours_restock_spoken, 'out_of_stock_ours_late_spoken': block_out_of_stock_ours_late_spoken, 'out_of_stock_not_ours_late_spoken': block_out_of_stock_not_ours_late_spoken, 'damaged_item_ours_restock_spoken': block_damaged_item_ours_restock_spoken, 'product_defect_ours_restock_spoken': block_product_defect_ours_restock_spoken, 'policy_misreading_not_ours_quote_spoken': block_policy_misreading_not_ours_quote_spoken, 'policy_misreading_unclear_quote_spoken': block_policy_misreading_unclear_quote_spoken}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&49=26&52=27&55=28&58=29&61=30&64=31&67=32&70=33&73=34&76=35&79=36&82=37&85=38&88=39&91=40&94=41&97=42&100=43&103=44&106=45&109=46&112=47&115=48&118=49&121=50&124=51&127=52&130=53&133=54&136=55&139=56&142=57&145=58&148=59&151=60&154=61&157=62&160=63&163=64&166=65&169=66&172=67&175=68&178=69&181=70&184=71&187=72&192=74&195=75&198=76&201=77&204=78&207=79&210=80&213=81&216=82&219=83&222=84&225=85&228=86&231=87&234=88&237=89&240=90&243=91&246=92&249=93&252=94&255=95&258=96&261=97&264=98&267=99&270=100&273=101&277=102&280=103&284=104&287=105&290=106&293=107&298=108&301=109&304=110&307=111&310=112&313=113&316=114&319=115&322=116&325=117&328=118&331=119&334=120&338=121&341=122&344=123&347=124&350=125&354=126&357=127&361=128&364=129&368=130&371=131&375=132&378=133&382=134&385=135&389=136&392=137&395=138&398=139&401=140&404=141&407=142&410=143&413=144&416=145&419=146&3=148&4=158&6=161&7=171&9=177&10=187&12=190&13=215&15=229&16=246&18=254&19=279&21=293&22=318&24=332&25=349&27=358&28=375&30=384&31=401&33=410&34=420&36=423&37=433&39=439&42=449&45=459&49=469&52=479&55=489&56=505&58=508&59=524&61=527&62=550&64=555&65=578&67=583&68=599&70=602&71=618&73=621&74=644&76=649&77=672&79=677&80=693&82=696&83=712&85=715&86=738&88=745&89=768&91=773&92=790&94=797&95=807&97=810&98=820&100=823&101=840&103=845&104=855&106=858&107=875&109=880&110=890&112=896&115=906&116=922&118=925&119=936&121=943&122=953&124=959&125=970&127=978&128=990&130=1003&131=1013&133=1019&134=1030&136=1038&137=1048&139=1054&140=1065&142=1073&143=1083&145=1089&146=1099&148=1105&149=1115&151=1118&152=1134&154=1139&155=1162&157=1169&158=1192&160=1199&161=1222&163=1229&164=1252&166=1259&167=1282&169=1289&170=1312&172=1319&173=1329&175=1335&176=1346&178=1354&179=1370&181=1373&182=1389&184=1392&185=1408&187=1411&188=1427&192=1430&193=1446&195=1451&196=1467&198=1472&199=1488&201=1493&202=1508&204=1511&205=1533&207=1538&208=1560&210=1565&211=1587&213=1592&214=1614&216=1619&217=1641&219=1646&220=1661&222=1664&223=1694&225=1701&226=1731&228=1740&229=1770&231=1779&232=1809&234=1818&235=1848&237=1857&238=1887&240=1896&241=1912&243=1917&244=1941&246=1948&247=1965&249=1974&250=1990&252=1998&253=2015&255=2025&256=2048&258=2059&259=2069&261=2075&262=2100&264=2114&265=2139&267=2153&268=2170&270=2178&271=2203&273=2217&274=2227&277=2233&280=2243&284=2253&285=2263&287=2266&288=2276&290=2279&291=2289&293=2295&295=2305&298=2308&299=2318&301=2324&302=2335&304=2343&305=2355&307=2368&308=2378&310=2384&311=2395&313=2403&314=2413&316=2419&317=2430&319=2438&320=2448&322=2454&323=2465&325=2473&328=2483&331=2493&332=2509&334=2512&335=2535&338=2546&339=2556&341=2562&342=2572&344=2575&345=2585&347=2588&348=2598&350=2601&352=2611&354=2614&355=2624&357=2630&359=2640&361=2643&362=2653&364=2659&366=2669&368=2672&369=2682&371=2685&372=2695&375=2698&376=2708&378=2714&379=2724&382=2730&385=2740&389=2750&392=2760&393=2775&395=2778&396=2793&398=2796&399=2811&401=2814&402=2829&404=2832&405=2847&407=2850&408=2865&410=2868&411=2883&413=2886&414=2901&416=2904&417=2921&419=2926&420=2943'
