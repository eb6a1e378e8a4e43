# Generated from pl/moves/resolve.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '07a9e725-37641'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/resolve.j2'

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
    l_0_address = resolve('address')
    pass
    yield 'Sami skontaktujemy się z przewoźnikiem i dopilnujemy, żeby przesyłka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' jak najszybciej do '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' dotarła – '
    yield str(environment.call(context, environment.getattr({'f': 'nie musi Pani', 'm': 'nie musi Pan', 'either': 'nie musi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'nie muszą Państwo', _block_vars=_block_vars))
    yield ' niczego zgłaszać.\n'

def block_shipping_delay_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Sami zajmiemy się przesyłką'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – na nasz koszt.\n'

def block_shipping_delay_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Na bieżąco sprawdzamy u przewoźnika, co się dzieje z przesyłką'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_shipping_delay_not_ours_pickup(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_address = resolve('address')
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
        t_2 = environment.filters['pl_at_point']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pl_at_point' found.")
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Paczka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' czeka na '
    yield str(environment.call(context, environment.getattr({'f': 'Panią', 'm': 'Pana', 'either': 'Pana/Panią'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_3(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str((t_2(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. '
    yield str(('Do odbioru wystarczy kod z SMS-a lub z aplikacji przewoźnika.' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'Do odbioru potrzebny będzie dokument tożsamości oraz awizo lub numer przesyłki.'))
    yield ' Jeśli odbiór nie będzie możliwy, prosimy dać nam znać – poprosimy przewoźnika o doręczenie paczki pod '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' adres.\n'

def block_shipping_delay_not_ours_pickup_there(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pickup_until = resolve('pickup_until')
    l_0_by_code = resolve('by_code')
    l_0_address = resolve('address')
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Adres punktu widać w śledzeniu przesyłki'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' – paczka czeka tam '
        yield str(t_3(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield '. '
    yield str(('Do odbioru wystarczy kod z SMS-a lub z aplikacji przewoźnika.' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'Do odbioru potrzebny będzie dokument tożsamości oraz awizo lub numer przesyłki.'))
    yield ' Jeśli odbiór nie będzie możliwy, prosimy dać nam znać – poprosimy przewoźnika o doręczenie paczki pod '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' adres.\n'

def block_shipping_delay_ours_pickup(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_address = resolve('address')
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
        t_2 = environment.filters['pl_at_point']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pl_at_point' found.")
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Paczka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' czeka na '
    yield str(environment.call(context, environment.getattr({'f': 'Panią', 'm': 'Pana', 'either': 'Pana/Panią'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_3(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str((t_2(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. '
    yield str(('Do odbioru wystarczy kod z SMS-a lub z aplikacji przewoźnika.' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'Do odbioru potrzebny będzie dokument tożsamości oraz awizo lub numer przesyłki.'))
    yield ' Jeśli odbiór nie będzie możliwy, prosimy dać nam znać – na nasz koszt zlecimy doręczenie paczki pod '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' adres.\n'

def block_shipping_delay_unclear_pickup(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_address = resolve('address')
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
        t_2 = environment.filters['pl_at_point']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pl_at_point' found.")
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Paczka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' czeka na '
    yield str(environment.call(context, environment.getattr({'f': 'Panią', 'm': 'Pana', 'either': 'Pana/Panią'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_3(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str((t_2(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. '
    yield str(('Do odbioru wystarczy kod z SMS-a lub z aplikacji przewoźnika.' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'Do odbioru potrzebny będzie dokument tożsamości oraz awizo lub numer przesyłki.'))
    yield ' Jeśli odbiór nie będzie możliwy, prosimy dać nam znać – poprosimy przewoźnika o doręczenie paczki pod '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' adres.\n'

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
    yield 'Paczka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' trafiła do punktu odbioru'
    if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point):
        pass
        yield ' ('
        yield str(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)))
        yield ')'
    yield ', ale czas na jej odbiór już minął – sprawdzamy u przewoźnika, czy nadal tam jest, czy wraca do nas.\n'

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
    yield 'Paczka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' trafiła do punktu odbioru'
    if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point):
        pass
        yield ' ('
        yield str(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)))
        yield ')'
    yield ', ale czas na jej odbiór już minął – sprawdzamy u przewoźnika, czy nadal tam jest, czy wraca do nas. Tak czy inaczej dostarczymy ją na nasz koszt.\n'

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
    yield 'Paczka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' trafiła do punktu odbioru'
    if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point):
        pass
        yield ' ('
        yield str(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)))
        yield ')'
    yield ', ale czas na jej odbiór już minął – sprawdzamy u przewoźnika, czy nadal tam jest, czy wraca do nas.\n'

def block_shipping_delay_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Sprawdzamy u przewoźnika, gdzie jest przesyłka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_damaged_item_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Wyślemy '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu', 'either': 'Panu/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
    yield ' nowy egzemplarz na nasz koszt.\n'

def block_damaged_item_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Wszystkie koszty bierzemy na siebie.\n'

def block_damaged_item_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Żebyśmy mogli to sprawdzić, prosimy przesłać zdjęcia produktu'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i opakowania.\n'

def block_damaged_item_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Sprawdzamy, gdzie doszło do uszkodzenia'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' produktu z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – przy pakowaniu czy w transporcie. Jeśli to możliwe, prosimy przesłać zdjęcia uszkodzenia i opakowania.\n'

def block_damaged_item_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Żeby to sprawdzić, potrzebujemy zdjęć uszkodzenia i opakowania. Zaraz po rozmowie wyślę e-mail – wystarczy na niego odpowiedzieć i dołączyć zdjęcia.\n'

def block_damaged_item_unclear_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Sprawdzamy z magazynem i przewoźnikiem, gdzie doszło do uszkodzenia – pomogą nam w tym zdjęcia uszkodzenia i opakowania. Zaraz po rozmowie wyślę e-mail – wystarczy na niego odpowiedzieć i dołączyć zdjęcia.\n'

def block_out_of_stock_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Ustalamy z dostawcą, kiedy produkt będzie znów dostępny. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

def block_out_of_stock_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ustalamy z dostawcą, kiedy produkt będzie znów dostępny.\n'

def block_out_of_stock_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    l_0_address = resolve('address')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy '
    yield str(('ten model' if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'produkt'))
    yield ' będzie znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

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
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy '
    yield str(('ten model' if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'produkt'))
    yield ' będzie znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '.\n'

def block_out_of_stock_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Ustalamy z dostawcą, kiedy produkt będzie znów dostępny. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

def block_out_of_stock_not_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ustalamy z dostawcą, kiedy produkt będzie znów dostępny.\n'

def block_out_of_stock_not_ours_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_restock_date = resolve('restock_date')
    l_0_address = resolve('address')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy '
    yield str(('ten model' if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'produkt'))
    yield ' będzie znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

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
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy '
    yield str(('ten model' if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'produkt'))
    yield ' będzie znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '.\n'

def block_out_of_stock_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Sprawdzamy z magazynem i dostawcą, skąd wziął się brak i kiedy produkt będzie znów dostępny.\n'

def block_out_of_stock_unclear_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Sprawdzamy z magazynem i dostawcą, skąd wziął się brak.\n'

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
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy '
    yield str(('ten model' if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'produkt'))
    yield ' będzie znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. W międzyczasie wyjaśniamy z magazynem, skąd wziął się brak.\n'

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
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy '
    yield str(('ten model' if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'produkt'))
    yield ' będzie znów dostępny '
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
    l_0_address = resolve('address')
    pass
    yield 'Uwzględnimy warunki, które widniały na stronie w chwili składania zamówienia'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ': jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'chce Pani', 'm': 'chce Pan', 'either': 'chce Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'chcą Państwo', _block_vars=_block_vars))
    yield ' zwrócić zakup, przyjmiemy zwrot i oddamy całą kwotę.\n'

def block_policy_misreading_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Uwzględnimy warunki, które widniały na stronie w chwili składania zamówienia'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
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
    yield 'Sprawdziliśmy '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'ten zakup'
    yield ' – zastosowaliśmy warunki, które podajemy na naszej stronie.\n'

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
    yield 'Nasze warunki mówią: „'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '”. Zastosowaliśmy je przy '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówieniu nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'tym zakupie'
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
    yield 'Sprawdzamy, jakie warunki obowiązywały przy '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówieniu nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'tym zakupie'
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
    yield 'Nasze warunki mówią: „'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '”. Sprawdzamy, co to oznacza w przypadku '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'tego zakupu'
    yield '.\n'

def block_product_defect_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Wyślemy '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu', 'either': 'Panu/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
    yield ' nowy egzemplarz na nasz koszt.\n'

def block_product_defect_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Koszty rozwiązania bierzemy na siebie.\n'

def block_product_defect_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Nie jest to jednak wada produktu, więc nie możemy uznać reklamacji. Możemy natomiast naprawić produkt odpłatnie – najpierw prześlemy wycenę, bez zobowiązań.\n'

def block_product_defect_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Sprawdzamy, na czym polega usterka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' produktu z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i czy jest to wada fabryczna.\n'

def block_billing_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Zwrócimy nadpłatę'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i prześlemy fakturę korygującą.\n'

def block_billing_ours_amount(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_amount = resolve('amount')
    pass
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' pobraliśmy'
    else:
        pass
        yield 'Pobraliśmy'
    yield ' '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ', czyli więcej, niż powinniśmy – zwrócimy różnicę i prześlemy fakturę korygującą.\n'

def block_billing_ours_overcharge(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_amount = resolve('amount')
    l_0_overcharge = resolve('overcharge')
    pass
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' pobraliśmy'
    else:
        pass
        yield 'Pobraliśmy'
    yield ' '
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        yield ', czyli '
    yield 'o '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' za dużo – zwrócimy '
    yield str(('tę różnicę' if (undefined(name='amount') if l_0_amount is missing else l_0_amount) else 'tę kwotę'))
    yield ' i prześlemy fakturę korygującą.\n'

def block_billing_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Sprawdziliśmy płatność'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – jest prawidłowa. Jeśli na koncie widać inną, nieznaną kwotę, najpewniej jest to tymczasowa blokada środków (preautoryzacja) na karcie, a nie obciążenie. Znika automatycznie, zwykle w ciągu kilku dni roboczych, choć dokładny termin zależy od banku.\n'

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
    yield 'Sprawdziliśmy obciążenie na kwotę '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – zgadza się z kwotą zamówienia. Jeśli na koncie widać inną, nieznaną kwotę, najpewniej jest to tymczasowa blokada środków (preautoryzacja) na karcie, a nie obciążenie. Znika automatycznie, zwykle w ciągu kilku dni roboczych, choć dokładny termin zależy od banku.\n'

def block_billing_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Sprawdzamy obciążenie'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' razem z działem rozliczeń.\n'

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
    yield 'Sprawdzamy obciążenie na kwotę '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' razem z działem rozliczeń.\n'

def block_other_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Prosimy napisać, co dokładnie poszło nie tak'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówieniem nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Gdy tylko będziemy to wiedzieć, naprawimy błąd.\n'

def block_other_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Żebyśmy mogli się tym zająć, prosimy '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'napisać w kilku słowach, na czym polega problem z zamówieniem nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'podać numer zamówienia i napisać w kilku słowach, czego dotyczy sprawa'
    yield '.\n'

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
        yield 'Sprawdzamy zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '.'
    else:
        pass
        yield 'Już się tym zajmujemy.'

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
    yield 'Zajmiemy się '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówieniem nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'sprawą'
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
    l_0_restock_date = resolve('restock_date')
    l_0_address = resolve('address')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia – prosimy dostawcę o nowy termin. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

def block_out_of_stock_ours_late_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia – prosimy dostawcę o nowy termin.\n'

def block_out_of_stock_not_ours_late(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_address = resolve('address')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia – prosimy dostawcę o nowy termin. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

def block_out_of_stock_not_ours_late_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia – prosimy dostawcę o nowy termin.\n'

def block_out_of_stock_unclear_late(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia – wyjaśniamy z magazynem i dostawcą, co się stało.\n'

def block_out_of_stock_unclear_late_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Według dostawcy produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia.\n'

def block_billing_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Sprawdziliśmy płatność'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
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
    yield 'Sprawdziliśmy obciążenie na kwotę '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
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
    l_0_address = resolve('address')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Obecnie nie mamy nowych egzemplarzy na stanie, ale dostawca zapowiada dostawę na czas, żebyśmy mogli wysłać nowy egzemplarz '
    yield str(t_4(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield ' – oczywiście na nasz koszt. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

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
    yield 'Obecnie nie mamy nowych egzemplarzy na stanie, więc nowy egzemplarz możemy wysłać dopiero po dostawie od dostawcy – najpóźniej '
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
    l_0_address = resolve('address')
    try:
        t_4 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Obecnie nie mamy nowych egzemplarzy na stanie, ale dostawca zapowiada dostawę na czas, żebyśmy mogli wysłać nowy egzemplarz '
    yield str(t_4(context, (undefined(name='send_on') if l_0_send_on is missing else l_0_send_on)))
    yield ' – oczywiście na nasz koszt. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

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
    yield 'Obecnie nie mamy nowych egzemplarzy na stanie, więc nowy egzemplarz możemy wysłać dopiero po dostawie od dostawcy – najpóźniej '
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
    l_0_address = resolve('address')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' sami skontaktujemy się z przewoźnikiem i dopilnujemy, żeby przesyłka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' jak najszybciej do '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' dotarła – '
    yield str(environment.call(context, environment.getattr({'f': 'nie musi Pani', 'm': 'nie musi Pan', 'either': 'nie musi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'nie muszą Państwo', _block_vars=_block_vars))
    yield ' niczego zgłaszać.\n'

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
    yield ' sprawdzimy u przewoźnika, co się dzieje z przesyłką'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', i będziemy ją śledzić aż do doręczenia.\n'

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
    yield ' sprawdzimy u przewoźnika, gdzie jest przesyłka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
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
    yield ' sprawdzimy, gdzie doszło do uszkodzenia'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' produktu z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – przy pakowaniu czy w transporcie. Jeśli to możliwe, prosimy przesłać zdjęcia uszkodzenia i opakowania.\n'

def block_out_of_stock_ours_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_address = resolve('address')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' ustalimy z dostawcą, kiedy produkt będzie znów dostępny. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

def block_out_of_stock_ours_choice_closed(context, missing=missing, environment=environment):
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
    yield ' ustalimy z dostawcą, kiedy produkt będzie znów dostępny.\n'

def block_out_of_stock_not_ours_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    l_0_address = resolve('address')
    try:
        t_5 = environment.filters['lead']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lead' found.")
    pass
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' ustalimy z dostawcą, kiedy produkt będzie znów dostępny. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

def block_out_of_stock_not_ours_choice_closed(context, missing=missing, environment=environment):
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
    yield ' ustalimy z dostawcą, kiedy produkt będzie znów dostępny.\n'

def block_out_of_stock_unclear_closed(context, missing=missing, environment=environment):
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
    yield ' sprawdzimy z magazynem i dostawcą, skąd wziął się brak i kiedy produkt będzie znów dostępny.\n'

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
    yield ' sprawdzimy z magazynem i dostawcą, skąd wziął się brak.\n'

def block_out_of_stock_unclear_restock_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
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
    yield 'Według dostawcy produkt będzie znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' wyjaśnimy z magazynem, skąd wziął się brak.\n'

def block_out_of_stock_ours_late_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
    l_0_address = resolve('address')
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
    yield 'Produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' poprosimy dostawcę o nowy termin. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

def block_out_of_stock_ours_late_choice_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
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
    yield 'Produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' poprosimy dostawcę o nowy termin.\n'

def block_out_of_stock_not_ours_late_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
    l_0_address = resolve('address')
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
    yield 'Według dostawcy produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' poprosimy dostawcę o nowy termin. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' nie czekać, prosimy dać znać – zwrócimy całą kwotę.\n'

def block_out_of_stock_not_ours_late_choice_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
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
    yield 'Według dostawcy produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' poprosimy dostawcę o nowy termin.\n'

def block_out_of_stock_unclear_late_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_restock_date = resolve('restock_date')
    l_0_resume = resolve('resume')
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
    yield 'Według dostawcy produkt miał być znów dostępny '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield ', ale dostawa się opóźnia. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' wyjaśnimy z magazynem i dostawcą, co się stało.\n'

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
    yield ' sprawdzimy, jakie warunki obowiązywały przy '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówieniu nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'tym zakupie'
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
    yield 'Nasze warunki mówią: „'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '”. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' sprawdzimy, co to oznacza w przypadku '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'tego zakupu'
    yield '.\n'

def block_product_defect_unclear_closed(context, missing=missing, environment=environment):
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
    yield ' sprawdzimy, na czym polega usterka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' produktu z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i czy jest to wada fabryczna.\n'

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
    yield ' sprawdzimy obciążenie'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' razem z działem rozliczeń.\n'

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
    yield ' sprawdzimy obciążenie na kwotę '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' razem z działem rozliczeń.\n'

def block_product_defect_not_ours_withdrawal(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_return_until = resolve('return_until')
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Nie jest to jednak wada produktu, więc nie możemy uznać reklamacji. Od dostawy nie minęło jeszcze 14 dni, dlatego '
    yield str(environment.call(context, environment.getattr({'f': 'może Pani', 'm': 'może Pan', 'either': 'może Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'mogą Państwo', _block_vars=_block_vars))
    yield ' odstąpić od umowy – wystarczy '
    yield str(t_3(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ', dać nam znać, na przykład w odpowiedzi na tę wiadomość, a potem odesłać produkt; zwrócimy wtedy całą kwotę. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' go zatrzymać, możemy go naprawić odpłatnie – najpierw prześlemy wycenę, bez zobowiązań.\n'

def block_other_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Mamy nadzieję, że to wyjaśnia sprawę.\n'

def block_shipping_delay_ours_pickup_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_address = resolve('address')
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
        t_2 = environment.filters['pl_at_point']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pl_at_point' found.")
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Paczka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' czeka na '
    yield str(environment.call(context, environment.getattr({'f': 'Panią', 'm': 'Pana', 'either': 'Pana/Panią'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_3(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str((t_2(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. '
    yield str(('Do odbioru wystarczy kod z SMS-a lub z aplikacji przewoźnika.' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'Do odbioru potrzebny będzie dokument tożsamości oraz awizo lub numer przesyłki.'))
    yield ' Jeśli odbiór nie będzie możliwy, proszę mi powiedzieć – na nasz koszt zlecę doręczenie paczki pod '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Pana/Pani', _block_vars=_block_vars))
    yield ' adres.\n'

def block_shipping_delay_not_ours_pickup_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_address = resolve('address')
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
        t_2 = environment.filters['pl_at_point']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pl_at_point' found.")
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Paczka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' czeka na '
    yield str(environment.call(context, environment.getattr({'f': 'Panią', 'm': 'Pana', 'either': 'Pana/Panią'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_3(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str((t_2(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. '
    yield str(('Do odbioru wystarczy kod z SMS-a lub z aplikacji przewoźnika.' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'Do odbioru potrzebny będzie dokument tożsamości oraz awizo lub numer przesyłki.'))
    yield ' Jeśli odbiór nie będzie możliwy, proszę mi powiedzieć – poproszę przewoźnika o doręczenie paczki pod '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Pana/Pani', _block_vars=_block_vars))
    yield ' adres.\n'

def block_shipping_delay_not_ours_pickup_there_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pickup_until = resolve('pickup_until')
    l_0_by_code = resolve('by_code')
    l_0_address = resolve('address')
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Adres punktu widać w śledzeniu przesyłki'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' – paczka czeka tam '
        yield str(t_3(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield '. '
    yield str(('Do odbioru wystarczy kod z SMS-a lub z aplikacji przewoźnika.' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'Do odbioru potrzebny będzie dokument tożsamości oraz awizo lub numer przesyłki.'))
    yield ' Jeśli odbiór nie będzie możliwy, proszę mi powiedzieć – poproszę przewoźnika o doręczenie paczki pod '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Pana/Pani', _block_vars=_block_vars))
    yield ' adres.\n'

def block_shipping_delay_unclear_pickup_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_address = resolve('address')
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
        t_2 = environment.filters['pl_at_point']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pl_at_point' found.")
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Paczka'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' czeka na '
    yield str(environment.call(context, environment.getattr({'f': 'Panią', 'm': 'Pana', 'either': 'Pana/Panią'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_3(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str((t_2(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. '
    yield str(('Do odbioru wystarczy kod z SMS-a lub z aplikacji przewoźnika.' if (undefined(name='by_code') if l_0_by_code is missing else l_0_by_code) else 'Do odbioru potrzebny będzie dokument tożsamości oraz awizo lub numer przesyłki.'))
    yield ' Jeśli odbiór nie będzie możliwy, proszę mi powiedzieć – poproszę przewoźnika o doręczenie paczki pod '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Pana/Pani', _block_vars=_block_vars))
    yield ' adres.\n'

def block_other_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Proszę powiedzieć, co dokładnie poszło nie tak'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówieniem nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_other_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Naprawimy to na nasz koszt.\n'

def block_other_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Naprawimy to na nasz koszt.\n'

def block_shipping_delay_ours_returned(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Wyślemy '
    yield str((str_join(('paczkę z zamówieniem nr ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'paczkę'))
    yield ' ponownie na nasz koszt, a nowy numer przesyłki prześlemy e-mailem.\n'

def block_shipping_delay_ours_returned_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Wyślemy '
    yield str((str_join(('paczkę z zamówieniem nr ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'paczkę'))
    yield ' ponownie na nasz koszt, a nowy numer przesyłki prześlemy e-mailem.\n'

def block_shipping_delay_not_ours_returned(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Prosimy o potwierdzenie pełnego adresu dostawy'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' do zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_shipping_delay_not_ours_returned_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Proszę potwierdzić pełny adres dostawy.\n[Wysłuchać odpowiedzi.] Dziękuję. Wyślemy '
    yield str((str_join(('paczkę z zamówieniem nr ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'paczkę'))
    yield ' ponownie na ten adres.\n'

def block_billing_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Zwrócimy nadpłatę'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i prześlemy fakturę korygującą.\n'

def block_billing_ours_amount_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_amount = resolve('amount')
    pass
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' pobraliśmy'
    else:
        pass
        yield 'Pobraliśmy'
    yield ' '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ', czyli więcej, niż powinniśmy – zwrócimy różnicę i prześlemy fakturę korygującą.\n'

def block_billing_ours_overcharge_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_amount = resolve('amount')
    l_0_overcharge = resolve('overcharge')
    pass
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' pobraliśmy'
    else:
        pass
        yield 'Pobraliśmy'
    yield ' '
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        yield ', czyli '
    yield 'o '
    yield str((undefined(name='overcharge') if l_0_overcharge is missing else l_0_overcharge))
    yield ' za dużo – zwrócimy '
    yield str(('tę różnicę' if (undefined(name='amount') if l_0_amount is missing else l_0_amount) else 'tę kwotę'))
    yield ' i prześlemy fakturę korygującą.\n'

def block_billing_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Sprawdziliśmy płatność'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – jest prawidłowa. Jeśli na koncie widać inną, nieznaną kwotę, najpewniej jest to tymczasowa blokada środków (preautoryzacja) na karcie, a nie obciążenie. Znika automatycznie, zwykle w ciągu kilku dni roboczych, choć dokładny termin zależy od banku.\n'

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
    yield 'Sprawdziliśmy obciążenie na kwotę '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – zgadza się z kwotą zamówienia. Jeśli na koncie widać inną, nieznaną kwotę, najpewniej jest to tymczasowa blokada środków (preautoryzacja) na karcie, a nie obciążenie. Znika automatycznie, zwykle w ciągu kilku dni roboczych, choć dokładny termin zależy od banku.\n'

def block_billing_not_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Sprawdziliśmy płatność'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
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
    yield 'Sprawdziliśmy obciążenie na kwotę '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
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
    yield 'Sprawdzamy obciążenie'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' razem z działem rozliczeń.\n'

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
    yield 'Sprawdzamy obciążenie na kwotę '
    yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' razem z działem rozliczeń.\n'

def block_damaged_item_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'widzi Pani', 'm': 'widzi Pan', 'either': 'widzi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'widzą Państwo', _block_vars=_block_vars))
    yield ' to inaczej, prosimy przesłać zdjęcia uszkodzenia i opakowania – przyjrzymy się sprawie jeszcze raz.\n'

def block_damaged_item_not_ours_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'widzi Pani', 'm': 'widzi Pan', 'either': 'widzi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'widzą Państwo', _block_vars=_block_vars))
    yield ' to inaczej, zaraz po rozmowie wyślę e-mail – wystarczy na niego odpowiedzieć i dołączyć zdjęcia uszkodzenia i opakowania, a przyjrzymy się sprawie jeszcze raz.\n'

def block_product_defect_not_ours_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Nie jest to więc wada produktu i nie możemy uznać reklamacji. Możemy natomiast naprawić produkt odpłatnie – najpierw prześlemy wycenę, bez zobowiązań.\n'

def block_product_defect_not_ours_withdrawal_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_return_until = resolve('return_until')
    try:
        t_3 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Nie jest to więc wada produktu i nie możemy uznać reklamacji. Od dostawy nie minęło jednak jeszcze 14 dni, dlatego '
    yield str(environment.call(context, environment.getattr({'f': 'może Pani', 'm': 'może Pan', 'either': 'może Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'mogą Państwo', _block_vars=_block_vars))
    yield ' odstąpić od umowy – wystarczy '
    yield str(t_3(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ', dać nam znać, na przykład w odpowiedzi na tę wiadomość, a potem odesłać produkt; zwrócimy wtedy całą kwotę. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' go zatrzymać, możemy go naprawić odpłatnie – najpierw prześlemy wycenę, bez zobowiązań.\n'

def block_other_not_ours_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Żebyśmy tym razem mogli to załatwić, prosimy napisać, co jeszcze pozostaje do wyjaśnienia'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' w sprawie zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_shipping_delay_ours_held(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Ponownie oznaczymy paczkę'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i sami ją wyślemy na nasz koszt, a gdy tylko opuści nasz magazyn, prześlemy e-mailem numer przesyłki.\n'

def block_shipping_delay_ours_held_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Od razu zlecę ponowne oznaczenie paczki'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' i wysyłkę na nasz koszt, a gdy tylko opuści magazyn, prześlę e-mailem numer przesyłki.\n'

def block_shipping_delay_ours_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Prosimy potwierdzić adres, pod który mamy doręczyć paczkę'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – poprosimy przewoźnika o przekierowanie jej na ten adres, na nasz koszt.\n'

def block_shipping_delay_ours_address_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Proszę potwierdzić adres, pod który mamy doręczyć paczkę.\n[Wysłuchać odpowiedzi.] Dziękuję. Poproszę przewoźnika o przekierowanie paczki'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' na ten adres, na nasz koszt.\n'

def block_shipping_delay_not_ours_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Prosimy o potwierdzenie prawidłowego adresu doręczenia'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' dla zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – poprosimy przewoźnika o przekierowanie paczki na ten adres.\n'

def block_shipping_delay_not_ours_address_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Proszę potwierdzić prawidłowy adres doręczenia.\n[Wysłuchać odpowiedzi.] Dziękuję. Poproszę przewoźnika o przekierowanie paczki'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' na ten adres.\n'

def block_shipping_delay_not_ours_incomplete(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Prosimy o pełny adres doręczenia'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' dla zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', z numerem mieszkania – przekażemy go przewoźnikowi, żeby mógł doręczyć paczkę.\n'

def block_shipping_delay_not_ours_incomplete_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Proszę podać pełny adres doręczenia, z numerem mieszkania.\n[Wysłuchać odpowiedzi.] Dziękuję. Przekażę go przewoźnikowi, żeby mógł doręczyć paczkę'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n'

def block_shipping_delay_not_ours_attempted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_address = resolve('address')
    pass
    yield 'Kurier próbował doręczyć paczkę'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', ale mu się nie udało. '
    yield str(environment.call(context, environment.getattr({'f': 'Może Pani', 'm': 'Może Pan', 'either': 'Może Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Mogą Państwo', _block_vars=_block_vars))
    yield ' umówić ponowne doręczenie bezpośrednio z przewoźnikiem, podając numer przesyłki lub dane z awiza, albo dać nam znać – poprosimy o kolejną próbę.\n'

def block_shipping_delay_unclear_attempted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_address = resolve('address')
    pass
    yield 'Kurier próbował doręczyć paczkę'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', ale mu się nie udało – zapytamy przewoźnika, co się stało, i poprosimy o kolejną próbę. '
    yield str(environment.call(context, environment.getattr({'f': 'Może Pani', 'm': 'Może Pan', 'either': 'Może Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Mogą Państwo', _block_vars=_block_vars))
    yield ' też samodzielnie umówić nowy termin doręczenia, podając numer przesyłki.\n'

def block_billing_ours_double(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Płatność'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' pobraliśmy dwa razy – drugą płatność zwrócimy w całości. Faktura jest prawidłowa i nie wymaga korekty.\n'

def block_billing_ours_double_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Płatność'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' za zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' pobraliśmy dwa razy – drugą płatność zwrócimy w całości. Faktura jest prawidłowa i nie wymaga korekty.\n'

def block_billing_not_ours_ask(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Żebyśmy mogli to sprawdzić, prosimy o numer zamówienia oraz datę i kwotę obciążenia widocznego na koncie.\n'

def block_billing_not_ours_ask_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Żeby to sprawdzić, poproszę o numer zamówienia oraz datę i kwotę obciążenia widocznego na koncie.\n'

def block_product_defect_unclear_ask(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Żeby to sprawdzić, prosimy o numer zamówienia, krótki opis usterki i – jeśli to możliwe – zdjęcia lub krótkie nagranie.\n'

def block_out_of_stock_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_address = resolve('address')
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_ours_choice'), _block_vars=_block_vars)))
    yield ' Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'woli Pan/Pani', _block_vars=_block_vars))
    yield ' nie czekać, od razu zwrócę całą kwotę.\n'

def block_out_of_stock_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_address = resolve('address')
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_ours_restock_choice'), _block_vars=_block_vars)))
    yield ' Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'woli Pan/Pani', _block_vars=_block_vars))
    yield ' nie czekać, od razu zwrócę całą kwotę.\n'

def block_out_of_stock_not_ours_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_address = resolve('address')
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_not_ours_choice'), _block_vars=_block_vars)))
    yield ' Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'woli Pan/Pani', _block_vars=_block_vars))
    yield ' nie czekać, od razu zwrócę całą kwotę.\n'

def block_out_of_stock_not_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_address = resolve('address')
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_not_ours_restock_choice'), _block_vars=_block_vars)))
    yield ' Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'woli Pan/Pani', _block_vars=_block_vars))
    yield ' nie czekać, od razu zwrócę całą kwotę.\n'

def block_out_of_stock_ours_late_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_address = resolve('address')
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_ours_late_choice'), _block_vars=_block_vars)))
    yield ' Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'woli Pan/Pani', _block_vars=_block_vars))
    yield ' nie czekać, od razu zwrócę całą kwotę.\n'

def block_out_of_stock_not_ours_late_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_address = resolve('address')
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'out_of_stock_not_ours_late_choice'), _block_vars=_block_vars)))
    yield ' Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'woli Pan/Pani', _block_vars=_block_vars))
    yield ' nie czekać, od razu zwrócę całą kwotę.\n'

def block_damaged_item_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_address = resolve('address')
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'damaged_item_ours_restock_choice'), _block_vars=_block_vars)))
    yield ' Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'woli Pan/Pani', _block_vars=_block_vars))
    yield ' nie czekać, od razu zwrócę całą kwotę.\n'

def block_product_defect_ours_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_address = resolve('address')
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield str(t_6(environment.call(context, environment.getattr(l_0_self, 'product_defect_ours_restock_choice'), _block_vars=_block_vars)))
    yield ' Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'woli Pan/Pani', _block_vars=_block_vars))
    yield ' nie czekać, od razu zwrócę całą kwotę.\n'

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
    yield 'Nasz regulamin mówi, że '
    yield str(t_7((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield ' – i tak to zastosowaliśmy przy '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówieniu nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'tym zakupie'
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
    yield 'Nasz regulamin mówi, że '
    yield str(t_7((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '. Sprawdzam, co to oznacza w przypadku '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'tego zakupu'
    yield '.\n'

blocks = {'shipping_delay_ours': block_shipping_delay_ours, 'shipping_delay_ours_choice': block_shipping_delay_ours_choice, 'shipping_delay_not_ours': block_shipping_delay_not_ours, 'shipping_delay_not_ours_pickup': block_shipping_delay_not_ours_pickup, 'shipping_delay_not_ours_pickup_there': block_shipping_delay_not_ours_pickup_there, 'shipping_delay_ours_pickup': block_shipping_delay_ours_pickup, 'shipping_delay_unclear_pickup': block_shipping_delay_unclear_pickup, 'shipping_delay_not_ours_pickup_expired': block_shipping_delay_not_ours_pickup_expired, 'shipping_delay_ours_pickup_expired': block_shipping_delay_ours_pickup_expired, 'shipping_delay_unclear_pickup_expired': block_shipping_delay_unclear_pickup_expired, 'shipping_delay_unclear': block_shipping_delay_unclear, 'damaged_item_ours': block_damaged_item_ours, 'damaged_item_ours_choice': block_damaged_item_ours_choice, 'damaged_item_not_ours': block_damaged_item_not_ours, 'damaged_item_unclear': block_damaged_item_unclear, 'damaged_item_not_ours_spoken': block_damaged_item_not_ours_spoken, 'damaged_item_unclear_spoken': block_damaged_item_unclear_spoken, 'out_of_stock_ours': block_out_of_stock_ours, 'out_of_stock_ours_choice': block_out_of_stock_ours_choice, 'out_of_stock_ours_restock': block_out_of_stock_ours_restock, 'out_of_stock_ours_restock_choice': block_out_of_stock_ours_restock_choice, 'out_of_stock_not_ours': block_out_of_stock_not_ours, 'out_of_stock_not_ours_choice': block_out_of_stock_not_ours_choice, 'out_of_stock_not_ours_restock': block_out_of_stock_not_ours_restock, 'out_of_stock_not_ours_restock_choice': block_out_of_stock_not_ours_restock_choice, 'out_of_stock_unclear': block_out_of_stock_unclear, 'out_of_stock_unclear_choice': block_out_of_stock_unclear_choice, 'out_of_stock_unclear_restock': block_out_of_stock_unclear_restock, 'out_of_stock_unclear_restock_choice': block_out_of_stock_unclear_restock_choice, 'policy_misreading_ours': block_policy_misreading_ours, 'policy_misreading_ours_choice': block_policy_misreading_ours_choice, 'policy_misreading_not_ours': block_policy_misreading_not_ours, 'policy_misreading_not_ours_quote': block_policy_misreading_not_ours_quote, 'policy_misreading_unclear': block_policy_misreading_unclear, 'policy_misreading_unclear_quote': block_policy_misreading_unclear_quote, 'product_defect_ours': block_product_defect_ours, 'product_defect_ours_choice': block_product_defect_ours_choice, 'product_defect_not_ours': block_product_defect_not_ours, 'product_defect_unclear': block_product_defect_unclear, 'billing_ours': block_billing_ours, 'billing_ours_amount': block_billing_ours_amount, 'billing_ours_overcharge': block_billing_ours_overcharge, 'billing_not_ours': block_billing_not_ours, 'billing_not_ours_amount': block_billing_not_ours_amount, 'billing_unclear': block_billing_unclear, 'billing_unclear_amount': block_billing_unclear_amount, 'other_ours': block_other_ours, 'other_not_ours': block_other_not_ours, 'other_unclear': block_other_unclear, 'other_unclear_closed': block_other_unclear_closed, 'out_of_stock_ours_late': block_out_of_stock_ours_late, 'out_of_stock_ours_late_choice': block_out_of_stock_ours_late_choice, 'out_of_stock_not_ours_late': block_out_of_stock_not_ours_late, 'out_of_stock_not_ours_late_choice': block_out_of_stock_not_ours_late_choice, 'out_of_stock_unclear_late': block_out_of_stock_unclear_late, 'out_of_stock_unclear_late_choice': block_out_of_stock_unclear_late_choice, 'billing_not_ours_explained': block_billing_not_ours_explained, 'billing_not_ours_amount_explained': block_billing_not_ours_amount_explained, 'damaged_item_ours_restock': block_damaged_item_ours_restock, 'damaged_item_ours_restock_choice': block_damaged_item_ours_restock_choice, 'product_defect_ours_restock': block_product_defect_ours_restock, 'product_defect_ours_restock_choice': block_product_defect_ours_restock_choice, 'shipping_delay_ours_closed': block_shipping_delay_ours_closed, 'shipping_delay_not_ours_closed': block_shipping_delay_not_ours_closed, 'shipping_delay_unclear_closed': block_shipping_delay_unclear_closed, 'damaged_item_unclear_closed': block_damaged_item_unclear_closed, 'out_of_stock_ours_closed': block_out_of_stock_ours_closed, 'out_of_stock_ours_choice_closed': block_out_of_stock_ours_choice_closed, 'out_of_stock_not_ours_closed': block_out_of_stock_not_ours_closed, 'out_of_stock_not_ours_choice_closed': block_out_of_stock_not_ours_choice_closed, 'out_of_stock_unclear_closed': block_out_of_stock_unclear_closed, 'out_of_stock_unclear_choice_closed': block_out_of_stock_unclear_choice_closed, 'out_of_stock_unclear_restock_closed': block_out_of_stock_unclear_restock_closed, 'out_of_stock_ours_late_closed': block_out_of_stock_ours_late_closed, 'out_of_stock_ours_late_choice_closed': block_out_of_stock_ours_late_choice_closed, 'out_of_stock_not_ours_late_closed': block_out_of_stock_not_ours_late_closed, 'out_of_stock_not_ours_late_choice_closed': block_out_of_stock_not_ours_late_choice_closed, 'out_of_stock_unclear_late_closed': block_out_of_stock_unclear_late_closed, 'policy_misreading_unclear_closed': block_policy_misreading_unclear_closed, 'policy_misreading_unclear_quote_closed': block_policy_misreading_unclear_quote_closed, 'product_defect_unclear_closed': block_product_defect_unclear_closed, 'billing_unclear_closed': block_billing_unclear_closed, 'billing_unclear_amount_closed': block_billing_unclear_amount_closed, 'product_defect_not_ours_withdrawal': block_product_defect_not_ours_withdrawal, 'other_not_ours_explained': block_other_not_ours_explained, 'shipping_delay_ours_pickup_spoken': block_shipping_delay_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_spoken': block_shipping_delay_not_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_there_spoken': block_shipping_delay_not_ours_pickup_there_spoken, 'shipping_delay_unclear_pickup_spoken': block_shipping_delay_unclear_pickup_spoken, 'other_ours_spoken': block_other_ours_spoken, 'other_ours_explained': block_other_ours_explained, 'other_ours_explained_spoken': block_other_ours_explained_spoken, 'shipping_delay_ours_returned': block_shipping_delay_ours_returned, 'shipping_delay_ours_returned_spoken': block_shipping_delay_ours_returned_spoken, 'shipping_delay_not_ours_returned': block_shipping_delay_not_ours_returned, 'shipping_delay_not_ours_returned_spoken': block_shipping_delay_not_ours_returned_spoken, 'billing_ours_spoken': block_billing_ours_spoken, 'billing_ours_amount_spoken': block_billing_ours_amount_spoken, 'billing_ours_overcharge_spoken': block_billing_ours_overcharge_spoken, 'billing_not_ours_spoken': block_billing_not_ours_spoken, 'billing_not_ours_amount_spoken': block_billing_not_ours_amount_spoken, 'billing_not_ours_explained_spoken': block_billing_not_ours_explained_spoken, 'billing_not_ours_amount_explained_spoken': block_billing_not_ours_amount_explained_spoken, 'billing_unclear_spoken': block_billing_unclear_spoken, 'billing_unclear_amount_spoken': block_billing_unclear_amount_spoken, 'damaged_item_not_ours_explained': block_damaged_item_not_ours_explained, 'damaged_item_not_ours_explained_spoken': block_damaged_item_not_ours_explained_spoken, 'product_defect_not_ours_explained': block_product_defect_not_ours_explained, 'product_defect_not_ours_withdrawal_explained': block_product_defect_not_ours_withdrawal_explained, 'other_not_ours_again': block_other_not_ours_again, 'shipping_delay_ours_held': block_shipping_delay_ours_held, 'shipping_delay_ours_held_spoken': block_shipping_delay_ours_held_spoken, 'shipping_delay_ours_address': block_shipping_delay_ours_address, 'shipping_delay_ours_address_spoken': block_shipping_delay_ours_address_spoken, 'shipping_delay_not_ours_address': block_shipping_delay_not_ours_address, 'shipping_delay_not_ours_address_spoken': block_shipping_delay_not_ours_address_spoken, 'shipping_delay_not_ours_incomplete': block_shipping_delay_not_ours_incomplete, 'shipping_delay_not_ours_incomplete_spoken': block_shipping_delay_not_ours_incomplete_spoken, 'shipping_delay_not_ours_attempted': block_shipping_delay_not_ours_attempted, 'shipping_delay_unclear_attempted': block_shipping_delay_unclear_attempted, 'billing_ours_double': block_billing_ours_double, 'billing_ours_double_spoken': block_billing_ours_double_spoken, 'billing_not_ours_ask': block_billing_not_ours_ask, 'billing_not_ours_ask_spoken': block_billing_not_ours_ask_spoken, 'product_defect_unclear_ask': block_product_defect_unclear_ask, 'out_of_stock_ours_spoken': block_out_of_stock_ours_spoken, 'out_of_stock_ours_restock_spoken': block_out_of_stock_ours_restock_spoken, 'out_of_stock_not_ours_spoken': block_out_of_stock_not_ours_spoken, 'out_of_stock_not_ours_restock_spoken': block_out_of_stock_not_ours_restock_spoken, 'out_of_stock_ours_late_spoken': block_out_of_stock_ours_late_spoken, 'out_of_stock_not_ours_late_spoken': block_out_of_stock_not_ours_late_spoken, 'damaged_item_ours_restock_spoken': block_damaged_item_ours_restock_spoken, 'product_defect_ours_restock_spoken': block_product_defect_ours_restock_spoken, 'policy_misreading_not_ours_quote_spoken': block_policy_misreading_not_ours_quote_spoken, 'policy_misreading_unclear_quote_spoken': block_policy_misreading_unclear_quote_spoken}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&49=26&52=27&55=28&58=29&61=30&64=31&67=32&70=33&73=34&76=35&79=36&82=37&85=38&88=39&91=40&94=41&97=42&100=43&103=44&106=45&109=46&112=47&115=48&118=49&121=50&124=51&127=52&130=53&133=54&136=55&139=56&142=57&145=58&148=59&151=60&154=61&157=62&160=63&163=64&166=65&169=66&172=67&175=68&178=69&181=70&184=71&187=72&192=74&195=75&198=76&201=77&204=78&207=79&210=80&213=81&216=82&219=83&222=84&225=85&228=86&231=87&234=88&237=89&240=90&243=91&246=92&249=93&252=94&255=95&259=96&262=97&265=98&268=99&271=100&274=101&278=102&281=103&285=104&288=105&291=106&294=107&299=108&302=109&305=110&308=111&311=112&314=113&317=114&320=115&323=116&326=117&329=118&332=119&335=120&339=121&342=122&345=123&348=124&351=125&355=126&358=127&362=128&365=129&369=130&372=131&376=132&379=133&383=134&386=135&390=136&393=137&396=138&399=139&402=140&405=141&408=142&411=143&414=144&417=145&420=146&3=148&4=159&6=169&7=179&9=185&10=195&12=201&13=233&15=252&16=270&18=280&19=312&21=331&22=363&24=382&25=399&27=411&28=428&30=440&31=457&33=469&34=479&36=485&37=495&39=498&42=508&43=518&45=524&46=534&49=540&52=550&55=560&56=570&58=573&61=583&62=601&64=608&65=625&67=630&68=640&70=643&73=653&74=671&76=678&77=695&79=700&82=710&85=720&86=737&88=742&89=759&91=764&92=775&94=783&95=793&97=799&98=809&100=818&101=835&103=846&104=856&106=865&107=882&109=893&110=903&112=906&115=916&118=926&119=936&121=942&122=952&124=958&125=968&127=980&128=991&130=1010&131=1020&133=1026&134=1037&136=1044&137=1054&139=1060&140=1071&142=1078&143=1088&145=1094&146=1104&148=1113&149=1122&151=1131&152=1142&154=1153&155=1170&157=1175&158=1191&160=1194&161=1211&163=1216&164=1232&166=1235&167=1251&169=1254&170=1270&172=1273&173=1283&175=1289&176=1300&178=1307&179=1324&181=1329&182=1345&184=1348&185=1365&187=1370&188=1386&192=1389&193=1406&195=1418&196=1434&198=1442&199=1458&201=1466&202=1482&204=1490&205=1506&207=1511&208=1526&210=1529&211=1545&213=1550&214=1565&216=1568&217=1583&219=1586&220=1601&222=1604&223=1627&225=1632&226=1656&228=1663&229=1686&231=1691&232=1715&234=1722&235=1745&237=1750&238=1773&240=1778&241=1794&243=1805&244=1829&246=1842&247=1858&249=1866&250=1882&252=1890&253=1907&255=1916&257=1933&259=1940&262=1950&263=1982&265=2001&266=2033&268=2052&269=2070&271=2080&272=2112&274=2131&275=2141&278=2147&281=2157&285=2167&286=2177&288=2180&289=2190&291=2193&292=2203&294=2209&296=2219&299=2222&300=2232&302=2238&303=2248&305=2260&306=2271&308=2290&309=2300&311=2306&312=2317&314=2324&315=2334&317=2340&318=2351&320=2358&321=2368&323=2374&324=2385&326=2392&327=2402&329=2405&330=2415&332=2418&335=2428&337=2445&339=2452&340=2462&342=2468&343=2478&345=2484&346=2494&348=2500&349=2510&351=2516&353=2526&355=2532&356=2542&358=2548&360=2558&362=2564&363=2574&365=2580&367=2590&369=2596&370=2607&372=2615&373=2626&376=2634&377=2644&379=2650&380=2660&383=2666&386=2676&390=2686&393=2696&394=2712&396=2717&397=2733&399=2738&400=2754&402=2759&403=2775&405=2780&406=2796&408=2801&409=2817&411=2822&412=2838&414=2843&415=2859&417=2864&418=2881&420=2892&421=2909'
