# Generated from pl/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'a17a58e8-2564'
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
    pass
    yield 'Przykro nam, że na zamówienie'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' trzeba czekać dłużej, niż powinno.\n'

def block_shipping_delay_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Wiem, że zamówienie'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' jeszcze nie dotarło – bardzo mi przykro.\n'

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Bardzo nam przykro, że zamówienie'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' dotarło uszkodzone.\n'

def block_damaged_item_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Wiem, że zamówienie'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' dotarło uszkodzone – bardzo mi przykro.\n'

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Przykro nam, że zamówiony produkt'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' wyprzedał się już po złożeniu zamówienia.\n'

def block_out_of_stock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Dzwonię, bo zamówiony produkt'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' wyprzedał się już po złożeniu zamówienia – bardzo mi przykro.\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    pass
    yield 'Rozumiemy, że warunki zastosowane przy zakupie'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' okazały się inne, niż '
    yield str(environment.call(context, environment.getattr({'f': 'się Pani spodziewała', 'm': 'się Pan spodziewał'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'się Państwo spodziewali', _block_vars=_block_vars))
    yield '.\n'

def block_policy_misreading_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    l_0_address = resolve('address')
    pass
    yield 'Rozumiem, że warunki zastosowane przy zakupie'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' okazały się inne, niż '
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
    yield 'Przykro nam, że produkt'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' nie działa tak, jak powinien.\n'

def block_product_defect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Wiem, że produkt'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield ' nie działa tak, jak powinien – bardzo mi przykro.\n'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    pass
    yield 'Rozumiemy niepokój związany z obciążeniem'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' na kwotę '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ', które widać na koncie.\n'

def block_billing_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    pass
    yield 'Dzwonię w sprawie obciążenia'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' na kwotę '
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
    yield ', które widać na koncie – rozumiem, że to niepokojące.\n'

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Dziękujemy za opisanie sytuacji'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield '.\n'

def block_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Dzwonię w sprawie zgłoszenia'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' ('
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ')'
    yield '.\n'

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_spoken': block_other_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&2=26&3=36&5=43&6=53&8=60&9=70&11=77&12=87&14=94&15=104&17=111&18=121&20=128&21=139&23=148&24=159&26=168&27=178&29=185&30=195&32=202&33=212&35=218&36=228&38=234&39=244&41=251&42=261'
