# Generated from es/moves/resolve.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '8915baf4-21733'
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
    l_0_order = resolve('order')
    pass
    yield 'Nos encargamos de solucionar la entrega'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' sin ningún coste para usted.\n'

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
    yield ': puede recogerlo allí con su documento de identidad. Si no le es posible pasar a recogerlo, díganoslo y pediremos a la empresa de transporte que se lo vuelva a entregar.\n'

def block_shipping_delay_not_ours_pickup_there(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_pickup_until = resolve('pickup_until')
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
    yield ' le espera allí'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' hasta el '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ': puede recogerlo con su documento de identidad. Si no le es posible pasar a recogerlo, díganoslo y pediremos a la empresa de transporte que se lo vuelva a entregar.\n'

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
    yield ': puede recogerlo allí con su documento de identidad. Si no le es posible pasar a recogerlo, díganoslo y pediremos que se lo vuelvan a entregar, sin ningún coste para usted.\n'

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
    yield ': puede recogerlo allí con su documento de identidad. Si no le es posible pasar a recogerlo, díganoslo y pediremos a la empresa de transporte que se lo vuelva a entregar.\n'

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
    else:
        pass
        yield 'Le enviamos '
        yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' para el pedido '
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
    yield '. Si puede, envíenos una foto del daño y del embalaje.\n'

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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'el artículo'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'el artículo'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'el artículo'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'el artículo'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'el artículo'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '; mientras tanto, comprobamos qué ha pasado con las existencias.\n'

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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'el artículo'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
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
    yield 'Corregimos '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'su compra'
    yield ' y le aplicamos las condiciones que le correspondían desde el principio.\n'

def block_policy_misreading_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Lo corregimos sin ningún coste para usted.\n'

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
    yield 'Nuestras condiciones dicen exactamente: «'
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
    else:
        pass
        yield 'Le enviamos '
        yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' para el pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
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
    yield 'Por lo que nos cuenta, no se trata de un defecto de fabricación, así que la garantía no lo cubre. Aun así, podemos reparar'
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
    yield 'Estamos revisando qué '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'le', 'les'))
    yield ' pasa '
    yield str(t_4(context, ((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'el artículo'), 'a'))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
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
    l_0_order = resolve('order')
    pass
    yield 'Le cobramos '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' de más'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
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
    yield ' y es correcto. Si ve algún otro cargo que no reconozca, suele ser una retención temporal de su banco, que se libera sola en unos días.\n'

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
    yield ' y corresponde a su compra. Si ve algún otro cargo que no reconozca, suele ser una retención temporal de su banco, que se libera sola en unos días.\n'

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
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Nos encargamos de solucionar el problema del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'Nos encargamos de solucionarlo'
    yield ' sin ningún coste para usted.\n'

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
        yield ' con respecto al pedido '
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
        yield 'Ya estamos revisando su caso'
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
        yield 'su caso'
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
    yield 'Le devolvemos la diferencia que le cobramos de más en el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y le enviamos la factura corregida.\n'

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
    yield 'Hemos comprobado el cobro'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y es correcto.\n'

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
    yield 'Hemos comprobado el cargo de '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' y corresponde a su compra.\n'

def block_damaged_item_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_item_fact = resolve('item_fact')
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
    yield 'Ahora mismo no nos quedan existencias, pero el proveedor nos las repondrá el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. En cuanto lleguen, le enviamos '
    yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
    yield ', sin ningún coste para usted. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

def block_damaged_item_ours_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_item_fact = resolve('item_fact')
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
    yield 'Ahora mismo no nos quedan existencias y el proveedor no nos las repondrá hasta el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', así que no podríamos enviarle '
    yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
    yield ' antes.\n'

def block_product_defect_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_item_fact = resolve('item_fact')
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
    yield 'Ahora mismo no nos quedan existencias, pero el proveedor nos las repondrá el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. En cuanto lleguen, le enviamos '
    yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
    yield ', sin ningún coste para usted. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

def block_product_defect_ours_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_item_fact = resolve('item_fact')
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
    yield 'Ahora mismo no nos quedan existencias y el proveedor no nos las repondrá hasta el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', así que no podríamos enviarle '
    yield str((t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'uno nuevo', 'una nueva', 'unos nuevos', 'unas nuevas') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un artículo nuevo'))
    yield ' antes.\n'

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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', reclamaremos nosotros el envío'
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', haremos el seguimiento del envío'
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', preguntaremos a la empresa de transporte dónde está el paquete'
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', revisaremos cómo se hicieron el embalaje y el transporte'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Si puede, envíenos una foto del daño y del embalaje.\n'

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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', consultaremos con nuestro proveedor cuándo '
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', consultaremos con nuestro proveedor cuándo '
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', consultaremos con el proveedor cuándo '
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', consultaremos con el proveedor cuándo '
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', comprobaremos con el almacén y con el proveedor qué ha pasado con las existencias y cuándo '
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', comprobaremos con el almacén y con el proveedor qué ha pasado con las existencias.\n'

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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Según el proveedor, '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'volverá a estar disponible', 'volverán a estar disponibles'))
    yield ' el '
    yield str(t_2(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. '
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', comprobaremos qué ha pasado con las existencias.\n'

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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
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
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', pediremos al proveedor una nueva fecha. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
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
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', pediremos al proveedor una nueva fecha.\n'

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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
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
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', pediremos al proveedor una nueva fecha. Si prefiere no esperar, díganoslo y le devolvemos el importe íntegro.\n'

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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
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
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', pediremos al proveedor una nueva fecha.\n'

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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
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
    yield ', pero la reposición se ha retrasado. '
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', comprobaremos con el almacén y el proveedor qué ha pasado.\n'

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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', comprobaremos qué condiciones se aplican a '
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield 'Nuestras condiciones dicen: «'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '». '
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', comprobaremos cómo se aplican a '
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_4 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', revisaremos qué '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'le', 'les'))
    yield ' pasa '
    yield str(t_4(context, ((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'el artículo'), 'a'))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' del pedido '
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', revisaremos el cargo'
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
        t_5 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_5((undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ', revisaremos el cargo de '
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
    yield 'Por lo que nos cuenta, no se trata de un defecto de fabricación, así que la garantía no lo cubre. Pero como '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' recibió hace menos de 14 días, todavía puede devolvérnos'
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield ' hasta el '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ' y le reembolsaremos el importe íntegro. Si prefiere quedárse'
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

blocks = {'shipping_delay_ours': block_shipping_delay_ours, 'shipping_delay_ours_choice': block_shipping_delay_ours_choice, 'shipping_delay_not_ours': block_shipping_delay_not_ours, 'shipping_delay_not_ours_pickup': block_shipping_delay_not_ours_pickup, 'shipping_delay_not_ours_pickup_there': block_shipping_delay_not_ours_pickup_there, 'shipping_delay_ours_pickup': block_shipping_delay_ours_pickup, 'shipping_delay_unclear_pickup': block_shipping_delay_unclear_pickup, 'shipping_delay_not_ours_pickup_expired': block_shipping_delay_not_ours_pickup_expired, 'shipping_delay_ours_pickup_expired': block_shipping_delay_ours_pickup_expired, 'shipping_delay_unclear_pickup_expired': block_shipping_delay_unclear_pickup_expired, 'shipping_delay_unclear': block_shipping_delay_unclear, 'damaged_item_ours': block_damaged_item_ours, 'damaged_item_ours_choice': block_damaged_item_ours_choice, 'damaged_item_not_ours': block_damaged_item_not_ours, 'damaged_item_unclear': block_damaged_item_unclear, 'out_of_stock_ours': block_out_of_stock_ours, 'out_of_stock_ours_choice': block_out_of_stock_ours_choice, 'out_of_stock_ours_restock': block_out_of_stock_ours_restock, 'out_of_stock_ours_restock_choice': block_out_of_stock_ours_restock_choice, 'out_of_stock_not_ours': block_out_of_stock_not_ours, 'out_of_stock_not_ours_choice': block_out_of_stock_not_ours_choice, 'out_of_stock_not_ours_restock': block_out_of_stock_not_ours_restock, 'out_of_stock_not_ours_restock_choice': block_out_of_stock_not_ours_restock_choice, 'out_of_stock_unclear': block_out_of_stock_unclear, 'out_of_stock_unclear_choice': block_out_of_stock_unclear_choice, 'out_of_stock_unclear_restock': block_out_of_stock_unclear_restock, 'out_of_stock_unclear_restock_choice': block_out_of_stock_unclear_restock_choice, 'policy_misreading_ours': block_policy_misreading_ours, 'policy_misreading_ours_choice': block_policy_misreading_ours_choice, 'policy_misreading_not_ours': block_policy_misreading_not_ours, 'policy_misreading_not_ours_quote': block_policy_misreading_not_ours_quote, 'policy_misreading_unclear': block_policy_misreading_unclear, 'policy_misreading_unclear_quote': block_policy_misreading_unclear_quote, 'product_defect_ours': block_product_defect_ours, 'product_defect_ours_choice': block_product_defect_ours_choice, 'product_defect_not_ours': block_product_defect_not_ours, 'product_defect_unclear': block_product_defect_unclear, 'billing_ours': block_billing_ours, 'billing_ours_overcharge': block_billing_ours_overcharge, 'billing_not_ours': block_billing_not_ours, 'billing_not_ours_amount': block_billing_not_ours_amount, 'billing_unclear': block_billing_unclear, 'billing_unclear_amount': block_billing_unclear_amount, 'other_ours': block_other_ours, 'other_not_ours': block_other_not_ours, 'other_unclear': block_other_unclear, 'other_unclear_closed': block_other_unclear_closed, 'billing_ours_amount': block_billing_ours_amount, 'out_of_stock_ours_late': block_out_of_stock_ours_late, 'out_of_stock_ours_late_choice': block_out_of_stock_ours_late_choice, 'out_of_stock_not_ours_late': block_out_of_stock_not_ours_late, 'out_of_stock_not_ours_late_choice': block_out_of_stock_not_ours_late_choice, 'out_of_stock_unclear_late': block_out_of_stock_unclear_late, 'out_of_stock_unclear_late_choice': block_out_of_stock_unclear_late_choice, 'billing_not_ours_explained': block_billing_not_ours_explained, 'billing_not_ours_amount_explained': block_billing_not_ours_amount_explained, 'damaged_item_ours_restock': block_damaged_item_ours_restock, 'damaged_item_ours_restock_choice': block_damaged_item_ours_restock_choice, 'product_defect_ours_restock': block_product_defect_ours_restock, 'product_defect_ours_restock_choice': block_product_defect_ours_restock_choice, 'shipping_delay_ours_closed': block_shipping_delay_ours_closed, 'shipping_delay_not_ours_closed': block_shipping_delay_not_ours_closed, 'shipping_delay_unclear_closed': block_shipping_delay_unclear_closed, 'damaged_item_unclear_closed': block_damaged_item_unclear_closed, 'out_of_stock_ours_closed': block_out_of_stock_ours_closed, 'out_of_stock_ours_choice_closed': block_out_of_stock_ours_choice_closed, 'out_of_stock_not_ours_closed': block_out_of_stock_not_ours_closed, 'out_of_stock_not_ours_choice_closed': block_out_of_stock_not_ours_choice_closed, 'out_of_stock_unclear_closed': block_out_of_stock_unclear_closed, 'out_of_stock_unclear_choice_closed': block_out_of_stock_unclear_choice_closed, 'out_of_stock_unclear_restock_closed': block_out_of_stock_unclear_restock_closed, 'out_of_stock_ours_late_closed': block_out_of_stock_ours_late_closed, 'out_of_stock_ours_late_choice_closed': block_out_of_stock_ours_late_choice_closed, 'out_of_stock_not_ours_late_closed': block_out_of_stock_not_ours_late_closed, 'out_of_stock_not_ours_late_choice_closed': block_out_of_stock_not_ours_late_choice_closed, 'out_of_stock_unclear_late_closed': block_out_of_stock_unclear_late_closed, 'policy_misreading_unclear_closed': block_policy_misreading_unclear_closed, 'policy_misreading_unclear_quote_closed': block_policy_misreading_unclear_quote_closed, 'product_defect_unclear_closed': block_product_defect_unclear_closed, 'billing_unclear_closed': block_billing_unclear_closed, 'billing_unclear_amount_closed': block_billing_unclear_amount_closed, 'product_defect_not_ours_withdrawal': block_product_defect_not_ours_withdrawal, 'other_not_ours_explained': block_other_not_ours_explained}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&48=26&51=27&54=28&57=29&60=30&63=31&66=32&69=33&72=34&75=35&78=36&81=37&84=38&87=39&90=40&93=41&96=42&99=43&102=44&105=45&108=46&111=47&114=48&117=49&120=50&123=51&126=52&129=53&132=54&135=55&138=56&141=57&144=58&147=59&150=60&153=61&156=62&159=63&162=64&165=65&168=66&171=67&174=68&177=69&180=70&185=72&188=73&191=74&194=75&197=76&200=77&203=78&206=79&209=80&212=81&215=82&218=83&221=84&224=85&227=86&230=87&233=88&236=89&239=90&242=91&245=92&248=93&251=94&3=96&4=106&6=112&7=122&9=128&10=138&12=144&13=168&15=181&16=198&18=209&19=233&21=246&22=270&24=283&25=300&27=308&28=325&30=333&31=350&33=358&34=368&36=374&37=391&39=411&42=421&45=431&46=441&48=447&49=463&51=466&52=482&54=485&55=508&57=515&58=538&60=545&61=561&63=564&64=580&66=583&67=606&69=613&70=636&72=643&73=659&75=662&78=672&79=695&81=702&82=725&84=732&85=742&87=751&90=761&91=771&93=780&94=797&96=808&97=818&99=827&100=844&102=855&103=872&105=892&108=902&109=918&111=921&112=944&114=953&115=963&117=969&118=980&120=988&121=998&123=1004&124=1015&126=1022&127=1032&129=1038&130=1049&132=1056&133=1065&135=1074&136=1084&138=1093&139=1102&141=1111&142=1122&144=1133&145=1144&147=1151&148=1174&150=1179&151=1202&153=1207&154=1230&156=1235&157=1258&159=1263&160=1286&162=1291&163=1314&165=1319&166=1329&168=1335&169=1346&171=1353&172=1376&174=1381&175=1404&177=1409&178=1432&180=1437&181=1460&185=1465&186=1481&188=1489&189=1505&191=1513&192=1529&194=1537&195=1553&197=1561&198=1583&200=1588&201=1610&203=1615&204=1637&206=1642&207=1664&209=1669&210=1691&212=1696&213=1711&215=1714&216=1744&218=1751&219=1781&221=1788&222=1818&224=1825&225=1855&227=1862&228=1892&230=1899&231=1929&233=1936&234=1952&236=1963&237=1987&239=2000&240=2029&242=2040&243=2056&245=2064&246=2081&248=2090&249=2113&251=2124'
