# Generated from ca/moves/resolve.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '26d5e359-28611'
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
    l_0_order = resolve('order')
    pass
    yield 'Ens encarreguem de resoldre l’entrega'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' sense cap cost per a vostè.\n'

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
    yield ': només cal que el passi a recollir amb el seu document d’identitat. Si no hi pot anar, faci’ns-ho saber i demanarem al transportista que l’hi torni a portar.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Pot recollir-lo allà'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' amb el seu document d’identitat'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' i el número de comanda, '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Si no hi pot anar, faci’ns-ho saber i demanarem al transportista que l’hi torni a portar.\n'

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
    yield ': només cal que el passi a recollir amb el seu document d’identitat. Si no hi pot anar, faci’ns-ho saber i demanarem que l’hi tornin a portar, sense cap cost per a vostè.\n'

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
    yield ': només cal que el passi a recollir amb el seu document d’identitat. Si no hi pot anar, faci’ns-ho saber i demanarem al transportista que l’hi torni a portar.\n'

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
    else:
        pass
        yield str((str_join(('Li n’enviem ', t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'), )) if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'Li enviem un article nou'))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' per a la comanda '
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
    yield '. Si pot, enviï’ns una foto del dany i de l’embalatge.\n'

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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'l’article'))
    yield ' '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'l’article'))
    yield ' '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'l’article'))
    yield ' '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'l’article'))
    yield ' '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'l’article'))
    yield ' '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
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
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'l’article'))
    yield ' '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'tornarà a estar disponible', 'tornaran a estar disponibles'))
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
    yield 'Corregim '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'la seva compra'
    yield ' i li apliquem les condicions que li corresponien des del principi.\n'

def block_policy_misreading_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ho corregim sense cap cost per a vostè.\n'

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
    yield 'Les nostres condicions diuen exactament: «'
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
    else:
        pass
        yield str((str_join(('Li n’enviem ', t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'), )) if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'Li enviem un article nou'))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' per a la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
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
    pass
    yield 'Estem revisant quin defecte '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'té', 'tenen'))
    yield ' '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'l’article'))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i si és de fabricació.\n'

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
    yield ' i és correcte. Si veu algun altre càrrec que no reconeix, sol ser una retenció temporal del seu banc, que s’allibera sola en pocs dies.\n'

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
    yield ' i correspon a la seva compra. Si veu algun altre càrrec que no reconeix, sol ser una retenció temporal del seu banc, que s’allibera sola en pocs dies.\n'

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
    yield '? Ho solucionarem sense cap cost per a vostè.\n'

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
    yield '. Si pot, enviï’ns una foto del dany i de l’embalatge.\n'

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
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' revisarem quin defecte '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'té', 'tenen'))
    yield ' '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'l’article'))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' de la comanda '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i si és de fabricació.\n'

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
    yield ' fa menys de 14 dies, encara ens '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' pot retornar fins al '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ' i li reemborsarem l’import íntegre. Si prefereix '
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
    yield ': només cal que el passi a recollir amb el seu document d’identitat. Si no hi pot anar, digui-m’ho i demanaré que l’hi tornin a portar, sense cap cost per a vostè.\n'

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
    yield ': només cal que el passi a recollir amb el seu document d’identitat. Si no hi pot anar, digui-m’ho i demanaré al transportista que l’hi torni a portar.\n'

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
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Pot recollir-lo allà'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' fins al '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' amb el seu document d’identitat'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' i el número de comanda, '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Si no hi pot anar, digui-m’ho i demanaré al transportista que l’hi torni a portar.\n'

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
    yield ': només cal que el passi a recollir amb el seu document d’identitat. Si no hi pot anar, digui-m’ho i demanaré al transportista que l’hi torni a portar.\n'

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
    yield ' i és correcte. Si veu algun altre càrrec que no reconeix, sol ser una retenció temporal del seu banc, que s’allibera sola en pocs dies.\n'

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
    yield ' i correspon a la seva compra. Si veu algun altre càrrec que no reconeix, sol ser una retenció temporal del seu banc, que s’allibera sola en pocs dies.\n'

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
    yield ' fa menys de 14 dies, encara ens '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' pot retornar fins al '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ' i li reemborsarem l’import íntegre. Si prefereix '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'quedar-se’l', 'quedar-se-la', 'quedar-se’ls', 'quedar-se-les'))
    yield ', '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' podem reparar amb un pressupost previ, sense compromís.\n'

blocks = {'shipping_delay_ours': block_shipping_delay_ours, 'shipping_delay_ours_choice': block_shipping_delay_ours_choice, 'shipping_delay_not_ours': block_shipping_delay_not_ours, 'shipping_delay_not_ours_pickup': block_shipping_delay_not_ours_pickup, 'shipping_delay_not_ours_pickup_there': block_shipping_delay_not_ours_pickup_there, 'shipping_delay_ours_pickup': block_shipping_delay_ours_pickup, 'shipping_delay_unclear_pickup': block_shipping_delay_unclear_pickup, 'shipping_delay_not_ours_pickup_expired': block_shipping_delay_not_ours_pickup_expired, 'shipping_delay_ours_pickup_expired': block_shipping_delay_ours_pickup_expired, 'shipping_delay_unclear_pickup_expired': block_shipping_delay_unclear_pickup_expired, 'shipping_delay_unclear': block_shipping_delay_unclear, 'damaged_item_ours': block_damaged_item_ours, 'damaged_item_ours_choice': block_damaged_item_ours_choice, 'damaged_item_not_ours': block_damaged_item_not_ours, 'damaged_item_unclear': block_damaged_item_unclear, 'damaged_item_not_ours_spoken': block_damaged_item_not_ours_spoken, 'damaged_item_unclear_spoken': block_damaged_item_unclear_spoken, 'out_of_stock_ours': block_out_of_stock_ours, 'out_of_stock_ours_choice': block_out_of_stock_ours_choice, 'out_of_stock_ours_restock': block_out_of_stock_ours_restock, 'out_of_stock_ours_restock_choice': block_out_of_stock_ours_restock_choice, 'out_of_stock_not_ours': block_out_of_stock_not_ours, 'out_of_stock_not_ours_choice': block_out_of_stock_not_ours_choice, 'out_of_stock_not_ours_restock': block_out_of_stock_not_ours_restock, 'out_of_stock_not_ours_restock_choice': block_out_of_stock_not_ours_restock_choice, 'out_of_stock_unclear': block_out_of_stock_unclear, 'out_of_stock_unclear_choice': block_out_of_stock_unclear_choice, 'out_of_stock_unclear_restock': block_out_of_stock_unclear_restock, 'out_of_stock_unclear_restock_choice': block_out_of_stock_unclear_restock_choice, 'policy_misreading_ours': block_policy_misreading_ours, 'policy_misreading_ours_choice': block_policy_misreading_ours_choice, 'policy_misreading_not_ours': block_policy_misreading_not_ours, 'policy_misreading_not_ours_quote': block_policy_misreading_not_ours_quote, 'policy_misreading_unclear': block_policy_misreading_unclear, 'policy_misreading_unclear_quote': block_policy_misreading_unclear_quote, 'product_defect_ours': block_product_defect_ours, 'product_defect_ours_choice': block_product_defect_ours_choice, 'product_defect_not_ours': block_product_defect_not_ours, 'product_defect_unclear': block_product_defect_unclear, 'billing_ours': block_billing_ours, 'billing_ours_amount': block_billing_ours_amount, 'billing_ours_overcharge': block_billing_ours_overcharge, 'billing_not_ours': block_billing_not_ours, 'billing_not_ours_amount': block_billing_not_ours_amount, 'billing_unclear': block_billing_unclear, 'billing_unclear_amount': block_billing_unclear_amount, 'other_ours': block_other_ours, 'other_not_ours': block_other_not_ours, 'other_unclear': block_other_unclear, 'other_unclear_closed': block_other_unclear_closed, 'out_of_stock_ours_late': block_out_of_stock_ours_late, 'out_of_stock_ours_late_choice': block_out_of_stock_ours_late_choice, 'out_of_stock_not_ours_late': block_out_of_stock_not_ours_late, 'out_of_stock_not_ours_late_choice': block_out_of_stock_not_ours_late_choice, 'out_of_stock_unclear_late': block_out_of_stock_unclear_late, 'out_of_stock_unclear_late_choice': block_out_of_stock_unclear_late_choice, 'billing_not_ours_explained': block_billing_not_ours_explained, 'billing_not_ours_amount_explained': block_billing_not_ours_amount_explained, 'damaged_item_ours_restock': block_damaged_item_ours_restock, 'damaged_item_ours_restock_choice': block_damaged_item_ours_restock_choice, 'product_defect_ours_restock': block_product_defect_ours_restock, 'product_defect_ours_restock_choice': block_product_defect_ours_restock_choice, 'shipping_delay_ours_closed': block_shipping_delay_ours_closed, 'shipping_delay_not_ours_closed': block_shipping_delay_not_ours_closed, 'shipping_delay_unclear_closed': block_shipping_delay_unclear_closed, 'damaged_item_unclear_closed': block_damaged_item_unclear_closed, 'out_of_stock_ours_closed': block_out_of_stock_ours_closed, 'out_of_stock_ours_choice_closed': block_out_of_stock_ours_choice_closed, 'out_of_stock_not_ours_closed': block_out_of_stock_not_ours_closed, 'out_of_stock_not_ours_choice_closed': block_out_of_stock_not_ours_choice_closed, 'out_of_stock_unclear_closed': block_out_of_stock_unclear_closed, 'out_of_stock_unclear_choice_closed': block_out_of_stock_unclear_choice_closed, 'out_of_stock_unclear_restock_closed': block_out_of_stock_unclear_restock_closed, 'out_of_stock_ours_late_closed': block_out_of_stock_ours_late_closed, 'out_of_stock_ours_late_choice_closed': block_out_of_stock_ours_late_choice_closed, 'out_of_stock_not_ours_late_closed': block_out_of_stock_not_ours_late_closed, 'out_of_stock_not_ours_late_choice_closed': block_out_of_stock_not_ours_late_choice_closed, 'out_of_stock_unclear_late_closed': block_out_of_stock_unclear_late_closed, 'policy_misreading_unclear_closed': block_policy_misreading_unclear_closed, 'policy_misreading_unclear_quote_closed': block_policy_misreading_unclear_quote_closed, 'product_defect_unclear_closed': block_product_defect_unclear_closed, 'billing_unclear_closed': block_billing_unclear_closed, 'billing_unclear_amount_closed': block_billing_unclear_amount_closed, 'product_defect_not_ours_withdrawal': block_product_defect_not_ours_withdrawal, 'other_not_ours_explained': block_other_not_ours_explained, 'shipping_delay_ours_pickup_spoken': block_shipping_delay_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_spoken': block_shipping_delay_not_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_there_spoken': block_shipping_delay_not_ours_pickup_there_spoken, 'shipping_delay_unclear_pickup_spoken': block_shipping_delay_unclear_pickup_spoken, 'other_ours_spoken': block_other_ours_spoken, 'other_ours_explained': block_other_ours_explained, 'other_ours_explained_spoken': block_other_ours_explained_spoken, 'shipping_delay_ours_returned': block_shipping_delay_ours_returned, 'shipping_delay_ours_returned_spoken': block_shipping_delay_ours_returned_spoken, 'shipping_delay_not_ours_returned': block_shipping_delay_not_ours_returned, 'shipping_delay_not_ours_returned_spoken': block_shipping_delay_not_ours_returned_spoken, 'billing_ours_spoken': block_billing_ours_spoken, 'billing_ours_amount_spoken': block_billing_ours_amount_spoken, 'billing_ours_overcharge_spoken': block_billing_ours_overcharge_spoken, 'billing_not_ours_spoken': block_billing_not_ours_spoken, 'billing_not_ours_amount_spoken': block_billing_not_ours_amount_spoken, 'billing_not_ours_explained_spoken': block_billing_not_ours_explained_spoken, 'billing_not_ours_amount_explained_spoken': block_billing_not_ours_amount_explained_spoken, 'billing_unclear_spoken': block_billing_unclear_spoken, 'billing_unclear_amount_spoken': block_billing_unclear_amount_spoken, 'damaged_item_not_ours_explained': block_damaged_item_not_ours_explained, 'damaged_item_not_ours_explained_spoken': block_damaged_item_not_ours_explained_spoken, 'product_defect_not_ours_explained': block_product_defect_not_ours_explained, 'product_defect_not_ours_withdrawal_explained': block_product_defect_not_ours_withdrawal_explained}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&49=26&52=27&55=28&58=29&61=30&64=31&67=32&70=33&73=34&76=35&79=36&82=37&85=38&88=39&91=40&94=41&97=42&100=43&103=44&106=45&109=46&112=47&115=48&118=49&121=50&124=51&127=52&130=53&133=54&136=55&139=56&142=57&145=58&148=59&151=60&154=61&157=62&160=63&163=64&166=65&169=66&172=67&175=68&178=69&181=70&184=71&187=72&192=74&195=75&198=76&201=77&204=78&207=79&210=80&213=81&216=82&219=83&222=84&225=85&228=86&231=87&234=88&237=89&240=90&243=91&246=92&249=93&252=94&255=95&258=96&261=97&264=98&267=99&270=100&273=101&277=102&280=103&284=104&287=105&290=106&293=107&298=108&301=109&304=110&307=111&310=112&313=113&316=114&319=115&322=116&325=117&328=118&331=119&334=120&3=122&4=132&6=138&7=148&9=154&10=164&12=170&13=200&15=213&16=230&18=241&19=271&21=284&22=314&24=327&25=350&27=358&28=381&30=389&31=412&33=420&34=430&36=436&37=453&39=472&42=482&45=492&46=502&49=508&52=518&55=528&56=544&58=547&59=563&61=566&62=589&64=596&65=619&67=626&68=642&70=645&71=661&73=664&74=687&76=694&77=717&79=724&80=740&82=743&85=753&86=776&88=783&89=806&91=813&92=823&94=832&97=842&98=852&100=861&101=878&103=889&104=899&106=908&107=925&109=936&110=953&112=972&115=982&116=998&118=1001&119=1018&121=1027&122=1037&124=1043&125=1054&127=1061&128=1073&130=1089&131=1099&133=1105&134=1116&136=1123&137=1133&139=1139&140=1150&142=1157&143=1167&145=1173&146=1183&148=1192&149=1201&151=1210&152=1221&154=1232&155=1255&157=1260&158=1283&160=1288&161=1311&163=1316&164=1339&166=1344&167=1367&169=1372&170=1395&172=1400&173=1410&175=1416&176=1427&178=1434&179=1457&181=1462&182=1485&184=1490&185=1513&187=1518&188=1541&192=1546&193=1562&195=1570&196=1586&198=1594&199=1610&201=1618&202=1634&204=1642&205=1664&207=1669&208=1691&210=1696&211=1718&213=1723&214=1745&216=1750&217=1772&219=1777&220=1792&222=1795&223=1825&225=1832&226=1862&228=1869&229=1899&231=1906&232=1936&234=1943&235=1973&237=1980&238=2010&240=2017&241=2033&243=2044&244=2068&246=2081&247=2104&249=2115&250=2131&252=2139&253=2156&255=2165&256=2188&258=2199&261=2209&262=2239&264=2252&265=2282&267=2295&268=2312&270=2323&271=2353&273=2366&274=2376&277=2382&280=2392&284=2402&285=2412&287=2415&288=2425&290=2428&291=2438&293=2444&295=2454&298=2457&299=2467&301=2473&302=2484&304=2491&305=2503&307=2519&308=2529&310=2535&311=2546&313=2553&314=2563&316=2569&317=2580&319=2587&320=2597&322=2603&323=2614&325=2621&328=2631&331=2641&332=2657&334=2660&335=2683'
