# Generated from ca/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '97412745-2322'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/acknowledge.j2'

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
    yield 'Sentim que la seva comanda'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' encara no li hagi arribat.\n'

def block_shipping_delay_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sé que la seva comanda'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' encara no li ha arribat, i ho sento.\n'

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentim molt que la seva comanda'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' li hagi arribat amb danys.\n'

def block_damaged_item_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sé que la seva comanda'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' li ha arribat amb danys, i ho sento molt.\n'

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentim que l’article que va demanar'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' s’hagi exhaurit després de la seva compra.\n'

def block_out_of_stock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Li truco perquè l’article que va demanar'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' s’ha exhaurit després de la seva compra, i ho sento.\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Entenem que esperava una altra cosa de les condicions aplicades '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva compra'), 'a'))
    yield '.\n'

def block_policy_misreading_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_1 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Entenc que esperava una altra cosa de les condicions aplicades '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva compra'), 'a'))
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
    yield 'Sentim que el producte'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' no funcioni com hauria de funcionar.\n'

def block_product_defect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sé que el producte'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ', '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ','
    yield ' no funciona com hauria de funcionar, i ho sento.\n'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    try:
        t_1 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Entenem la seva preocupació pel càrrec'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' '
        yield str(t_1(context, (undefined(name='amount') if l_0_amount is missing else l_0_amount), 'de'))
    yield ' que veu al seu compte.\n'

def block_billing_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    try:
        t_1 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Li truco pel càrrec'
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield ' '
        yield str(t_1(context, (undefined(name='amount') if l_0_amount is missing else l_0_amount), 'de'))
    yield ' que veu al seu compte; entenc la seva preocupació.\n'

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Gràcies per explicar-nos què ha passat'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' amb '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
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
    yield 'Li truco pel que ens va explicar'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' sobre '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '.\n'

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_spoken': block_other_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&2=26&3=36&5=43&6=53&8=60&9=70&11=77&12=87&14=94&15=104&17=111&18=121&20=128&21=144&23=147&24=163&26=166&27=176&29=183&30=193&32=200&33=216&35=222&36=238&38=244&39=254&41=260&42=270'
