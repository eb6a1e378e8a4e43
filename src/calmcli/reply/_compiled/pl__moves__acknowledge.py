# Generated from pl/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '9a5909c3-3476'
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
    yield from context.blocks['other_spoken'][0](context)

def block_shipping_delay(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    pass
    yield 'Przykro nam, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'zamówiony produkt – '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' – jeszcze do '
        yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
        yield ' nie dotarł'
    else:
        pass
        yield 'na '
        yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
        yield ' zamówienie trzeba czekać dłużej, niż powinno'
    yield '.\n'

def block_shipping_delay_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    pass
    yield 'Wiem, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'zamówiony produkt – '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' – jeszcze do '
        yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
        yield ' nie dotarł'
    else:
        pass
        yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
        yield ' zamówienie jeszcze nie dotarło'
    yield ' – bardzo mi przykro.\n'

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Bardzo nam przykro, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'zamówiony produkt – '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' – dotarł uszkodzony'
    else:
        pass
        yield 'przesyłka dotarła uszkodzona'
    yield '.\n'

def block_damaged_item_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Wiem, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'zamówiony produkt – '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' – dotarł uszkodzony'
    else:
        pass
        yield 'przesyłka dotarła uszkodzona'
    yield ' – bardzo mi przykro.\n'

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_item = resolve('item')
    pass
    yield 'Niestety produkt z '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' zamówienia'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' – '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' –'
    yield ' wyprzedał się, zanim zdążyliśmy wysłać paczkę. Bardzo nam przykro.\n'

def block_out_of_stock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_item = resolve('item')
    pass
    yield 'Niestety produkt z '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' zamówienia'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' – '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' –'
    yield ' wyprzedał się, zanim zdążyliśmy wysłać paczkę. Bardzo mi przykro.\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Rozumiemy, że warunki zastosowane przy zakupie okazały się inne, niż '
    yield str(environment.call(context, environment.getattr({'f': 'się Pani spodziewała', 'm': 'się Pan spodziewał'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'się Państwo spodziewali', _block_vars=_block_vars))
    yield '.\n'

def block_policy_misreading_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Rozumiem, że warunki zastosowane przy zakupie okazały się inne, niż '
    yield str(environment.call(context, environment.getattr({'f': 'się Pani spodziewała', 'm': 'się Pan spodziewał'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'się Państwo spodziewali', _block_vars=_block_vars))
    yield '.\n'

def block_product_defect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Przykro nam, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'zamówiony produkt – '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' – sprawia kłopot'
    else:
        pass
        yield 'z zamówionym produktem jest problem'
    yield '.\n'

def block_product_defect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Wiem, że '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'zamówiony produkt – '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' – sprawia kłopot'
    else:
        pass
        yield 'z zamówionym produktem jest problem'
    yield ' – bardzo mi przykro.\n'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    pass
    yield 'Rozumiemy, że '
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield 'obciążenie na kwotę '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        yield ' widoczne na koncie budzi niepokój'
    else:
        pass
        yield 'obciążenie widoczne na koncie budzi niepokój'
    yield '.\n'

def block_billing_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    pass
    yield 'Rozumiem, że '
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield 'obciążenie na kwotę '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        yield ' widoczne na koncie budzi niepokój'
    else:
        pass
        yield 'obciążenie widoczne na koncie budzi niepokój'
    yield '.\n'

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    pass
    yield 'Dziękujemy za wiadomość'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' w sprawie produktu „'
        yield str(t_1((undefined(name='item') if l_0_item is missing else l_0_item)))
        yield '”'
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

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_spoken': block_other_spoken}
debug_info = '4=11&7=12&10=13&13=14&16=15&19=16&22=17&25=18&28=19&31=20&34=21&37=22&40=23&43=24&4=26&5=37&7=51&8=62&10=75&11=85&13=95&14=105&16=115&17=126&19=135&20=146&22=155&23=165&25=168&26=178&28=181&29=191&31=201&32=211&34=221&35=231&37=241&38=251&40=261&41=277&43=284'
