# Generated from pl/moves/resolve.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '6a558b39-28841'
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
    l_0_address = resolve('address')
    pass
    yield 'Sami zajmiemy się przesyłką'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', bez żadnych kosztów po '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' stronie.\n'

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
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str(((str_join(('w punkcie odbioru ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))[14:], )) if environment.call(context, environment.getattr(environment.call(context, environment.getattr(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), 'lower'), _block_vars=_block_vars), 'startswith'), 'punkt odbioru ', _block_vars=_block_vars) else str_join(('w punkcie odbioru: ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), ))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. Wystarczy ją odebrać z dokumentem tożsamości. Jeśli odbiór nie będzie możliwy, prosimy dać nam znać – poprosimy przewoźnika o ponowne doręczenie.\n'

def block_shipping_delay_not_ours_pickup_there(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pickup_until = resolve('pickup_until')
    try:
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Można ją tam odebrać'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' – wystarczy kod odbioru od przewoźnika lub dokument tożsamości. Jeśli odbiór nie będzie możliwy, prosimy dać nam znać – poprosimy przewoźnika o ponowne doręczenie.\n'

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
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str(((str_join(('w punkcie odbioru ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))[14:], )) if environment.call(context, environment.getattr(environment.call(context, environment.getattr(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), 'lower'), _block_vars=_block_vars), 'startswith'), 'punkt odbioru ', _block_vars=_block_vars) else str_join(('w punkcie odbioru: ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), ))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. Wystarczy ją odebrać z dokumentem tożsamości. Jeśli odbiór nie będzie możliwy, prosimy dać nam znać – zlecimy ponowne doręczenie na nasz koszt.\n'

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
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str(((str_join(('w punkcie odbioru ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))[14:], )) if environment.call(context, environment.getattr(environment.call(context, environment.getattr(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), 'lower'), _block_vars=_block_vars), 'startswith'), 'punkt odbioru ', _block_vars=_block_vars) else str_join(('w punkcie odbioru: ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), ))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. Wystarczy ją odebrać z dokumentem tożsamości. Jeśli odbiór nie będzie możliwy, prosimy dać nam znać – poprosimy przewoźnika o ponowne doręczenie.\n'

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
        yield ': '
        yield str(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)))
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
        yield ': '
        yield str(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)))
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
        yield ': '
        yield str(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)))
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
    yield ' nowy egzemplarz – bez żadnych kosztów po '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' stronie.\n'

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
    yield 'Sprawdzamy, co działo się z produktem'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' podczas pakowania i transportu. Jeśli to możliwe, prosimy przesłać zdjęcia uszkodzenia i opakowania.\n'

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
    yield 'Według dostawcy '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'produkt'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'będzie znów dostępny', 'będzie znów dostępna', 'będą znów dostępne', 'będą znów dostępne', 'będzie znów dostępne'))
    yield ' '
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
    yield 'Według dostawcy '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'produkt'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'będzie znów dostępny', 'będzie znów dostępna', 'będą znów dostępne', 'będą znów dostępne', 'będzie znów dostępne'))
    yield ' '
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
    yield 'Według dostawcy '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'produkt'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'będzie znów dostępny', 'będzie znów dostępna', 'będą znów dostępne', 'będą znów dostępne', 'będzie znów dostępne'))
    yield ' '
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
    yield 'Według dostawcy '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'produkt'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'będzie znów dostępny', 'będzie znów dostępna', 'będą znów dostępne', 'będą znów dostępne', 'będzie znów dostępne'))
    yield ' '
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
    yield 'Według dostawcy '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'produkt'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'będzie znów dostępny', 'będzie znów dostępna', 'będą znów dostępne', 'będą znów dostępne', 'będzie znów dostępne'))
    yield ' '
    yield str(t_4(context, (undefined(name='restock_date') if l_0_restock_date is missing else l_0_restock_date)))
    yield '; w międzyczasie wyjaśniamy z magazynem, skąd wziął się brak.\n'

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
    yield 'Według dostawcy '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'produkt'))
    yield ' '
    yield str(t_3(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'będzie znów dostępny', 'będzie znów dostępna', 'będą znów dostępne', 'będą znów dostępne', 'będzie znów dostępne'))
    yield ' '
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
    yield 'Poprawimy rozliczenie'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' zgodnie z warunkami, które powinny były obowiązywać od początku, i zwrócimy różnicę – '
    yield str(environment.call(context, environment.getattr({'f': 'nie musi Pani', 'm': 'nie musi Pan', 'either': 'nie musi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'nie muszą Państwo', _block_vars=_block_vars))
    yield ' nic robić.\n'

def block_policy_misreading_ours_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Na nasz koszt poprawimy warunki, które zastosowaliśmy do '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'tego zamówienia'
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
    yield 'Nasze warunki brzmią dokładnie tak: „'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '”. Zgodnie z nimi rozliczyliśmy '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'ten zakup'
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
    yield 'Nasze warunki brzmią: „'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '”. Sprawdzamy, jak należy je zastosować do '
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
    yield ' nowy egzemplarz – bez żadnych kosztów po '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' stronie.\n'

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
    yield 'Z tego, co ustaliliśmy, usterka nie wynika z wady produktu, więc nie możemy uznać reklamacji. Możemy natomiast naprawić produkt odpłatnie – najpierw prześlemy wycenę, bez zobowiązań.\n'

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
    yield 'Zwrócimy to, co pobraliśmy za dużo'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' przy zamówieniu nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', i prześlemy fakturę korygującą.\n'

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
    yield ' – jest prawidłowa. Jeśli na koncie widać inne, nieznane obciążenie, zwykle jest to tymczasowa blokada środków w banku, która po kilku dniach znika sama.\n'

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
    yield ' – zgadza się z kwotą zamówienia. Jeśli na koncie widać inne, nieznane obciążenie, zwykle jest to tymczasowa blokada środków w banku, która po kilku dniach znika sama.\n'

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
    yield ' – naprawimy to na nasz koszt.\n'

def block_other_not_ours(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Żebyśmy mogli sprawdzić sprawę, prosimy o '
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'kilka słów o tym, na czym polega problem z zamówieniem nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    else:
        pass
        yield 'numer zamówienia i kilka słów o tym, czego dotyczy sprawa'
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
    yield ', bez żadnych kosztów po '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' stronie. Jeśli '
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
    yield ', bez żadnych kosztów po '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' stronie. Jeśli '
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
    yield ' sprawdzimy, co działo się z produktem'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' podczas pakowania i transportu. Jeśli to możliwe, prosimy przesłać zdjęcia uszkodzenia i opakowania.\n'

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
    yield 'Nasze warunki brzmią: „'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '”. '
    yield str(t_5(context, (undefined(name='resume') if l_0_resume is missing else l_0_resume)))
    yield ' sprawdzimy, jak należy je zastosować do '
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
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Z tego, co ustaliliśmy, usterka nie wynika z wady produktu, więc nie możemy uznać reklamacji. Zakup dotarł jednak mniej niż 14 dni temu, więc '
    yield str(environment.call(context, environment.getattr({'f': 'może Pani', 'm': 'może Pan', 'either': 'może Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'mogą Państwo', _block_vars=_block_vars))
    yield ' odstąpić od umowy i odesłać go '
    yield str(t_2(context, (undefined(name='return_until') if l_0_return_until is missing else l_0_return_until)))
    yield ' – zwrócimy wtedy całą kwotę. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' zatrzymać zakup, możemy go naprawić odpłatnie – najpierw prześlemy wycenę, bez zobowiązań.\n'

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
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str(((str_join(('w punkcie odbioru ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))[14:], )) if environment.call(context, environment.getattr(environment.call(context, environment.getattr(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), 'lower'), _block_vars=_block_vars), 'startswith'), 'punkt odbioru ', _block_vars=_block_vars) else str_join(('w punkcie odbioru: ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), ))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. Wystarczy ją odebrać z dokumentem tożsamości. Jeśli odbiór nie będzie możliwy, proszę mi powiedzieć – zlecę ponowne doręczenie na nasz koszt.\n'

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
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str(((str_join(('w punkcie odbioru ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))[14:], )) if environment.call(context, environment.getattr(environment.call(context, environment.getattr(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), 'lower'), _block_vars=_block_vars), 'startswith'), 'punkt odbioru ', _block_vars=_block_vars) else str_join(('w punkcie odbioru: ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), ))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. Wystarczy ją odebrać z dokumentem tożsamości. Jeśli odbiór nie będzie możliwy, proszę mi powiedzieć – poproszę przewoźnika o ponowne doręczenie.\n'

def block_shipping_delay_not_ours_pickup_there_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pickup_until = resolve('pickup_until')
    try:
        t_2 = environment.filters['until_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'until_day' found.")
    pass
    yield 'Można ją tam odebrać'
    if (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until):
        pass
        yield ' '
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
    yield ' – wystarczy kod odbioru od przewoźnika lub dokument tożsamości. Jeśli odbiór nie będzie możliwy, proszę mi powiedzieć – poproszę przewoźnika o ponowne doręczenie.\n'

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
        yield str(t_2(context, (undefined(name='pickup_until') if l_0_pickup_until is missing else l_0_pickup_until)))
        yield ','
    yield ' '
    yield str(((str_join(('w punkcie odbioru ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point))[14:], )) if environment.call(context, environment.getattr(environment.call(context, environment.getattr(t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), 'lower'), _block_vars=_block_vars), 'startswith'), 'punkt odbioru ', _block_vars=_block_vars) else str_join(('w punkcie odbioru: ', t_1((undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point)), ))) if (undefined(name='pickup_point') if l_0_pickup_point is missing else l_0_pickup_point) else 'w punkcie odbioru, w którym zostawił ją kurier'))
    yield '. Wystarczy ją odebrać z dokumentem tożsamości. Jeśli odbiór nie będzie możliwy, proszę mi powiedzieć – poproszę przewoźnika o ponowne doręczenie.\n'

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
    l_0_address = resolve('address')
    pass
    yield 'Wyślemy '
    yield str((str_join(('paczkę z zamówieniem nr ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'paczkę'))
    yield ' ponownie, bez żadnych kosztów po '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' stronie, a nowy numer przesyłki prześlemy e-mailem.\n'

def block_shipping_delay_ours_returned_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_address = resolve('address')
    pass
    yield 'Wyślemy '
    yield str((str_join(('paczkę z zamówieniem nr ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'paczkę'))
    yield ' ponownie, bez żadnych kosztów po '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' stronie, a nowy numer przesyłki prześlemy e-mailem.\n'

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
    yield 'Zwrócimy to, co pobraliśmy za dużo'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' przy zamówieniu nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', i prześlemy fakturę korygującą.\n'

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
    yield ' – jest prawidłowa. Jeśli na koncie widać inne, nieznane obciążenie, zwykle jest to tymczasowa blokada środków w banku, która po kilku dniach znika sama.\n'

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
    yield ' – zgadza się z kwotą zamówienia. Jeśli na koncie widać inne, nieznane obciążenie, zwykle jest to tymczasowa blokada środków w banku, która po kilku dniach znika sama.\n'

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

blocks = {'shipping_delay_ours': block_shipping_delay_ours, 'shipping_delay_ours_choice': block_shipping_delay_ours_choice, 'shipping_delay_not_ours': block_shipping_delay_not_ours, 'shipping_delay_not_ours_pickup': block_shipping_delay_not_ours_pickup, 'shipping_delay_not_ours_pickup_there': block_shipping_delay_not_ours_pickup_there, 'shipping_delay_ours_pickup': block_shipping_delay_ours_pickup, 'shipping_delay_unclear_pickup': block_shipping_delay_unclear_pickup, 'shipping_delay_not_ours_pickup_expired': block_shipping_delay_not_ours_pickup_expired, 'shipping_delay_ours_pickup_expired': block_shipping_delay_ours_pickup_expired, 'shipping_delay_unclear_pickup_expired': block_shipping_delay_unclear_pickup_expired, 'shipping_delay_unclear': block_shipping_delay_unclear, 'damaged_item_ours': block_damaged_item_ours, 'damaged_item_ours_choice': block_damaged_item_ours_choice, 'damaged_item_not_ours': block_damaged_item_not_ours, 'damaged_item_unclear': block_damaged_item_unclear, 'damaged_item_not_ours_spoken': block_damaged_item_not_ours_spoken, 'damaged_item_unclear_spoken': block_damaged_item_unclear_spoken, 'out_of_stock_ours': block_out_of_stock_ours, 'out_of_stock_ours_choice': block_out_of_stock_ours_choice, 'out_of_stock_ours_restock': block_out_of_stock_ours_restock, 'out_of_stock_ours_restock_choice': block_out_of_stock_ours_restock_choice, 'out_of_stock_not_ours': block_out_of_stock_not_ours, 'out_of_stock_not_ours_choice': block_out_of_stock_not_ours_choice, 'out_of_stock_not_ours_restock': block_out_of_stock_not_ours_restock, 'out_of_stock_not_ours_restock_choice': block_out_of_stock_not_ours_restock_choice, 'out_of_stock_unclear': block_out_of_stock_unclear, 'out_of_stock_unclear_choice': block_out_of_stock_unclear_choice, 'out_of_stock_unclear_restock': block_out_of_stock_unclear_restock, 'out_of_stock_unclear_restock_choice': block_out_of_stock_unclear_restock_choice, 'policy_misreading_ours': block_policy_misreading_ours, 'policy_misreading_ours_choice': block_policy_misreading_ours_choice, 'policy_misreading_not_ours': block_policy_misreading_not_ours, 'policy_misreading_not_ours_quote': block_policy_misreading_not_ours_quote, 'policy_misreading_unclear': block_policy_misreading_unclear, 'policy_misreading_unclear_quote': block_policy_misreading_unclear_quote, 'product_defect_ours': block_product_defect_ours, 'product_defect_ours_choice': block_product_defect_ours_choice, 'product_defect_not_ours': block_product_defect_not_ours, 'product_defect_unclear': block_product_defect_unclear, 'billing_ours': block_billing_ours, 'billing_ours_amount': block_billing_ours_amount, 'billing_ours_overcharge': block_billing_ours_overcharge, 'billing_not_ours': block_billing_not_ours, 'billing_not_ours_amount': block_billing_not_ours_amount, 'billing_unclear': block_billing_unclear, 'billing_unclear_amount': block_billing_unclear_amount, 'other_ours': block_other_ours, 'other_not_ours': block_other_not_ours, 'other_unclear': block_other_unclear, 'other_unclear_closed': block_other_unclear_closed, 'out_of_stock_ours_late': block_out_of_stock_ours_late, 'out_of_stock_ours_late_choice': block_out_of_stock_ours_late_choice, 'out_of_stock_not_ours_late': block_out_of_stock_not_ours_late, 'out_of_stock_not_ours_late_choice': block_out_of_stock_not_ours_late_choice, 'out_of_stock_unclear_late': block_out_of_stock_unclear_late, 'out_of_stock_unclear_late_choice': block_out_of_stock_unclear_late_choice, 'billing_not_ours_explained': block_billing_not_ours_explained, 'billing_not_ours_amount_explained': block_billing_not_ours_amount_explained, 'damaged_item_ours_restock': block_damaged_item_ours_restock, 'damaged_item_ours_restock_choice': block_damaged_item_ours_restock_choice, 'product_defect_ours_restock': block_product_defect_ours_restock, 'product_defect_ours_restock_choice': block_product_defect_ours_restock_choice, 'shipping_delay_ours_closed': block_shipping_delay_ours_closed, 'shipping_delay_not_ours_closed': block_shipping_delay_not_ours_closed, 'shipping_delay_unclear_closed': block_shipping_delay_unclear_closed, 'damaged_item_unclear_closed': block_damaged_item_unclear_closed, 'out_of_stock_ours_closed': block_out_of_stock_ours_closed, 'out_of_stock_ours_choice_closed': block_out_of_stock_ours_choice_closed, 'out_of_stock_not_ours_closed': block_out_of_stock_not_ours_closed, 'out_of_stock_not_ours_choice_closed': block_out_of_stock_not_ours_choice_closed, 'out_of_stock_unclear_closed': block_out_of_stock_unclear_closed, 'out_of_stock_unclear_choice_closed': block_out_of_stock_unclear_choice_closed, 'out_of_stock_unclear_restock_closed': block_out_of_stock_unclear_restock_closed, 'out_of_stock_ours_late_closed': block_out_of_stock_ours_late_closed, 'out_of_stock_ours_late_choice_closed': block_out_of_stock_ours_late_choice_closed, 'out_of_stock_not_ours_late_closed': block_out_of_stock_not_ours_late_closed, 'out_of_stock_not_ours_late_choice_closed': block_out_of_stock_not_ours_late_choice_closed, 'out_of_stock_unclear_late_closed': block_out_of_stock_unclear_late_closed, 'policy_misreading_unclear_closed': block_policy_misreading_unclear_closed, 'policy_misreading_unclear_quote_closed': block_policy_misreading_unclear_quote_closed, 'product_defect_unclear_closed': block_product_defect_unclear_closed, 'billing_unclear_closed': block_billing_unclear_closed, 'billing_unclear_amount_closed': block_billing_unclear_amount_closed, 'product_defect_not_ours_withdrawal': block_product_defect_not_ours_withdrawal, 'other_not_ours_explained': block_other_not_ours_explained, 'shipping_delay_ours_pickup_spoken': block_shipping_delay_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_spoken': block_shipping_delay_not_ours_pickup_spoken, 'shipping_delay_not_ours_pickup_there_spoken': block_shipping_delay_not_ours_pickup_there_spoken, 'shipping_delay_unclear_pickup_spoken': block_shipping_delay_unclear_pickup_spoken, 'other_ours_spoken': block_other_ours_spoken, 'other_ours_explained': block_other_ours_explained, 'other_ours_explained_spoken': block_other_ours_explained_spoken, 'shipping_delay_ours_returned': block_shipping_delay_ours_returned, 'shipping_delay_ours_returned_spoken': block_shipping_delay_ours_returned_spoken, 'shipping_delay_not_ours_returned': block_shipping_delay_not_ours_returned, 'shipping_delay_not_ours_returned_spoken': block_shipping_delay_not_ours_returned_spoken, 'billing_ours_spoken': block_billing_ours_spoken, 'billing_ours_amount_spoken': block_billing_ours_amount_spoken, 'billing_ours_overcharge_spoken': block_billing_ours_overcharge_spoken, 'billing_not_ours_spoken': block_billing_not_ours_spoken, 'billing_not_ours_amount_spoken': block_billing_not_ours_amount_spoken, 'billing_not_ours_explained_spoken': block_billing_not_ours_explained_spoken, 'billing_not_ours_amount_explained_spoken': block_billing_not_ours_amount_explained_spoken, 'billing_unclear_spoken': block_billing_unclear_spoken, 'billing_unclear_amount_spoken': block_billing_unclear_amount_spoken}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&49=26&52=27&55=28&58=29&61=30&64=31&67=32&70=33&73=34&76=35&79=36&82=37&85=38&88=39&91=40&94=41&97=42&100=43&103=44&106=45&109=46&112=47&115=48&118=49&121=50&124=51&127=52&130=53&133=54&136=55&139=56&142=57&145=58&148=59&151=60&154=61&157=62&160=63&163=64&166=65&169=66&172=67&175=68&178=69&181=70&184=71&187=72&192=74&195=75&198=76&201=77&204=78&207=79&210=80&213=81&216=82&219=83&222=84&225=85&228=86&231=87&234=88&237=89&240=90&243=91&246=92&249=93&252=94&255=95&258=96&261=97&264=98&267=99&270=100&273=101&277=102&280=103&284=104&287=105&290=106&293=107&298=108&301=109&304=110&307=111&310=112&313=113&316=114&319=115&322=116&3=118&4=129&6=139&7=150&9=158&10=168&12=174&13=199&15=214&16=230&18=236&19=261&21=276&22=301&24=316&25=333&27=344&28=361&30=372&31=389&33=400&34=410&36=416&37=426&39=431&42=441&43=451&45=457&46=467&49=473&52=483&55=493&56=503&58=506&61=516&62=540&64=549&65=572&67=579&68=589&70=592&73=602&74=626&76=635&77=658&79=665&82=675&85=685&86=708&88=715&89=738&91=745&92=756&94=764&95=774&97=783&98=793&100=802&101=819&103=830&104=840&106=849&107=866&109=877&110=887&112=892&115=902&118=912&119=922&121=928&122=938&124=944&125=954&127=966&128=977&130=996&131=1006&133=1012&134=1023&136=1030&137=1040&139=1046&140=1057&142=1064&143=1074&145=1080&146=1090&148=1099&149=1108&151=1117&152=1128&154=1139&155=1156&157=1161&158=1177&160=1180&161=1197&163=1202&164=1218&166=1221&167=1237&169=1240&170=1256&172=1259&173=1269&175=1275&176=1286&178=1293&179=1310&181=1317&182=1333&184=1336&185=1353&187=1360&188=1376&192=1379&193=1396&195=1408&196=1424&198=1432&199=1448&201=1456&202=1472&204=1480&205=1496&207=1501&208=1516&210=1519&211=1535&213=1540&214=1555&216=1558&217=1573&219=1576&220=1591&222=1594&223=1617&225=1622&226=1646&228=1653&229=1676&231=1681&232=1705&234=1712&235=1735&237=1740&238=1763&240=1768&241=1784&243=1795&244=1819&246=1832&247=1848&249=1856&250=1872&252=1880&253=1897&255=1906&256=1923&258=1930&261=1940&262=1965&264=1980&265=2005&267=2020&268=2036&270=2042&271=2067&273=2082&274=2092&277=2098&280=2108&284=2118&285=2129&287=2134&288=2145&290=2150&291=2160&293=2166&295=2176&298=2179&299=2189&301=2195&302=2205&304=2217&305=2228&307=2247&308=2257&310=2263&311=2274&313=2281&314=2291&316=2297&317=2308&319=2315&320=2325&322=2331&323=2342'
