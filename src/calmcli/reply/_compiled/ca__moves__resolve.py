# Generated from ca/moves/resolve.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '28957988-37285'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/resolve.j2'

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
    yield 'Ens encarreguem nosaltres de reclamar l’enviament'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' al transportista; vostè no ha de fer res.\n'

def block_shipping_delay_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ho solucionarem sense cap cost per a vostè.\n'

def block_shipping_delay_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Seguirem l’enviament'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' amb el transportista perquè li arribi com més aviat millor.\n'

def block_shipping_delay_not_ours_pickup(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_pickup_until = resolve('pickup_until')
    l_0_pickup_point = resolve('pickup_point')
    l_0_by_code = resolve('by_code')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'El paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' l’espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(t_3(context, (t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punt de recollida on el va deixar el transportista'), 'a'))
    yield ': només cal que el passi a recollir '
    yield str(('amb el codi que li va enviar el transportista per SMS o per correu electrònic' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'amb el seu document d’identitat i l’avís o el número de seguiment'))
    yield '. Si no hi pot anar, faci’ns-ho saber i demanarem al transportista que l’hi porti a domicili.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'A l’avís del transportista i al seguiment hi veurà on l’espera. Pot recollir-lo'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(('amb el codi que li va enviar el transportista per SMS o per correu electrònic' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'amb el seu document d’identitat i l’avís o el número de seguiment'))
    yield '. Si no hi pot anar, faci’ns-ho saber i demanarem al transportista que l’hi porti a domicili.\n'

def block_shipping_delay_ours_pickup(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_pickup_until = resolve('pickup_until')
    l_0_pickup_point = resolve('pickup_point')
    l_0_by_code = resolve('by_code')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'El paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' l’espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(t_3(context, (t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punt de recollida on el va deixar el transportista'), 'a'))
    yield ': només cal que el passi a recollir '
    yield str(('amb el codi que li va enviar el transportista per SMS o per correu electrònic' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'amb el seu document d’identitat i l’avís o el número de seguiment'))
    yield '. Si no hi pot anar, faci’ns-ho saber i demanarem que l’hi portin a domicili, sense cap cost per a vostè.\n'

def block_shipping_delay_unclear_pickup(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_pickup_until = resolve('pickup_until')
    l_0_pickup_point = resolve('pickup_point')
    l_0_by_code = resolve('by_code')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'El paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' l’espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(t_3(context, (t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punt de recollida on el va deixar el transportista'), 'a'))
    yield ': només cal que el passi a recollir '
    yield str(('amb el codi que li va enviar el transportista per SMS o per correu electrònic' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'amb el seu document d’identitat i l’avís o el número de seguiment'))
    yield '. Si no hi pot anar, faci’ns-ho saber i demanarem al transportista que l’hi porti a domicili.\n'

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
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'El transportista va deixar el paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' '
    yield str(t_3(context, (t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'un punt de recollida'), 'a'))
    yield ' i el termini per recollir-lo ja s’ha acabat, així que estem preguntant si encara hi és o si ens el tornen.\n'

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
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'El transportista va deixar el paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' '
    yield str(t_3(context, (t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'un punt de recollida'), 'a'))
    yield ' i el termini per recollir-lo ja s’ha acabat, així que estem preguntant si encara hi és o si ens el tornen. En qualsevol cas, li farem arribar sense cap cost per a vostè.\n'

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
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'El transportista va deixar el paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' '
    yield str(t_3(context, (t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'un punt de recollida'), 'a'))
    yield ' i el termini per recollir-lo ja s’ha acabat, així que estem preguntant si encara hi és o si ens el tornen.\n'

def block_shipping_delay_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Estem preguntant al transportista on és el paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_damaged_item_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_audience = resolve('audience')
    l_0_order = resolve('order')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    if ((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'private')):
        pass
        yield 'Li canviem '
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' de la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' per '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'))
    elif (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield 'Li n’enviem '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'))
    else:
        pass
        yield 'Li tornem a enviar la comanda'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', sense cap cost per a vostè.\n'

def block_damaged_item_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'La solució no li costarà res.\n'

def block_damaged_item_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Perquè ho puguem revisar, ens podria enviar unes fotos dels danys i de l’embalatge?\n'

def block_damaged_item_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Estem revisant com es van fer l’embalatge i el transport'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Si pot, enviï’ns unes fotos dels danys i de l’embalatge.\n'

def block_damaged_item_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Per revisar-ho necessitem unes fotos dels danys i de l’embalatge. Li escric per correu electrònic així que pengem i només cal que em respongui amb les fotos.\n'

def block_damaged_item_unclear_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Estem revisant amb el magatzem i amb el transportista on es van produir els danys, i unes fotos dels danys i de l’embalatge ens ajudarien. Li escric per correu electrònic així que pengem i només cal que em respongui amb les fotos.\n'

def block_out_of_stock_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Estem confirmant amb el proveïdor quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

def block_out_of_stock_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Estem confirmant amb el proveïdor quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    else:
        pass
        yield 'tornarem a tenir existències'
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    else:
        pass
        yield 'tornarem a tenir existències'
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Estem confirmant amb el proveïdor quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

def block_out_of_stock_not_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Estem confirmant amb el proveïdor quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    else:
        pass
        yield 'tornarem a tenir existències'
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    else:
        pass
        yield 'tornarem a tenir existències'
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Estem comprovant amb el magatzem i amb el proveïdor què ha passat amb l’estoc i quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '.\n'

def block_out_of_stock_unclear_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Estem comprovant amb el magatzem i amb el proveïdor què ha passat amb l’estoc.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    else:
        pass
        yield 'tornarem a tenir existències'
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '; mentrestant, comprovem què ha passat amb l’estoc.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    else:
        pass
        yield 'tornarem a tenir existències'
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
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
    yield 'Li respectem les condicions que es mostraven quan va fer '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la compra'
    yield ': si vol fer la devolució, l’acceptem i li reemborsem l’import íntegre.\n'

def block_policy_misreading_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Li respectem les condicions que es mostraven quan va fer '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la compra'
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
    yield 'Hem repassat les condicions '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'de la seva compra'
    yield ' i són les que figuren al nostre web.\n'

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
    yield 'Les nostres condicions de compra diuen: «'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '». És el que s’ha aplicat a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la seva compra'
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
    yield 'Estem comprovant quines condicions s’apliquen a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la seva compra'
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
    yield 'Les nostres condicions diuen: «'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '». Estem comprovant com s’apliquen a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la seva compra'
    yield '.\n'

def block_product_defect_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_audience = resolve('audience')
    l_0_order = resolve('order')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    if ((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'private')):
        pass
        yield 'Li canviem '
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' de la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' per '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'))
    elif (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield 'Li n’enviem '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Li canviem l’article de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' per un de nou'
    else:
        pass
        yield 'L’hi canviem per un de nou'
    yield ', sense cap cost per a vostè.\n'

def block_product_defect_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'La solució no li costarà res.\n'

def block_product_defect_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Pel que ens ha explicat, no és un defecte de fabricació, així que la garantia no ho cobreix. Tot i així, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' podem reparar amb un pressupost previ, sense compromís.\n'

def block_product_defect_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_order = resolve('order')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Estem revisant '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield 'què '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'li', 'els'))
        yield ' passa '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'a'))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' de la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'què ha fallat'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' a la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i si és un defecte de fabricació.\n'

def block_billing_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Li retornem el que li vam cobrar de més'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' a la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i li enviem la factura corregida.\n'

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
    yield 'Li retornarem el que li vam cobrar de més en el càrrec de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i li enviarem la factura corregida.\n'

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
    yield 'Li vam cobrar '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' de més'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' en el càrrec de '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' de la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' a la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ': li retornem aquest import i li enviem la factura corregida.\n'

def block_billing_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Hem comprovat el cobrament'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i és correcte. Si veu un altre import que no reconeix, el més probable és que sigui una retenció temporal (una preautorització) a la seva targeta, no pas un càrrec. S’allibera automàticament, normalment en pocs dies laborables, tot i que el termini exacte depèn del seu banc.\n'

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
    yield 'Hem comprovat el càrrec de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i correspon a la seva compra. Si veu un altre import que no reconeix, el més probable és que sigui una retenció temporal (una preautorització) a la seva targeta, no pas un càrrec. S’allibera automàticament, normalment en pocs dies laborables, tot i que el termini exacte depèn del seu banc.\n'

def block_billing_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Estem revisant el càrrec'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' amb el nostre departament de facturació.\n'

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
    yield 'Estem revisant el càrrec de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' amb el nostre departament de facturació.\n'

def block_other_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Ens podria explicar exactament què ha fallat'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' amb la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '? Tan bon punt ho sapiguem, ho solucionarem.\n'

def block_other_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Perquè ho puguem revisar, ens podria explicar una mica més què necessita'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' amb la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield ' i indicar-nos el número de comanda'
    yield '?\n'

def block_other_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Ja estem revisant la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'Ja estem revisant el que ens explica'
    yield '.\n'

def block_other_unclear_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_resume = resolve('resume')
    pass
    yield 'Revisarem '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'el que ens explica'
    yield ' '
    yield str((undefined(name='resume') if l_0_resume is missing else l_0_resume))
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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Esperàvem que '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornés a estar disponible', 'tornessin a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit i estem demanant una nova data al proveïdor. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Esperàvem que '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornés a estar disponible', 'tornessin a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit i estem demanant una nova data al proveïdor.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornaria a estar disponible', 'tornarien a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit i n’hem demanat una de nova al proveïdor. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornaria a estar disponible', 'tornarien a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit i n’hem demanat una de nova al proveïdor.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornaria a estar disponible', 'tornarien a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit; estem comprovant amb el magatzem i el proveïdor què ha passat.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Segons el proveïdor, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornaria a estar disponible', 'tornarien a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit.\n'

def block_billing_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Hem revisat el cobrament'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
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
    yield 'Hem revisat el càrrec de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_damaged_item_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_send_on = resolve('send_on')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Ara mateix no tenim existències d’aquest article, però el proveïdor ens en tornarà a enviar a temps perquè li n’enviem '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'))
    yield ', sense cap cost per a vostè, el '
    yield str(t_2(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield '. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

def block_damaged_item_ours_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_send_on = resolve('send_on')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Ara mateix no tenim existències d’aquest article, així que no li’n podríem enviar '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'))
    yield ' fins al '
    yield str(t_2(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield ', quan el proveïdor ens en torni a enviar.\n'

def block_product_defect_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_send_on = resolve('send_on')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Ara mateix no tenim existències d’aquest article, però el proveïdor ens en tornarà a enviar a temps perquè li n’enviem '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'))
    yield ', sense cap cost per a vostè, el '
    yield str(t_2(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield '. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

def block_product_defect_ours_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_send_on = resolve('send_on')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Ara mateix no tenim existències d’aquest article, així que no li’n podríem enviar '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'))
    yield ' fins al '
    yield str(t_2(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield ', quan el proveïdor ens en torni a enviar.\n'

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
    yield ' reclamarem nosaltres l’enviament'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' al transportista; vostè no ha de fer res.\n'

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
    yield ' farem el seguiment de l’enviament'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' amb el transportista perquè li arribi com més aviat millor.\n'

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
    yield ' preguntarem al transportista on és el paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_damaged_item_unclear_closed(context, missing=missing, environment=environment):
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
    yield ' revisarem com es van fer l’embalatge i el transport'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Si pot, enviï’ns unes fotos dels danys i de l’embalatge.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' consultarem amb el proveïdor quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' consultarem amb el proveïdor quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' consultarem amb el proveïdor quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' consultarem amb el proveïdor quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' comprovarem amb el magatzem i amb el proveïdor què ha passat amb l’estoc i quan '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield '.\n'

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
    yield ' comprovarem amb el magatzem i amb el proveïdor què ha passat amb l’estoc.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield 'Segons el proveïdor, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' comprovarem què ha passat amb l’estoc.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield 'Esperàvem que '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornés a estar disponible', 'tornessin a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' demanarem una nova data al proveïdor. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield 'Esperàvem que '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornés a estar disponible', 'tornessin a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' demanarem una nova data al proveïdor.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield 'Segons el proveïdor, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornaria a estar disponible', 'tornarien a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' demanarem una nova data al proveïdor. Si prefereix no esperar, digui’ns-ho i li retornem l’import íntegre.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield 'Segons el proveïdor, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornaria a estar disponible', 'tornarien a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' demanarem una nova data al proveïdor.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield 'Segons el proveïdor, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornaria a estar disponible', 'tornarien a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', però la reposició s’ha endarrerit. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' comprovarem amb el magatzem i el proveïdor què ha passat.\n'

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
    yield ' comprovarem quines condicions s’apliquen a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la seva compra'
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
    yield 'Les nostres condicions diuen: «'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '». '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' comprovarem com s’apliquen a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la seva compra'
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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' revisarem '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield 'què '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'li', 'els'))
        yield ' passa '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'a'))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' de la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'què ha fallat'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' a la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i si és un defecte de fabricació.\n'

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
    yield ' revisarem el càrrec'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' amb el nostre departament de facturació.\n'

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
    yield ' revisarem el càrrec de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' amb el nostre departament de facturació.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Pel que ens ha explicat, no és un defecte de fabricació, així que la garantia no ho cobreix. Però com que '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'l’ha rebut', 'l’ha rebuda', 'els ha rebuts', 'les ha rebudes'))
    yield ' fa menys de 14 dies, encara pot desistir de la compra: n’hi ha prou que ens ho digui fins al '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ' i que ens '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' retorni en els 14 dies següents; li reemborsarem l’import íntegre. Si prefereix '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'quedar-se’l', 'quedar-se-la', 'quedar-se’ls', 'quedar-se-les'))
    yield ', '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' podem reparar amb un pressupost previ, sense compromís.\n'

def block_other_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Esperem que amb això quedi aclarit.\n'

def block_shipping_delay_ours_pickup_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_pickup_until = resolve('pickup_until')
    l_0_pickup_point = resolve('pickup_point')
    l_0_by_code = resolve('by_code')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'El paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' l’espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(t_3(context, (t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punt de recollida on el va deixar el transportista'), 'a'))
    yield ': només cal que el passi a recollir '
    yield str(('amb el codi que li va enviar el transportista per SMS o per correu electrònic' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'amb el seu document d’identitat i l’avís o el número de seguiment'))
    yield '. Si no hi pot anar, digui-m’ho i demanaré que l’hi portin a domicili, sense cap cost per a vostè.\n'

def block_shipping_delay_not_ours_pickup_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_pickup_until = resolve('pickup_until')
    l_0_pickup_point = resolve('pickup_point')
    l_0_by_code = resolve('by_code')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'El paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' l’espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(t_3(context, (t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punt de recollida on el va deixar el transportista'), 'a'))
    yield ': només cal que el passi a recollir '
    yield str(('amb el codi que li va enviar el transportista per SMS o per correu electrònic' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'amb el seu document d’identitat i l’avís o el número de seguiment'))
    yield '. Si no hi pot anar, digui-m’ho i demanaré al transportista que l’hi porti a domicili.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'A l’avís del transportista i al seguiment hi veurà on l’espera. Pot recollir-lo'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(('amb el codi que li va enviar el transportista per SMS o per correu electrònic' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'amb el seu document d’identitat i l’avís o el número de seguiment'))
    yield '. Si no hi pot anar, digui-m’ho i demanaré al transportista que l’hi porti a domicili.\n'

def block_shipping_delay_unclear_pickup_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_pickup_until = resolve('pickup_until')
    l_0_pickup_point = resolve('pickup_point')
    l_0_by_code = resolve('by_code')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_3 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'El paquet'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' l’espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(t_3(context, (t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punt de recollida on el va deixar el transportista'), 'a'))
    yield ': només cal que el passi a recollir '
    yield str(('amb el codi que li va enviar el transportista per SMS o per correu electrònic' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'amb el seu document d’identitat i l’avís o el número de seguiment'))
    yield '. Si no hi pot anar, digui-m’ho i demanaré al transportista que l’hi porti a domicili.\n'

def block_other_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'M’explica exactament què ha fallat'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' amb la comanda '
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
    yield 'Ho solucionarem sense cap cost per a vostè.\n'

def block_other_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Li ho soluciono sense cap cost per a vostè.\n'

def block_shipping_delay_ours_returned(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Li tornarem a enviar '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ' sense cap cost per a vostè i li farem arribar per correu electrònic el nou número de seguiment.\n'

def block_shipping_delay_ours_returned_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Li torno a enviar '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ' sense cap cost per a vostè i li envio per correu electrònic el nou número de seguiment.\n'

def block_shipping_delay_not_ours_returned(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Ens podria confirmar la seva adreça de lliurament completa'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' per a la comanda '
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
    yield 'Em podria confirmar la seva adreça de lliurament completa?\n[Escoltar.] Gràcies. Li torno a enviar '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ' a aquesta adreça.\n'

def block_billing_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Li retorno el que li vam cobrar de més'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' a la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i li envio la factura corregida.\n'

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
    yield 'Li retornaré el que li vam cobrar de més en el càrrec de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i li enviaré la factura corregida.\n'

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
    yield 'Li vam cobrar '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' de més'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' en el càrrec de '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' de la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' a la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ': li retorno aquest import i li envio la factura corregida.\n'

def block_billing_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'He comprovat el cobrament'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i és correcte. Si veu un altre import que no reconeix, el més probable és que sigui una retenció temporal (una preautorització) a la seva targeta, no pas un càrrec. S’allibera automàticament, normalment en pocs dies laborables, tot i que el termini exacte depèn del seu banc.\n'

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
    yield 'He comprovat el càrrec de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i correspon a la seva compra. Si veu un altre import que no reconeix, el més probable és que sigui una retenció temporal (una preautorització) a la seva targeta, no pas un càrrec. S’allibera automàticament, normalment en pocs dies laborables, tot i que el termini exacte depèn del seu banc.\n'

def block_billing_not_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'He revisat el cobrament'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
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
    yield 'He revisat el càrrec de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
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
    yield 'Estic revisant el càrrec'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' amb el nostre departament de facturació.\n'

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
    yield 'Estic revisant el càrrec de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' amb el nostre departament de facturació.\n'

def block_damaged_item_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si vostè ho veu d’una altra manera, enviï’ns unes fotos dels danys i de l’embalatge i ho tornarem a revisar.\n'

def block_damaged_item_not_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si ho veu d’una altra manera, li escric per correu electrònic així que pengem i em pot respondre amb unes fotos dels danys i de l’embalatge perquè ho tornem a revisar.\n'

def block_product_defect_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Per tant, no és un defecte de fabricació i la garantia no ho cobreix. Tot i així, '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' podem reparar amb un pressupost previ, sense compromís.\n'

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
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Per tant, no és un defecte de fabricació i la garantia no ho cobreix. Però com que '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'l’ha rebut', 'l’ha rebuda', 'els ha rebuts', 'les ha rebudes'))
    yield ' fa menys de 14 dies, encara pot desistir de la compra: n’hi ha prou que ens ho digui fins al '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ' i que ens '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' retorni en els 14 dies següents; li reemborsarem l’import íntegre. Si prefereix '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'quedar-se’l', 'quedar-se-la', 'quedar-se’ls', 'quedar-se-les'))
    yield ', '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' podem reparar amb un pressupost previ, sense compromís.\n'

def block_other_not_ours_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Perquè ho puguem resoldre aquesta vegada, ens pot dir què queda pendent'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
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
    yield 'Tornarem a etiquetar '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ' i l’enviarem nosaltres mateixos, sense cap cost per a vostè; quan surti del nostre magatzem, li enviarem per correu electrònic el número de seguiment.\n'

def block_shipping_delay_ours_held_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Ara mateix demano que tornin a etiquetar '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ' i que l’enviïn sense cap cost per a vostè; quan surti del magatzem, li envio per correu electrònic el número de seguiment.\n'

def block_shipping_delay_ours_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Ens podria confirmar l’adreça on vol que l’hi portem? Demanarem al transportista que porti '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ' a aquesta adreça, sense cap cost per a vostè.\n'

def block_shipping_delay_ours_address_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Em confirma l’adreça on vol que l’hi portem?\n[Escoltar.] Gràcies. Demano al transportista que porti '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ' a aquesta adreça, sense cap cost per a vostè.\n'

def block_shipping_delay_not_ours_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Ens podria confirmar l’adreça de lliurament correcta'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' per a la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '? Demanarem al transportista que hi porti el paquet.\n'

def block_shipping_delay_not_ours_address_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Em confirma l’adreça de lliurament correcta?\n[Escoltar.] Gràcies. Demano al transportista que porti '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ' a aquesta adreça.\n'

def block_shipping_delay_not_ours_incomplete(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Ens podria enviar l’adreça de lliurament completa'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' per a la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', amb el pis i la porta? La passarem al transportista perquè li pugui lliurar el paquet.\n'

def block_shipping_delay_not_ours_incomplete_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Em dona l’adreça de lliurament completa, amb el pis i la porta?\n[Escoltar.] Gràcies. La passo al transportista perquè li pugui lliurar '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
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
    yield 'El transportista va intentar lliurar-li '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ', però no va poder. Pot concertar un nou lliurament amb ell amb el número de seguiment o l’avís que li va deixar, o bé dir-nos-ho i li demanarem que ho torni a intentar.\n'

def block_shipping_delay_unclear_attempted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'El transportista va intentar lliurar-li '
    yield str((str_join(('el paquet de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'el seu paquet'))
    yield ', però no va poder; li preguntarem què ha passat i li demanarem un nou intent. Si li va millor, també pot concertar el lliurament amb ell amb el número de seguiment.\n'

def block_billing_ours_double(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Li vam cobrar dues vegades '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la compra'
    yield ': li retornem íntegrament el càrrec duplicat. La factura és correcta tal com està.\n'

def block_billing_ours_double_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Li vam cobrar dues vegades '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la compra'
    yield ': li retorno íntegrament el càrrec duplicat. La factura és correcta tal com està.\n'

def block_billing_not_ours_ask(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Per poder-ho comprovar, ens pot indicar el número de comanda i la data i l’import del càrrec que veu?\n'

def block_billing_not_ours_ask_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Per poder-ho comprovar, em pot indicar el número de comanda i la data i l’import del càrrec que veu?\n'

def block_product_defect_unclear_ask(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Per poder-ho revisar, ens pot enviar el número de comanda, una breu descripció de l’avaria i unes fotos o un vídeo curt?\n'

def block_out_of_stock_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_ours_choice'), _block_vars=_block_vars)))
    yield ' Si prefereix no esperar, li retorno ara mateix l’import íntegre.\n'

def block_out_of_stock_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_ours_restock_choice'), _block_vars=_block_vars)))
    yield ' Si prefereix no esperar, li retorno ara mateix l’import íntegre.\n'

def block_out_of_stock_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_not_ours_choice'), _block_vars=_block_vars)))
    yield ' Si prefereix no esperar, li retorno ara mateix l’import íntegre.\n'

def block_out_of_stock_not_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_not_ours_restock_choice'), _block_vars=_block_vars)))
    yield ' Si prefereix no esperar, li retorno ara mateix l’import íntegre.\n'

def block_out_of_stock_ours_late_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_ours_late_choice'), _block_vars=_block_vars)))
    yield ' Si prefereix no esperar, li retorno ara mateix l’import íntegre.\n'

def block_out_of_stock_not_ours_late_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_not_ours_late_choice'), _block_vars=_block_vars)))
    yield ' Si prefereix no esperar, li retorno ara mateix l’import íntegre.\n'

def block_damaged_item_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'damaged_item_ours_restock_choice'), _block_vars=_block_vars)))
    yield ' Si prefereix no esperar, li retorno ara mateix l’import íntegre.\n'

def block_product_defect_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'product_defect_ours_restock_choice'), _block_vars=_block_vars)))
    yield ' Si prefereix no esperar, li retorno ara mateix l’import íntegre.\n'

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
        t_7 = environment.filters['in_speech']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'in_speech' found.")
    pass
    yield 'Les nostres condicions diuen que '
    yield str(t_7((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield ', i és el que es va aplicar a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la seva compra'
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
        t_7 = environment.filters['in_speech']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'in_speech' found.")
    pass
    yield 'Les nostres condicions diuen que '
    yield str(t_7((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '. Estic comprovant com s’aplica això a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la seva compra'
    yield '.\n'

blocks = {'shipping_delay_ours': block_shipping_delay_ours, 'shipping_delay_ours_choice': block_shipping_delay_ours_choice, 'shipping_delay_not_ours': block_shipping_delay_not_ours, 'shipping_delay_not_ours_pickup': block_shipping_delay_not_ours_pickup, 'shipping_delay_not_ours_pickup_there': block_shipping_delay_not_ours_pickup_there, 'shipping_delay_ours_pickup': block_shipping_delay_ours_pickup, 'shipping_delay_unclear_pickup': block_shipping_delay_unclear_pickup, 'shipping_delay_not_ours_pickup_expired': block_shipping_delay_not_ours_pickup_expired, 'shipping_delay_ours_pickup_expired': block_shipping_delay_ours_pickup_expired, 'shipping_delay_unclear_pickup_expired': block_shipping_delay_unclear_pickup_expired, 'shipping_delay_unclear': block_shipping_delay_unclear, 'damaged_item_ours': block_damaged_item_ours, 'damaged_item_ours_choice': block_damaged_item_ours_choice, 'damaged_item_not_ours': block_damaged_item_not_ours, 'damaged_item_unclear': block_damaged_item_unclear, 'damaged_item_not_ours_spoken': block_damaged_item_not_ours_spoken, 'damaged_item_unclear_spoken': block_damaged_item_unclear_spoken, 'out_of_stock_ours': block_out_of_stock_ours, 'out_of_stock_ours_choice': block_out_of_stock_ours_choice, 'out_of_stock_ours_restock': block_out_of_stock_ours_restock, 'out_of_stock_ours_restock_choice': block_out_of_stock_ours_restock_choice, 'out_of_stock_not_ours': block_out_of_stock_not_ours, 'out_of_stock_not_ours_choice': block_out_of_stock_not_ours_choice, 'out_of_stock_not_ours_restock': block_out_of_stock_not_ours_restock, 'out_of_stock_not_ours_restock_choice': block_out_of_stock_not_ours_restock_choice, 'out_of_stock_unclear': block_out_of_stock_unclear, 'out_of_stock_unclear_choice': block_out_of_stock_unclear_choice, 'out_of_stock_unclear_restock': block_out_of_stock_unclear_restock, 'out_of_stock_unclear_restock_choice': block_out_of_stock_unclear_restock_choice, 'policy_misreading_ours': block_policy_misreading_ours, 'policy_misreading_ours_choice': block_policy_misreading_ours_choice, 'policy_misreading_not_ours': block_policy_misreading_not_ours, 'policy_misreading_not_ours_quote': block_policy_misreading_not_ours_quote, 'policy_misreading_unclear': block_policy_misreading_unclear, 'policy_misreading_unclear_quote': block_policy_misreading_unclear_quote, 'product_defect_ours': block_product_defect_ours, 'product_defect_ours_choice': block_product_defect_ours_choice, 'product_defect_not_ours': block_product_defect_not_ours, 'product_defect_unclear': block_product_defect_unclear, 'billing_ours': block_billing_ours, 'billing_ours_amount': block_billing_ours_amount, 'billing_ours_overcharge': block_billing_ours_overcharge, 'billing_not_ours': block_billing_not_ours, 'billing_not_ours_amount': block_billing_not_ours_amount, 'billing_unclear': block_billing_unclear, 'billing_unclear_amount': block_billing_unclear_amount, 'other_ours': block_other_ours, 'other_not_ours': block_other_not_ours, 'other_unclear': block_other_unclear, 'other_unclear_closed': block_other_unclear_closed, 'out_of_stock_ours_late': block_out_of_stock_ours_late, 'out_of_stock_ours_late_choice': block_out_of_stock_ours_late_choice, 'out_of_stock_not_ours_late': block_out_of_stock_not_ours_late, 'out_of_stock_not_ours_late_choice': block_out_of_stock_not_ours_late_choice, 'out_of_stock_unclear_late': block_out_of_stock_unclear_late, 'out_of_stock_unclear_late_choice': block_out_of_stock_unclear_late_choice, 'billing_not_ours_explained': block_billing_not_ours_explained, 'billing_not_ours_amount_explained': block_billing_not_ours_amount_explained, 'damaged_item_ours_restock': block_damaged_item_ours_restock, 'damaged_item_ours_restock_choice': block_damaged_item_ours_restock_choice, 'product_defect_ours_restock': block_product_defect_ours_restock, 'product_defect_ours_restock_choice': block_product_defect_ours_restock_choice, 'shipping_delay_ours_closed': block_shipping_delay_ours_closed, 'shipping_delay_not_ours_closed': block_shipping_delay_not_ours_closed, 'shipping_delay_unclear_closed': block_shipping_delay_unclear_closed, 'damaged_item_unclear_closed': block_damaged_item_unclear_closed, 'out_of_stock_ours_closed': block_out_of_stock_ours_closed, 'out_of_stock_ours_choice_closed': block_out_of_stock_ours_choice_closed, 'out_of_stock_not_ours_closed': block_out_of_stock_not_ours_closed, 'out_of_stock_not_ours_choice_closed': block_out_of_stock_not_ours_choice_closed, 'out_of_stock_unclear_closed': block_out_of_stock_unclear_closed, 'out_of_stock_unclear_choice_closed': block_out_of_stock_unclear_choice_closed, 'out_of_stock_unclear_restock_closed': block_out_of_stock_unclear_restock_closed, 'out_of_stock_ours_late_closed': block_out_of_stock_ours_late_closed, 'out_of_stock_ours_late_choice_closed': block_out_of_stock_ours_late_choice_closed, 'out_of_stock_not_ours_late_closed': block_out_of_stock_not_ours_late_closed, 'out_of_stock_not_ours_late_choice_closed': block_out_of_stock_not_ours_late_choice_closed, 'out_of_stock_unclear_late_closed': block_out_of_stock_unclear_late_closed, 'policy_misreading_unclear_closed': block_policy_misreading_unclear_closed, 'policy_misreading_unclear_quote_closed': block_policy_misreading_unclear_quote_closed, 'product_defect_unclear_closed': block_product_defect_unclear_closed, 'billing_unclear_closed': block_billing_unclear_closed, 'billing_unclear_amount_closed': block_billing_unclear_amount_closed, 'product_defect_not_ours_withdrawal': block_product_defect_not_ours_withdrawal, 'other_not_ours_explained': block_other_not_ours_explained, 'shipping_delay_ours_pickup_spoken': block_shipping_delay_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_spoken': block_shipping_delay_not_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_there_spoken': block_shipping_delay_not_ours_pickup_there_spoken, 'shipping_delay_unclear_pickup_spoken': block_shipping_delay_unclear_pickup_spoken, 'other_ours_spoken': block_other_ours_spoken, 'other_ours_explained': block_other_ours_explained, 'other_ours_explained_spoken': block_other_ours_explained_spoken, 'shipping_delay_ours_returned': block_shipping_delay_ours_returned, 'shipping_delay_ours_returned_spoken': block_shipping_delay_ours_returned_spoken, 'shipping_delay_not_ours_returned': block_shipping_delay_not_ours_returned, 'shipping_delay_not_ours_returned_spoken': block_shipping_delay_not_ours_returned_spoken, 'billing_ours_spoken': block_billing_ours_spoken, 'billing_ours_amount_spoken': block_billing_ours_amount_spoken, 'billing_ours_overcharge_spoken': block_billing_ours_overcharge_spoken, 'billing_not_ours_spoken': block_billing_not_ours_spoken, 'billing_not_ours_amount_spoken': block_billing_not_ours_amount_spoken, 'billing_not_ours_explained_spoken': block_billing_not_ours_explained_spoken, 'billing_not_ours_amount_explained_spoken': block_billing_not_ours_amount_explained_spoken, 'billing_unclear_spoken': block_billing_unclear_spoken, 'billing_unclear_amount_spoken': block_billing_unclear_amount_spoken, 'damaged_item_not_ours_explained': block_damaged_item_not_ours_explained, 'damaged_item_not_ours_explained_spoken': block_damaged_item_not_ours_explained_spoken, 'product_defect_not_ours_explained': block_product_defect_not_ours_explained, 'product_defect_not_ours_withdrawal_explained': block_product_defect_not_ours_withdrawal_explained, 'other_not_ours_again': block_other_not_ours_again, 'shipping_delay_ours_held': block_shipping_delay_ours_held, 'shipping_delay_ours_held_spoken': block_shipping_delay_ours_held_spoken, 'shipping_delay_ours_address': block_shipping_delay_ours_address, 'shipping_delay_ours_address_spoken': block_shipping_delay_ours_address_spoken, 'shipping_delay_not_ours_address': block_shipping_delay_not_ours_address, 'shipping_delay_not_ours_address_spoken': block_shipping_delay_not_ours_address_spoken, 'shipping_delay_not_ours_incomplete': block_shipping_delay_not_ours_incomplete, 'shipping_delay_not_ours_incomplete_spoken': block_shipping_delay_not_ours_incomplete_spoken, 'shipping_delay_not_ours_attempted': block_shipping_delay_not_ours_attempted, 'shipping_delay_unclear_attempted': block_shipping_delay_unclear_attempted, 'billing_ours_double': block_billing_ours_double, 'billing_ours_double_spoken': block_billing_ours_double_spoken, 'billing_not_ours_ask': block_billing_not_ours_ask, 'billing_not_ours_ask_spoken': block_billing_not_ours_ask_spoken, 'product_defect_unclear_ask': block_product_defect_unclear_ask, 'out_of_stock_ours_spoken': block_out_of_stock_ours_spoken, 'out_of_stock_ours_restock_spoken': block_out_of_stock_ours_restock_spoken, 'out_of_stock_not_ours_spoken': block_out_of_stock_not_ours_spoken, 'out_of_stock_not_ours_restock_spoken': block_out_of_stock_not_ours_restock_spoken, 'out_of_stock_ours_late_spoken': block_out_of_stock_ours_late_spoken, 'out_of_stock_not_ours_late_spoken': block_out_of_stock_not_ours_late_spoken, 'damaged_item_ours_restock_spoken': block_damaged_item_ours_restock_spoken, 'product_defect_ours_restock_spoken': block_product_defect_ours_restock_spoken, 'policy_misreading_not_ours_quote_spoken': block_policy_misreading_not_ours_quote_spoken, 'policy_misreading_unclear_quote_spoken': block_policy_misreading_unclear_quote_spoken}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&49=26&52=27&55=28&58=29&61=30&64=31&67=32&70=33&73=34&76=35&79=36&82=37&85=38&88=39&91=40&94=41&97=42&100=43&103=44&106=45&109=46&112=47&115=48&118=49&121=50&124=51&127=52&130=53&133=54&136=55&139=56&142=57&145=58&148=59&151=60&154=61&157=62&160=63&163=64&166=65&169=66&172=67&175=68&178=69&181=70&184=71&187=72&192=74&195=75&198=76&201=77&204=78&207=79&210=80&213=81&216=82&219=83&222=84&225=85&228=86&231=87&234=88&237=89&240=90&243=91&246=92&249=93&252=94&255=95&258=96&261=97&264=98&267=99&270=100&273=101&277=102&280=103&284=104&287=105&290=106&293=107&298=108&301=109&304=110&307=111&310=112&313=113&316=114&319=115&322=116&325=117&328=118&331=119&334=120&337=121&340=122&343=123&346=124&349=125&353=126&356=127&360=128&363=129&367=130&370=131&374=132&377=133&381=134&384=135&388=136&391=137&394=138&397=139&400=140&403=141&406=142&409=143&412=144&415=145&418=146&3=148&4=158&6=164&9=174&10=184&12=190&13=221&15=236&16=253&18=261&19=292&21=307&22=338&24=353&25=376&27=384&28=407&30=415&31=438&33=446&34=456&36=462&37=479&39=502&42=512&45=522&46=532&49=538&52=548&55=558&56=574&58=577&59=593&61=596&62=619&64=631&65=654&67=666&68=682&70=685&71=701&73=704&74=727&76=739&77=762&79=774&80=790&82=793&85=803&86=826&88=838&89=861&91=873&92=883&94=892&95=902&97=911&98=921&100=930&101=947&103=958&104=968&106=977&107=994&109=1005&110=1022&112=1046&115=1056&116=1072&118=1075&119=1098&121=1117&122=1127&124=1133&125=1144&127=1151&128=1163&130=1179&131=1189&133=1195&134=1206&136=1213&137=1223&139=1229&140=1240&142=1247&143=1257&145=1263&146=1273&148=1282&149=1291&151=1300&152=1311&154=1322&155=1345&157=1350&158=1373&160=1378&161=1401&163=1406&164=1429&166=1434&167=1457&169=1462&170=1485&172=1490&173=1500&175=1506&176=1517&178=1524&179=1547&181=1552&182=1575&184=1580&185=1603&187=1608&188=1631&192=1636&193=1652&195=1660&196=1676&198=1684&199=1700&201=1708&202=1724&204=1732&205=1754&207=1759&208=1781&210=1786&211=1808&213=1813&214=1835&216=1840&217=1862&219=1867&220=1882&222=1885&223=1915&225=1922&226=1952&228=1959&229=1989&231=1996&232=2026&234=2033&235=2063&237=2070&238=2100&240=2107&241=2123&243=2134&244=2158&246=2171&247=2200&249=2221&250=2237&252=2245&253=2262&255=2271&256=2294&258=2305&261=2315&262=2346&264=2361&265=2392&267=2407&268=2424&270=2432&271=2463&273=2478&274=2488&277=2494&280=2504&284=2514&285=2524&287=2527&288=2537&290=2540&291=2550&293=2556&295=2566&298=2569&299=2579&301=2585&302=2596&304=2603&305=2615&307=2631&308=2641&310=2647&311=2658&313=2665&314=2675&316=2681&317=2692&319=2699&320=2709&322=2715&323=2726&325=2733&328=2743&331=2753&332=2769&334=2772&335=2795&337=2806&338=2816&340=2822&341=2832&343=2835&344=2845&346=2848&347=2858&349=2861&351=2871&353=2874&354=2884&356=2890&358=2900&360=2903&361=2913&363=2919&365=2929&367=2932&368=2942&370=2945&371=2955&374=2958&375=2968&377=2977&378=2987&381=2996&384=3006&388=3016&391=3026&392=3041&394=3044&395=3059&397=3062&398=3077&400=3080&401=3095&403=3098&404=3113&406=3116&407=3131&409=3134&410=3149&412=3152&413=3167&415=3170&416=3187&418=3198&419=3215'
