# Generated from es/moves/resolve.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '04671927-37410'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/resolve.j2'

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
    yield from context.blocks['billing_ours_overcharge'][0](context)
    yield from context.blocks['billing_not_ours'][0](context)
    yield from context.blocks['billing_not_ours_amount'][0](context)
    yield from context.blocks['billing_unclear'][0](context)
    yield from context.blocks['billing_unclear_amount'][0](context)
    yield from context.blocks['other_ours'][0](context)
    yield from context.blocks['other_not_ours'][0](context)
    yield from context.blocks['other_unclear'][0](context)
    yield from context.blocks['other_unclear_closed'][0](context)
    yield from context.blocks['billing_ours_amount'][0](context)
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
    yield 'Nos ocupamos nosotros de reclamar el envío'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' a la empresa de transporte; usted no tiene que hacer nada.\n'

def block_shipping_delay_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Lo solucionaremos sin ningún coste para usted.\n'

def block_shipping_delay_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Seguiremos el envío'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' con la empresa de transporte para que le llegue cuanto antes.\n'

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
    pass
    yield 'El paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' le espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' hasta el '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' en '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punto de recogida donde lo dejó la empresa de transporte'))
    yield ': puede recogerlo allí '
    yield str(('con el código que le envió la empresa de transporte por SMS o por correo electrónico' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'con su documento de identidad y el aviso o el número de seguimiento'))
    yield '. Si no le es posible pasar a recogerlo, díganoslo y pediremos a la empresa de transporte que se lo lleve a su domicilio.\n'

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
    yield 'En el aviso de la empresa de transporte y en el seguimiento verá dónde le espera. Puede recogerlo'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' hasta el '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(('con el código que le envió la empresa de transporte por SMS o por correo electrónico' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'con su documento de identidad y el aviso o el número de seguimiento'))
    yield '. Si no le es posible ir, díganoslo y pediremos a la empresa de transporte que se lo lleve a su domicilio.\n'

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
    pass
    yield 'El paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' le espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' hasta el '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' en '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punto de recogida donde lo dejó la empresa de transporte'))
    yield ': puede recogerlo allí '
    yield str(('con el código que le envió la empresa de transporte por SMS o por correo electrónico' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'con su documento de identidad y el aviso o el número de seguimiento'))
    yield '. Si no le es posible pasar a recogerlo, díganoslo y pediremos que se lo lleven a su domicilio, sin ningún coste para usted.\n'

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
    pass
    yield 'El paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' le espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' hasta el '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' en '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punto de recogida donde lo dejó la empresa de transporte'))
    yield ': puede recogerlo allí '
    yield str(('con el código que le envió la empresa de transporte por SMS o por correo electrónico' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'con su documento de identidad y el aviso o el número de seguimiento'))
    yield '. Si no le es posible pasar a recogerlo, díganoslo y pediremos a la empresa de transporte que se lo lleve a su domicilio.\n'

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
    yield 'La empresa de transporte dejó el paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' en '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'un punto de recogida'))
    yield ' y el plazo para recogerlo ya ha terminado, así que estamos preguntando si sigue allí o si nos lo están devolviendo.\n'

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
    yield 'La empresa de transporte dejó el paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' en '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'un punto de recogida'))
    yield ' y el plazo para recogerlo ya ha terminado, así que estamos preguntando si sigue allí o si nos lo están devolviendo. En cualquier caso, se lo haremos llegar sin ningún coste para usted.\n'

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
    yield 'La empresa de transporte dejó el paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' en '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'un punto de recogida'))
    yield ' y el plazo para recogerlo ya ha terminado, así que estamos preguntando si sigue allí o si nos lo están devolviendo.\n'

def block_shipping_delay_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Estamos preguntando a la empresa de transporte dónde está el paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    if ((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'private')):
        pass
        yield 'Le cambiamos '
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' del pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' por '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas'))
    elif (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield 'Le enviamos '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas'))
    else:
        pass
        yield 'Le volvemos a enviar el pedido'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', sin ningún coste para usted.\n'

def block_damaged_item_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'La solución no le costará nada.\n'

def block_damaged_item_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Para poder revisarlo, ¿nos podría enviar unas fotos de los daños y del embalaje?\n'

def block_damaged_item_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Estamos revisando cómo se hicieron el embalaje y el transporte'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Si puede, envíenos unas fotos de los daños y del embalaje.\n'

def block_damaged_item_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Para revisarlo necesitamos unas fotos de los daños y del embalaje. Le escribo por correo electrónico en cuanto colguemos y solo tiene que contestar con las fotos.\n'

def block_damaged_item_unclear_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Estamos revisando con el almacén y con la empresa de transporte dónde se produjeron los daños, y unas fotos de los daños y del embalaje nos ayudarían. Le escribo por correo electrónico en cuanto colguemos y solo tiene que contestar con las fotos.\n'

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
    yield 'Estamos confirmando con nuestro proveedor cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    yield '. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
    yield 'Estamos confirmando con nuestro proveedor cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    else:
        pass
        yield 'volveremos a tener existencias'
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    else:
        pass
        yield 'volveremos a tener existencias'
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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Estamos confirmando con el proveedor cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    yield '. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
    yield 'Estamos confirmando con el proveedor cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    else:
        pass
        yield 'volveremos a tener existencias'
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    else:
        pass
        yield 'volveremos a tener existencias'
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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Estamos comprobando con el almacén y con el proveedor qué ha pasado con las existencias y cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    yield '.\n'

def block_out_of_stock_unclear_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Estamos comprobando con el almacén y con el proveedor qué ha pasado con las existencias.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    else:
        pass
        yield 'volveremos a tener existencias'
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '; mientras tanto, comprobamos por qué se agotaron.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        yield ' '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    else:
        pass
        yield 'volveremos a tener existencias'
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
    yield 'Le respetamos las condiciones que se mostraban cuando hizo '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su pedido'
    yield ': si quiere hacer la devolución, se la aceptamos y le reembolsamos el importe íntegro.\n'

def block_policy_misreading_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Le respetamos las condiciones que se mostraban cuando hizo '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su pedido'
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
    yield 'Hemos repasado las condiciones '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'de su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'de su compra'
    yield ' y son las que figuran en nuestra web.\n'

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
    yield 'En nuestras condiciones de compra se indica: «'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '». Es lo que se ha aplicado a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
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
    yield 'Estamos comprobando qué condiciones se aplican a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
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
    yield 'Nuestras condiciones dicen: «'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '». Estamos comprobando cómo se aplican a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    if ((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'private')):
        pass
        yield 'Le cambiamos '
        yield str((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' del pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' por '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas'))
    elif (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield 'Le enviamos '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas'))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Le cambiamos el artículo del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' por uno nuevo'
    else:
        pass
        yield 'Se lo cambiamos por uno nuevo'
    yield ', sin ningún coste para usted.\n'

def block_product_defect_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'La solución no le costará nada.\n'

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
    yield 'Por lo que nos ha contado, no se trata de un defecto de fabricación, así que la garantía no lo cubre. Aun así, podemos reparar'
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' con un presupuesto previo, sin compromiso.\n'

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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_4 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Estamos revisando '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield 'qué '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'le', 'les'))
        yield ' pasa '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'a'))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' del pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'qué ha fallado'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' en el pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y si se trata de un defecto de fabricación.\n'

def block_billing_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Le devolvemos lo que le cobramos de más'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' en el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y le enviamos la factura corregida.\n'

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
    yield 'Le cobramos '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' de más'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' en el cargo de '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' del pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' en el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ': se los devolvemos y le enviamos la factura corregida.\n'

def block_billing_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Hemos comprobado el cobro'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y es correcto. Si ve otro importe que no reconoce, lo más probable es que sea una retención temporal (una preautorización) en su tarjeta, no un cargo. Se libera automáticamente, normalmente en unos días hábiles, aunque el plazo exacto depende de su banco.\n'

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
    yield 'Hemos comprobado el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y corresponde a su compra. Si ve otro importe que no reconoce, lo más probable es que sea una retención temporal (una preautorización) en su tarjeta, no un cargo. Se libera automáticamente, normalmente en unos días hábiles, aunque el plazo exacto depende de su banco.\n'

def block_billing_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Estamos revisando el cargo'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' con nuestro departamento de facturación.\n'

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
    yield 'Estamos revisando el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' con nuestro departamento de facturación.\n'

def block_other_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Nos podría contar exactamente qué ha fallado'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' con el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '? En cuanto lo sepamos, lo solucionaremos.\n'

def block_other_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Para poder revisarlo, ¿nos podría explicar con un poco más de detalle qué necesita'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' sobre el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield ' e indicarnos el número de pedido'
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
        yield 'Ya estamos revisando su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'Ya estamos revisando lo que nos cuenta'
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
    yield 'Revisaremos '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'lo que nos cuenta'
    yield ' '
    yield str((undefined(name='resume') if l_0_resume is missing else l_0_resume))
    yield '.\n'

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
    yield 'Le devolveremos lo que le cobramos de más en el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y le enviaremos la factura corregida.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Esperábamos que '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volviera a estar disponible', 'volvieran a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado y estamos pidiendo al proveedor una nueva fecha. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Esperábamos que '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volviera a estar disponible', 'volvieran a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado y estamos pidiendo al proveedor una nueva fecha.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volvería a estar disponible', 'volverían a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado y estamos pidiéndole al proveedor una fecha nueva. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volvería a estar disponible', 'volverían a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado y estamos pidiéndole al proveedor una fecha nueva.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volvería a estar disponible', 'volverían a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado; estamos comprobando con el almacén y el proveedor qué ha pasado.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volvería a estar disponible', 'volverían a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado.\n'

def block_billing_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Hemos revisado el cobro'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
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
    yield 'Hemos revisado el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Ahora mismo no tenemos existencias de este artículo, pero el proveedor nos las repondrá a tiempo para enviarle '
    yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
    yield ', sin ningún coste para usted, el '
    yield str(t_2(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield '. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Ahora mismo no tenemos existencias de este artículo, así que no podríamos enviarle '
    yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
    yield ' hasta el '
    yield str(t_2(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield ', cuando el proveedor nos las reponga.\n'

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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Ahora mismo no tenemos existencias de este artículo, pero el proveedor nos las repondrá a tiempo para enviarle '
    yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
    yield ', sin ningún coste para usted, el '
    yield str(t_2(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield '. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
        t_3 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Ahora mismo no tenemos existencias de este artículo, así que no podríamos enviarle '
    yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
    yield ' hasta el '
    yield str(t_2(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield ', cuando el proveedor nos las reponga.\n'

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
    yield ' reclamaremos nosotros el envío'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' a la empresa de transporte; usted no tiene que hacer nada.\n'

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
    yield ' haremos el seguimiento del envío'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' con la empresa de transporte para que le llegue cuanto antes.\n'

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
    yield ' preguntaremos a la empresa de transporte dónde está el paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
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
    yield ' revisaremos cómo se hicieron el embalaje y el transporte'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Si puede, envíenos unas fotos de los daños y del embalaje.\n'

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
    yield ' consultaremos con nuestro proveedor cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    yield '. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
    yield ' consultaremos con nuestro proveedor cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
    yield ' consultaremos con el proveedor cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    yield '. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
    yield ' consultaremos con el proveedor cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
    yield ' comprobaremos con el almacén y con el proveedor qué ha pasado con las existencias y cuándo '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
    yield ' comprobaremos con el almacén y con el proveedor qué ha pasado con las existencias.\n'

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
    yield 'Según el proveedor, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' comprobaremos qué ha pasado con las existencias.\n'

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
    yield 'Esperábamos que '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volviera a estar disponible', 'volvieran a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' pediremos al proveedor una nueva fecha. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
    yield 'Esperábamos que '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volviera a estar disponible', 'volvieran a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' pediremos al proveedor una nueva fecha.\n'

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
    yield 'Según el proveedor, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volvería a estar disponible', 'volverían a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' pediremos al proveedor una nueva fecha. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
    yield 'Según el proveedor, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volvería a estar disponible', 'volverían a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' pediremos al proveedor una nueva fecha.\n'

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
    yield 'Según el proveedor, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volvería a estar disponible', 'volverían a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' comprobaremos con el almacén y el proveedor qué ha pasado.\n'

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
    yield ' comprobaremos qué condiciones se aplican a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
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
    yield 'Nuestras condiciones dicen: «'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '». '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' comprobaremos cómo se aplican a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
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
        t_4 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' revisaremos '
    if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact):
        pass
        yield 'qué '
        yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'le', 'les'))
        yield ' pasa '
        yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'a'))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' del pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'qué ha fallado'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' en el pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y si se trata de un defecto de fabricación.\n'

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
    yield ' revisaremos el cargo'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' con nuestro departamento de facturación.\n'

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
    yield ' revisaremos el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' con nuestro departamento de facturación.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Por lo que nos ha contado, no se trata de un defecto de fabricación, así que la garantía no lo cubre. Pero como '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' recibió hace menos de 14 días, todavía puede desistir de la compra: basta con que nos lo diga hasta el '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ' y nos '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' devuelva en los 14 días siguientes; le reembolsaremos el importe íntegro. Si prefiere quedárse'
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ', podemos reparar'
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' con un presupuesto previo, sin compromiso.\n'

def block_other_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Esperamos que con esto quede aclarado.\n'

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
    pass
    yield 'El paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' le espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' hasta el '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' en '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punto de recogida donde lo dejó la empresa de transporte'))
    yield ': puede recogerlo allí '
    yield str(('con el código que le envió la empresa de transporte por SMS o por correo electrónico' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'con su documento de identidad y el aviso o el número de seguimiento'))
    yield '. Si no le es posible pasar a recogerlo, dígamelo y pido que se lo lleven a su domicilio, sin ningún coste para usted.\n'

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
    pass
    yield 'El paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' le espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' hasta el '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' en '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punto de recogida donde lo dejó la empresa de transporte'))
    yield ': puede recogerlo allí '
    yield str(('con el código que le envió la empresa de transporte por SMS o por correo electrónico' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'con su documento de identidad y el aviso o el número de seguimiento'))
    yield '. Si no le es posible pasar a recogerlo, dígamelo y pido a la empresa de transporte que se lo lleve a su domicilio.\n'

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
    yield 'En el aviso de la empresa de transporte y en el seguimiento verá dónde le espera. Puede recogerlo'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' hasta el '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' '
    yield str(('con el código que le envió la empresa de transporte por SMS o por correo electrónico' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'con su documento de identidad y el aviso o el número de seguimiento'))
    yield '. Si no le es posible ir, dígamelo y pido a la empresa de transporte que se lo lleve a su domicilio.\n'

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
    pass
    yield 'El paquete'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' le espera'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' hasta el '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' en '
    yield str((t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'el punto de recogida donde lo dejó la empresa de transporte'))
    yield ': puede recogerlo allí '
    yield str(('con el código que le envió la empresa de transporte por SMS o por correo electrónico' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'con su documento de identidad y el aviso o el número de seguimiento'))
    yield '. Si no le es posible pasar a recogerlo, dígamelo y pido a la empresa de transporte que se lo lleve a su domicilio.\n'

def block_other_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Me cuenta exactamente qué ha fallado'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' con el pedido '
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
    yield 'Lo solucionaremos sin ningún coste para usted.\n'

def block_other_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Se lo soluciono sin ningún coste para usted.\n'

def block_shipping_delay_ours_returned(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Le volveremos a enviar '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ' sin ningún coste para usted y le mandaremos por correo electrónico el nuevo número de seguimiento.\n'

def block_shipping_delay_ours_returned_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Le vuelvo a enviar '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ' sin ningún coste para usted y le mando por correo electrónico el nuevo número de seguimiento.\n'

def block_shipping_delay_not_ours_returned(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Nos podría confirmar su dirección de entrega completa'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' para el pedido '
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
    yield '¿Me confirma su dirección de entrega completa?\n[Escuchar.] Gracias. Le vuelvo a enviar '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ' a esa dirección.\n'

def block_billing_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Le devuelvo lo que le cobramos de más'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' en el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y le envío la factura corregida.\n'

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
    yield 'Le devolveré lo que le cobramos de más en el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y le enviaré la factura corregida.\n'

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
    yield 'Le cobramos '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' de más'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' en el cargo de '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' del pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' en el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ': se los devuelvo y le envío la factura corregida.\n'

def block_billing_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'He comprobado el cobro'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y es correcto. Si ve otro importe que no reconoce, lo más probable es que sea una retención temporal (una preautorización) en su tarjeta, no un cargo. Se libera automáticamente, normalmente en unos días hábiles, aunque el plazo exacto depende de su banco.\n'

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
    yield 'He comprobado el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y corresponde a su compra. Si ve otro importe que no reconoce, lo más probable es que sea una retención temporal (una preautorización) en su tarjeta, no un cargo. Se libera automáticamente, normalmente en unos días hábiles, aunque el plazo exacto depende de su banco.\n'

def block_billing_not_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'He revisado el cobro'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
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
    yield 'He revisado el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
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
    yield 'Estoy revisando el cargo'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' con nuestro departamento de facturación.\n'

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
    yield 'Estoy revisando el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' con nuestro departamento de facturación.\n'

def block_damaged_item_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si usted lo ve de otra manera, envíenos unas fotos de los daños y del embalaje y lo volveremos a revisar.\n'

def block_damaged_item_not_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si lo ve de otra manera, le escribo por correo electrónico en cuanto colguemos y puede contestar con unas fotos de los daños y del embalaje para que lo volvamos a revisar.\n'

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
    yield 'Por tanto, no se trata de un defecto de fabricación y la garantía no lo cubre. Aun así, podemos reparar'
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' con un presupuesto previo, sin compromiso.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Por tanto, no se trata de un defecto de fabricación y la garantía no lo cubre. Pero como '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' recibió hace menos de 14 días, todavía puede desistir de la compra: basta con que nos lo diga hasta el '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ' y nos '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' devuelva en los 14 días siguientes; le reembolsaremos el importe íntegro. Si prefiere quedárse'
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ', podemos reparar'
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' con un presupuesto previo, sin compromiso.\n'

def block_other_not_ours_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Para poder resolverlo esta vez, ¿nos cuenta qué queda pendiente'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' con el pedido '
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
    yield 'Volveremos a etiquetar '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ' y lo enviaremos nosotros mismos, sin ningún coste para usted; en cuanto salga de nuestro almacén, le mandaremos por correo electrónico el número de seguimiento.\n'

def block_shipping_delay_ours_held_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Ahora mismo pido que vuelvan a etiquetar '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ' y que lo envíen sin ningún coste para usted; en cuanto salga del almacén, le mando por correo electrónico el número de seguimiento.\n'

def block_shipping_delay_ours_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Nos podría confirmar la dirección a la que quiere que se lo llevemos? Pediremos a la empresa de transporte que desvíe '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ' a esa dirección, sin ningún coste para usted.\n'

def block_shipping_delay_ours_address_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Me confirma la dirección a la que quiere que se lo llevemos?\n[Escuchar.] Gracias. Pido a la empresa de transporte que desvíe '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ' a esa dirección, sin ningún coste para usted.\n'

def block_shipping_delay_not_ours_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Nos podría confirmar la dirección de entrega correcta'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' para el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '? Pediremos a la empresa de transporte que lleve allí el paquete.\n'

def block_shipping_delay_not_ours_address_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Me confirma la dirección de entrega correcta?\n[Escuchar.] Gracias. Pido a la empresa de transporte que lleve '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ' a esa dirección.\n'

def block_shipping_delay_not_ours_incomplete(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Nos podría enviar su dirección de entrega completa'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' para el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', con el piso y la puerta? Se la pasaremos a la empresa de transporte para que le entregue el paquete.\n'

def block_shipping_delay_not_ours_incomplete_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Me da su dirección de entrega completa, con el piso y la puerta?\n[Escuchar.] Gracias. Se la paso a la empresa de transporte para que le entregue '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
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
    yield 'El transportista intentó entregarle '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ', pero no pudo. Puede concertar una nueva entrega con él con el número de seguimiento o el aviso que le dejó, o bien decírnoslo y le pediremos que lo intente de nuevo.\n'

def block_shipping_delay_unclear_attempted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'El transportista intentó entregarle '
    yield str((str_join(('el paquete del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su paquete'))
    yield ', pero no pudo; le preguntaremos qué ha pasado y le pediremos un nuevo intento. Si le resulta más cómodo, también puede concertar la entrega con él con el número de seguimiento.\n'

def block_billing_ours_double(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Le cobramos dos veces '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
    yield ': le devolvemos íntegramente el cargo duplicado. La factura es correcta tal como está.\n'

def block_billing_ours_double_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Le cobramos dos veces '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
    yield ': le devuelvo íntegramente el cargo duplicado. La factura es correcta tal como está.\n'

def block_billing_not_ours_ask(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Para poder comprobarlo, ¿nos indica el número de pedido y la fecha y el importe del cargo que ve?\n'

def block_billing_not_ours_ask_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Para poder comprobarlo, ¿me indica el número de pedido y la fecha y el importe del cargo que ve?\n'

def block_product_defect_unclear_ask(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Para poder revisarlo, ¿nos envía el número de pedido, una breve descripción del fallo y unas fotos o un vídeo corto?\n'

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
    yield ' Si prefiere no esperar, le devuelvo ahora mismo el importe íntegro.\n'

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
    yield ' Si prefiere no esperar, le devuelvo ahora mismo el importe íntegro.\n'

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
    yield ' Si prefiere no esperar, le devuelvo ahora mismo el importe íntegro.\n'

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
    yield ' Si prefiere no esperar, le devuelvo ahora mismo el importe íntegro.\n'

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
    yield ' Si prefiere no esperar, le devuelvo ahora mismo el importe íntegro.\n'

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
    yield ' Si prefiere no esperar, le devuelvo ahora mismo el importe íntegro.\n'

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
    yield ' Si prefiere no esperar, le devuelvo ahora mismo el importe íntegro.\n'

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
    yield ' Si prefiere no esperar, le devuelvo ahora mismo el importe íntegro.\n'

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
    yield 'Nuestras condiciones dicen que '
    yield str(t_7((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield ', y es lo que se aplicó a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
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
    yield 'Nuestras condiciones dicen que '
    yield str(t_7((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '. Estoy comprobando cómo se aplica eso a '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'su pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
    yield '.\n'

blocks = {'shipping_delay_ours': block_shipping_delay_ours, 'shipping_delay_ours_choice': block_shipping_delay_ours_choice, 'shipping_delay_not_ours': block_shipping_delay_not_ours, 'shipping_delay_not_ours_pickup': block_shipping_delay_not_ours_pickup, 'shipping_delay_not_ours_pickup_there': block_shipping_delay_not_ours_pickup_there, 'shipping_delay_ours_pickup': block_shipping_delay_ours_pickup, 'shipping_delay_unclear_pickup': block_shipping_delay_unclear_pickup, 'shipping_delay_not_ours_pickup_expired': block_shipping_delay_not_ours_pickup_expired, 'shipping_delay_ours_pickup_expired': block_shipping_delay_ours_pickup_expired, 'shipping_delay_unclear_pickup_expired': block_shipping_delay_unclear_pickup_expired, 'shipping_delay_unclear': block_shipping_delay_unclear, 'damaged_item_ours': block_damaged_item_ours, 'damaged_item_ours_choice': block_damaged_item_ours_choice, 'damaged_item_not_ours': block_damaged_item_not_ours, 'damaged_item_unclear': block_damaged_item_unclear, 'damaged_item_not_ours_spoken': block_damaged_item_not_ours_spoken, 'damaged_item_unclear_spoken': block_damaged_item_unclear_spoken, 'out_of_stock_ours': block_out_of_stock_ours, 'out_of_stock_ours_choice': block_out_of_stock_ours_choice, 'out_of_stock_ours_restock': block_out_of_stock_ours_restock, 'out_of_stock_ours_restock_choice': block_out_of_stock_ours_restock_choice, 'out_of_stock_not_ours': block_out_of_stock_not_ours, 'out_of_stock_not_ours_choice': block_out_of_stock_not_ours_choice, 'out_of_stock_not_ours_restock': block_out_of_stock_not_ours_restock, 'out_of_stock_not_ours_restock_choice': block_out_of_stock_not_ours_restock_choice, 'out_of_stock_unclear': block_out_of_stock_unclear, 'out_of_stock_unclear_choice': block_out_of_stock_unclear_choice, 'out_of_stock_unclear_restock': block_out_of_stock_unclear_restock, 'out_of_stock_unclear_restock_choice': block_out_of_stock_unclear_restock_choice, 'policy_misreading_ours': block_policy_misreading_ours, 'policy_misreading_ours_choice': block_policy_misreading_ours_choice, 'policy_misreading_not_ours': block_policy_misreading_not_ours, 'policy_misreading_not_ours_quote': block_policy_misreading_not_ours_quote, 'policy_misreading_unclear': block_policy_misreading_unclear, 'policy_misreading_unclear_quote': block_policy_misreading_unclear_quote, 'product_defect_ours': block_product_defect_ours, 'product_defect_ours_choice': block_product_defect_ours_choice, 'product_defect_not_ours': block_product_defect_not_ours, 'product_defect_unclear': block_product_defect_unclear, 'billing_ours': block_billing_ours, 'billing_ours_overcharge': block_billing_ours_overcharge, 'billing_not_ours': block_billing_not_ours, 'billing_not_ours_amount': block_billing_not_ours_amount, 'billing_unclear': block_billing_unclear, 'billing_unclear_amount': block_billing_unclear_amount, 'other_ours': block_other_ours, 'other_not_ours': block_other_not_ours, 'other_unclear': block_other_unclear, 'other_unclear_closed': block_other_unclear_closed, 'billing_ours_amount': block_billing_ours_amount, 'out_of_stock_ours_late': block_out_of_stock_ours_late, 'out_of_stock_ours_late_choice': block_out_of_stock_ours_late_choice, 'out_of_stock_not_ours_late': block_out_of_stock_not_ours_late, 'out_of_stock_not_ours_late_choice': block_out_of_stock_not_ours_late_choice, 'out_of_stock_unclear_late': block_out_of_stock_unclear_late, 'out_of_stock_unclear_late_choice': block_out_of_stock_unclear_late_choice, 'billing_not_ours_explained': block_billing_not_ours_explained, 'billing_not_ours_amount_explained': block_billing_not_ours_amount_explained, 'damaged_item_ours_restock': block_damaged_item_ours_restock, 'damaged_item_ours_restock_choice': block_damaged_item_ours_restock_choice, 'product_defect_ours_restock': block_product_defect_ours_restock, 'product_defect_ours_restock_choice': block_product_defect_ours_restock_choice, 'shipping_delay_ours_closed': block_shipping_delay_ours_closed, 'shipping_delay_not_ours_closed': block_shipping_delay_not_ours_closed, 'shipping_delay_unclear_closed': block_shipping_delay_unclear_closed, 'damaged_item_unclear_closed': block_damaged_item_unclear_closed, 'out_of_stock_ours_closed': block_out_of_stock_ours_closed, 'out_of_stock_ours_choice_closed': block_out_of_stock_ours_choice_closed, 'out_of_stock_not_ours_closed': block_out_of_stock_not_ours_closed, 'out_of_stock_not_ours_choice_closed': block_out_of_stock_not_ours_choice_closed, 'out_of_stock_unclear_closed': block_out_of_stock_unclear_closed, 'out_of_stock_unclear_choice_closed': block_out_of_stock_unclear_choice_closed, 'out_of_stock_unclear_restock_closed': block_out_of_stock_unclear_restock_closed, 'out_of_stock_ours_late_closed': block_out_of_stock_ours_late_closed, 'out_of_stock_ours_late_choice_closed': block_out_of_stock_ours_late_choice_closed, 'out_of_stock_not_ours_late_closed': block_out_of_stock_not_ours_late_closed, 'out_of_stock_not_ours_late_choice_closed': block_out_of_stock_not_ours_late_choice_closed, 'out_of_stock_unclear_late_closed': block_out_of_stock_unclear_late_closed, 'policy_misreading_unclear_closed': block_policy_misreading_unclear_closed, 'policy_misreading_unclear_quote_closed': block_policy_misreading_unclear_quote_closed, 'product_defect_unclear_closed': block_product_defect_unclear_closed, 'billing_unclear_closed': block_billing_unclear_closed, 'billing_unclear_amount_closed': block_billing_unclear_amount_closed, 'product_defect_not_ours_withdrawal': block_product_defect_not_ours_withdrawal, 'other_not_ours_explained': block_other_not_ours_explained, 'shipping_delay_ours_pickup_spoken': block_shipping_delay_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_spoken': block_shipping_delay_not_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_there_spoken': block_shipping_delay_not_ours_pickup_there_spoken, 'shipping_delay_unclear_pickup_spoken': block_shipping_delay_unclear_pickup_spoken, 'other_ours_spoken': block_other_ours_spoken, 'other_ours_explained': block_other_ours_explained, 'other_ours_explained_spoken': block_other_ours_explained_spoken, 'shipping_delay_ours_returned': block_shipping_delay_ours_returned, 'shipping_delay_ours_returned_spoken': block_shipping_delay_ours_returned_spoken, 'shipping_delay_not_ours_returned': block_shipping_delay_not_ours_returned, 'shipping_delay_not_ours_returned_spoken': block_shipping_delay_not_ours_returned_spoken, 'billing_ours_spoken': block_billing_ours_spoken, 'billing_ours_amount_spoken': block_billing_ours_amount_spoken, 'billing_ours_overcharge_spoken': block_billing_ours_overcharge_spoken, 'billing_not_ours_spoken': block_billing_not_ours_spoken, 'billing_not_ours_amount_spoken': block_billing_not_ours_amount_spoken, 'billing_not_ours_explained_spoken': block_billing_not_ours_explained_spoken, 'billing_not_ours_amount_explained_spoken': block_billing_not_ours_amount_explained_spoken, 'billing_unclear_spoken': block_billing_unclear_spoken, 'billing_unclear_amount_spoken': block_billing_unclear_amount_spoken, 'damaged_item_not_ours_explained': block_damaged_item_not_ours_explained, 'damaged_item_not_ours_explained_spoken': block_damaged_item_not_ours_explained_spoken, 'product_defect_not_ours_explained': block_product_defect_not_ours_explained, 'product_defect_not_ours_withdrawal_explained': block_product_defect_not_ours_withdrawal_explained, 'other_not_ours_again': block_other_not_ours_again, 'shipping_delay_ours_held': block_shipping_delay_ours_held, 'shipping_delay_ours_held_spoken': block_shipping_delay_ours_held_spoken, 'shipping_delay_ours_address': block_shipping_delay_ours_address, 'shipping_delay_ours_address_spoken': block_shipping_delay_ours_address_spoken, 'shipping_delay_not_ours_address': block_shipping_delay_not_ours_address, 'shipping_delay_not_ours_address_spoken': block_shipping_delay_not_ours_address_spoken, 'shipping_delay_not_ours_incomplete': block_shipping_delay_not_ours_incomplete, 'shipping_delay_not_ours_incomplete_spoken': block_shipping_delay_not_ours_incomplete_spoken, 'shipping_delay_not_ours_attempted': block_shipping_delay_not_ours_attempted, 'shipping_delay_unclear_attempted': block_shipping_delay_unclear_attempted, 'billing_ours_double': block_billing_ours_double, 'billing_ours_double_spoken': block_billing_ours_double_spoken, 'billing_not_ours_ask': block_billing_not_ours_ask, 'billing_not_ours_ask_spoken': block_billing_not_ours_ask_spoken, 'product_defect_unclear_ask': block_product_defect_unclear_ask, 'out_of_stock_ours_spoken': block_out_of_stock_ours_spoken, 'out_of_stock_ours_restock_spoken': block_out_of_stock_ours_restock_spoken, 'out_of_stock_not_ours_spoken': block_out_of_stock_not_ours_spoken, 'out_of_stock_not_ours_restock_spoken': block_out_of_stock_not_ours_restock_spoken, 'out_of_stock_ours_late_spoken': block_out_of_stock_ours_late_spoken, 'out_of_stock_not_ours_late_spoken': block_out_of_stock_not_ours_late_spoken, 'damaged_item_ours_restock_spoken': block_damaged_item_ours_restock_spoken, 'product_defect_ours_restock_spoken': block_product_defect_ours_restock_spoken, 'policy_misreading_not_ours_quote_spoken': block_policy_misreading_not_ours_quote_spoken, 'policy_misreading_unclear_quote_spoken': block_policy_misreading_unclear_quote_spoken}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&49=26&52=27&55=28&58=29&61=30&64=31&67=32&70=33&73=34&76=35&79=36&82=37&85=38&88=39&91=40&94=41&97=42&100=43&103=44&106=45&109=46&112=47&115=48&118=49&121=50&124=51&127=52&130=53&133=54&136=55&139=56&142=57&145=58&148=59&151=60&154=61&157=62&160=63&163=64&166=65&169=66&172=67&175=68&178=69&181=70&184=71&187=72&192=74&195=75&198=76&201=77&204=78&207=79&210=80&213=81&216=82&219=83&222=84&225=85&228=86&231=87&234=88&237=89&240=90&243=91&246=92&249=93&252=94&255=95&258=96&261=97&264=98&267=99&270=100&273=101&277=102&280=103&284=104&287=105&290=106&293=107&298=108&301=109&304=110&307=111&310=112&313=113&316=114&319=115&322=116&325=117&328=118&331=119&334=120&337=121&340=122&343=123&346=124&349=125&353=126&356=127&360=128&363=129&367=130&370=131&374=132&377=133&381=134&384=135&388=136&391=137&394=138&397=139&400=140&403=141&406=142&409=143&412=144&415=145&418=146&3=148&4=158&6=164&9=174&10=184&12=190&13=215&15=230&16=247&18=255&19=280&21=295&22=320&24=335&25=352&27=360&28=377&30=385&31=402&33=410&34=420&36=426&37=443&39=466&42=476&45=486&46=496&49=502&52=512&55=522&56=538&58=541&59=557&61=560&62=583&64=595&65=618&67=630&68=646&70=649&71=665&73=668&74=691&76=703&77=726&79=738&80=754&82=757&85=767&86=790&88=802&89=825&91=837&92=847&94=856&95=866&97=875&98=885&100=894&101=911&103=922&104=932&106=941&107=958&109=969&110=986&112=1010&115=1020&116=1036&118=1039&119=1062&121=1081&122=1091&124=1097&125=1109&127=1125&128=1135&130=1141&131=1152&133=1159&134=1169&136=1175&137=1186&139=1193&140=1203&142=1209&143=1219&145=1228&146=1237&148=1246&149=1257&151=1268&152=1279&154=1286&155=1309&157=1314&158=1337&160=1342&161=1365&163=1370&164=1393&166=1398&167=1421&169=1426&170=1449&172=1454&173=1464&175=1470&176=1481&178=1488&179=1511&181=1516&182=1539&184=1544&185=1567&187=1572&188=1595&192=1600&193=1616&195=1624&196=1640&198=1648&199=1664&201=1672&202=1688&204=1696&205=1718&207=1723&208=1745&210=1750&211=1772&213=1777&214=1799&216=1804&217=1826&219=1831&220=1846&222=1849&223=1879&225=1886&226=1916&228=1923&229=1953&231=1960&232=1990&234=1997&235=2027&237=2034&238=2064&240=2071&241=2087&243=2098&244=2122&246=2135&247=2164&249=2185&250=2201&252=2209&253=2226&255=2235&256=2258&258=2269&261=2279&262=2304&264=2319&265=2344&267=2359&268=2376&270=2384&271=2409&273=2424&274=2434&277=2440&280=2450&284=2460&285=2470&287=2473&288=2483&290=2486&291=2496&293=2502&295=2512&298=2515&299=2525&301=2531&302=2542&304=2549&305=2561&307=2577&308=2587&310=2593&311=2604&313=2611&314=2621&316=2627&317=2638&319=2645&320=2655&322=2661&323=2672&325=2679&328=2689&331=2699&332=2715&334=2718&335=2741&337=2752&338=2762&340=2768&341=2778&343=2781&344=2791&346=2794&347=2804&349=2807&351=2817&353=2820&354=2830&356=2836&358=2846&360=2849&361=2859&363=2865&365=2875&367=2878&368=2888&370=2891&371=2901&374=2904&375=2914&377=2923&378=2933&381=2942&384=2952&388=2962&391=2972&392=2987&394=2990&395=3005&397=3008&398=3023&400=3026&401=3041&403=3044&404=3059&406=3062&407=3077&409=3080&410=3095&412=3098&413=3113&415=3116&416=3133&418=3144&419=3161'
