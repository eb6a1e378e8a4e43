# Generated from pl/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '2d17339b-6476'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/acknowledge.j2'

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
    yield from context.blocks['other_again'][0](context)
    yield from context.blocks['other_spoken'][0](context)
    yield from context.blocks['product_defect_reported'][0](context)
    yield from context.blocks['product_defect_reported_spoken'][0](context)
    yield from context.blocks['out_of_stock_explained'][0](context)
    yield from context.blocks['out_of_stock_explained_spoken'][0](context)
    yield from context.blocks['damaged_item_reported'][0](context)
    yield from context.blocks['damaged_item_reported_spoken'][0](context)

def block_shipping_delay(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Przykro nam, że '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'zamówienie'))
    yield ' jeszcze do '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' nie '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'dotarł', 'dotarła', 'dotarły', 'dotarły', 'dotarło') if (undefined(name='item') if l_0_item is missing else l_0_item) else 'dotarło'))
    yield '.\n'

def block_shipping_delay_spoken(context, missing=missing, environment=environment):
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
    yield 'Bardzo mi przykro, że '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'zamówienie'))
    yield ' jeszcze nie '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'dotarł', 'dotarła', 'dotarły', 'dotarły', 'dotarło') if (undefined(name='item') if l_0_item is missing else l_0_item) else 'dotarło'))
    yield '.\n'

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Bardzo nam przykro, że '
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' ', t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'dotarł', 'dotarła', 'dotarły', 'dotarły', 'dotarło'), ' do ', environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars), ' ', t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'uszkodzony', 'uszkodzona', 'uszkodzone', 'uszkodzone', 'uszkodzone'), )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'przesyłka dotarła uszkodzona'))
    yield '.\n'

def block_damaged_item_spoken(context, missing=missing, environment=environment):
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
    yield 'Bardzo mi przykro, że '
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' ', t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'dotarł', 'dotarła', 'dotarły', 'dotarły', 'dotarło'), ' ', t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'uszkodzony', 'uszkodzona', 'uszkodzone', 'uszkodzone', 'uszkodzone'), )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'przesyłka dotarła uszkodzona'))
    yield '.\n'

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Przykro nam, że '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'produkt'))
    yield ' z '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' zamówienia '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'wyprzedał', 'wyprzedała', 'wyprzedały', 'wyprzedały', 'wyprzedało') if (undefined(name='item') if l_0_item is missing else l_0_item) else 'wyprzedał'))
    yield ' się, zanim zdążyliśmy wysłać paczkę.\n'

def block_out_of_stock_spoken(context, missing=missing, environment=environment):
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
    yield 'Bardzo mi przykro, ale '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'produkt z zamówienia'))
    yield ' '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'wyprzedał', 'wyprzedała', 'wyprzedały', 'wyprzedały', 'wyprzedało') if (undefined(name='item') if l_0_item is missing else l_0_item) else 'wyprzedał'))
    yield ' się, zanim zdążyliśmy wysłać paczkę.\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Rozumiemy, że warunki zakupu'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', którymi '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'objęty jest', 'objęta jest', 'objęte są', 'objęte są', 'objęte jest'))
        yield ' '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' '
    yield str(environment.call(context, environment.getattr({'f': 'Panią', 'm': 'Pana', 'either': 'Pana/Panią'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' zaskoczyły.\n'

def block_policy_misreading_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Rozumiem, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'warunki, którymi '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'objęty jest', 'objęta jest', 'objęte są', 'objęte są', 'objęte jest'))
        yield ' '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    else:
        pass
        yield 'te warunki'
    yield ' '
    yield str(environment.call(context, environment.getattr({'f': 'Panią', 'm': 'Pana', 'either': 'Pana/Panią'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' zaskoczyły.\n'

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
    yield 'Przykro nam, że '
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' ', t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'ma', 'ma', 'mają', 'mają', 'ma'), ' wadę', )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'zamówiony produkt ma wadę'))
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
    yield 'Bardzo mi przykro, że '
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' ', t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'ma', 'ma', 'mają', 'mają', 'ma'), ' wadę', )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'zamówiony produkt ma wadę'))
    yield '.\n'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_address = resolve('address')
    pass
    yield 'Rozumiemy, że obciążenie '
    yield str((str_join(('na kwotę ', (undefined(name='amount') if l_0_amount is missing else l_0_amount), )) if (undefined(name='amount') if l_0_amount is missing else l_0_amount) else 'na koncie'))
    yield ' budzi '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' wątpliwości.\n'

def block_billing_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_address = resolve('address')
    pass
    yield 'Rozumiem, że obciążenie '
    yield str((str_join(('na kwotę ', (undefined(name='amount') if l_0_amount is missing else l_0_amount), )) if (undefined(name='amount') if l_0_amount is missing else l_0_amount) else 'na koncie'))
    yield ' budzi '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Pana/Pani', _block_vars=_block_vars))
    yield ' wątpliwości.\n'

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_audience = resolve('audience')
    pass
    yield 'Dziękujemy za '
    yield str(('komentarz' if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'public') else 'wiadomość'))
    yield '.\n'

def block_other_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_contacts = resolve('contacts')
    l_0_address = resolve('address')
    l_0_times = missing
    pass
    l_0_times = (environment.getitem(['drugi', 'trzeci', 'czwarty', 'piąty', 'szósty', 'siódmy', 'ósmy', 'dziewiąty', 'dziesiąty'], ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) - 1)) if (0 < (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 10) else 'kolejny')
    _block_vars['times'] = l_0_times
    yield 'Przepraszamy, że '
    yield str(environment.call(context, environment.getattr({'f': 'musi Pani', 'm': 'musi Pan', 'either': 'musi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'muszą Państwo', _block_vars=_block_vars))
    yield ' pisać do nas w tej sprawie już po raz '
    yield str((undefined(name='times') if l_0_times is missing else l_0_times))
    yield '.\n'

def block_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Zależy mi, żeby szybko to wyjaśnić.\n'

def block_product_defect_reported(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Przykro nam, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'sprawia', 'sprawia', 'sprawiają', 'sprawiają', 'sprawia'))
        yield ' '
        yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu', 'either': 'Panu/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
        yield ' kłopot'
    else:
        pass
        yield 'zamówiony produkt sprawia '
        yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu', 'either': 'Panu/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
        yield ' kłopot'
    yield '.\n'

def block_product_defect_reported_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Bardzo mi przykro, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'sprawia', 'sprawia', 'sprawiają', 'sprawiają', 'sprawia'))
        yield ' '
        yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu', 'either': 'Panu/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
        yield ' kłopot'
    else:
        pass
        yield 'zamówiony produkt sprawia '
        yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu', 'either': 'Panu/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
        yield ' kłopot'
    yield '.\n'

def block_out_of_stock_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Niestety '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'produkt'))
    yield ' z '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' zamówienia nie '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'mógł zostać wysłany', 'mogła zostać wysłana', 'mogły zostać wysłane', 'mogły zostać wysłane', 'mogło zostać wysłane') if (undefined(name='item') if l_0_item is missing else l_0_item) else 'mógł zostać wysłany'))
    yield '.\n'

def block_out_of_stock_explained_spoken(context, missing=missing, environment=environment):
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
    yield 'Bardzo mi przykro, ale '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'produkt z zamówienia'))
    yield ' nie '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'mógł zostać wysłany', 'mogła zostać wysłana', 'mogły zostać wysłane', 'mogły zostać wysłane', 'mogło zostać wysłane') if (undefined(name='item') if l_0_item is missing else l_0_item) else 'mógł zostać wysłany'))
    yield '.\n'

def block_damaged_item_reported(context, missing=missing, environment=environment):
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
    yield 'Przykro nam, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'jest uszkodzony', 'jest uszkodzona', 'są uszkodzone', 'są uszkodzone', 'jest uszkodzone'))
    else:
        pass
        yield 'zamówiony produkt jest uszkodzony'
    yield '.\n'

def block_damaged_item_reported_spoken(context, missing=missing, environment=environment):
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
    yield 'Przykro mi, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'jest uszkodzony', 'jest uszkodzona', 'są uszkodzone', 'są uszkodzone', 'jest uszkodzone'))
    else:
        pass
        yield 'zamówiony produkt jest uszkodzony'
    yield '.\n'

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_again': block_other_again, 'other_spoken': block_other_spoken, 'product_defect_reported': block_product_defect_reported, 'product_defect_reported_spoken': block_product_defect_reported_spoken, 'out_of_stock_explained': block_out_of_stock_explained, 'out_of_stock_explained_spoken': block_out_of_stock_explained_spoken, 'damaged_item_reported': block_damaged_item_reported, 'damaged_item_reported_spoken': block_damaged_item_reported_spoken}
debug_info = '4=11&7=12&10=13&13=14&16=15&19=16&22=17&25=18&28=19&31=20&34=21&38=22&41=23&44=24&48=25&51=26&54=27&58=28&61=29&64=30&67=31&4=33&5=50&7=57&8=73&10=78&11=95&13=98&14=114&16=117&17=134&19=141&20=157&22=162&23=179&25=190&26=207&28=221&29=237&31=240&32=256&34=259&36=270&38=275&39=286&41=291&42=301&44=304&45=315&46=318&48=323&51=333&52=350&54=365&55=382&58=397&59=414&61=421&62=437&64=442&65=458&67=468&68=484'
