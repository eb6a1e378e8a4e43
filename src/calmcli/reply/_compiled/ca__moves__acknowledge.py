# Generated from ca/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '11c31a4b-4306'
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
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Sentim que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'))
    yield ' encara no li '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'), 'hagi', 'hagin'))
    yield ' arribat.\n'

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
    yield 'Sé que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'))
    yield ' encara no li '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'), 'ha', 'han'))
    yield ' arribat, i ho sento.\n'

def block_damaged_item(context, missing=missing, environment=environment):
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
    yield 'Sentim molt que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'))
    yield ' li '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'), 'hagi', 'hagin'))
    yield ' arribat amb danys.\n'

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
    yield 'Sé que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'))
    yield ' li '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'), 'ha', 'han'))
    yield ' arribat amb danys, i ho sento molt.\n'

def block_out_of_stock(context, missing=missing, environment=environment):
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
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'Sentim que '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' s’'
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'hagi', 'hagin'))
        yield ' exhaurit abans que poguéssim fer l’enviament.'
    else:
        pass
        yield 'Sentim que s’hagin exhaurit les existències abans que li poguéssim enviar la comanda.'

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
    yield 'És per la seva comanda: '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' s’'
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'ha', 'han'))
        yield ' exhaurit'
    else:
        pass
        yield 's’han exhaurit les existències'
    yield ' abans que poguéssim fer l’enviament, i ho sento.\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_2 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Entenem que les condicions aplicades a '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'la compra '
        yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'de'))
    else:
        pass
        yield 'la seva compra'
    yield ' no eren les que esperava.\n'

def block_policy_misreading_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    try:
        t_2 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'És per les condicions de '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'la compra '
        yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'de'))
    else:
        pass
        yield 'la seva compra'
    yield ': entenc que no eren les que esperava.\n'

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
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'Sentim que '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' li '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'hagi sortit defectuós', 'hagi sortit defectuosa', 'hagin sortit defectuosos', 'hagin sortit defectuoses'))
        yield '.'
    else:
        pass
        yield 'Sentim que hagi rebut un article defectuós.'

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
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'Sé que '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ' li '
        yield str(t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'està', 'estan'))
        yield ' donant problemes, i ho sento.'
    else:
        pass
        yield 'Sé que ha tingut problemes amb la comanda, i ho sento.'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_item = resolve('item')
    try:
        t_2 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    if ((undefined(name='amount') if l_0_amount is missing else l_0_amount) or (undefined(name='item') if l_0_item is missing else l_0_item)):
        pass
        yield 'Entenem que li preocupi el càrrec'
        if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
            pass
            yield ' de '
            yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        if (undefined(name='item') if l_0_item is missing else l_0_item):
            pass
            yield ' corresponent '
            yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'a'))
        yield '.'
    else:
        pass
        yield 'Entenem que li preocupi aquest càrrec del seu compte.'

def block_billing_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_item = resolve('item')
    try:
        t_2 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    if ((undefined(name='amount') if l_0_amount is missing else l_0_amount) or (undefined(name='item') if l_0_item is missing else l_0_item)):
        pass
        yield 'És pel càrrec'
        if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
            pass
            yield ' de '
            yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        if (undefined(name='item') if l_0_item is missing else l_0_item):
            pass
            yield ' '
            yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'de'))
        yield '; entenc que li preocupi.'
    else:
        pass
        yield 'És pel càrrec que veu al seu compte; entenc que li preocupi.'

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Gràcies per escriure’ns'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' sobre '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '.\n'

def block_other_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_contacts = resolve('contacts')
    l_0_item = resolve('item')
    pass
    if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) > 0):
        pass
        yield 'Lamentem que ens hagi hagut d’escriure '
        yield str((environment.getitem(['', '', 'dues', 'tres', 'quatre', 'cinc'], environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 5) else environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)))
        yield ' vegades'
    else:
        pass
        yield 'Lamentem que ens hagi hagut de tornar a escriure'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' sobre '
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
    yield 'És pel missatge que ens va enviar'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' sobre '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '.\n'

def block_product_defect_reported(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentim que hagi tingut un problema amb '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'))
    yield '.\n'

def block_product_defect_reported_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sé que ha tingut un problema amb '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'))
    yield ', i ho sento.\n'

def block_out_of_stock_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentim no haver-li pogut enviar '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'la comanda'))
    yield '.\n'

def block_out_of_stock_explained_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'És per la seva comanda: '
    yield str((str_join(('no li hem pogut enviar ', (undefined(name='item') if l_0_item is missing else l_0_item), )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'no l’hi hem pogut enviar'))
    yield ', i ho sento.\n'

def block_damaged_item_reported(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sentim molt el que ha passat amb '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'))
    yield '.\n'

def block_damaged_item_reported_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Sento molt el que ha passat amb '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'la seva comanda'))
    yield '.\n'

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_again': block_other_again, 'other_spoken': block_other_spoken, 'product_defect_reported': block_product_defect_reported, 'product_defect_reported_spoken': block_product_defect_reported_spoken, 'out_of_stock_explained': block_out_of_stock_explained, 'out_of_stock_explained_spoken': block_out_of_stock_explained_spoken, 'damaged_item_reported': block_damaged_item_reported, 'damaged_item_reported_spoken': block_damaged_item_reported_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&44=25&47=26&50=27&54=28&57=29&60=30&63=31&2=33&3=49&5=54&6=70&8=75&9=91&11=96&12=112&14=117&15=132&17=143&18=159&20=170&21=186&23=195&24=211&26=220&27=235&29=246&30=261&32=272&33=288&35=304&36=320&38=336&39=346&41=352&42=362&44=376&45=386&47=392&48=402&50=405&51=415&54=418&55=428&57=431&58=441&60=444&61=454&63=457&64=467'
