# Generated from ca/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '8cb96799-4159'
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
    yield 'Sentim que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'un article de la seva comanda'))
    yield ' s’'
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'un article de la seva comanda'), 'hagi', 'hagin'))
    yield ' exhaurit abans que poguéssim fer l’enviament.\n'

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
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'un dels articles'))
    yield ' s’'
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'un dels articles'), 'ha', 'han'))
    yield ' exhaurit abans que poguéssim fer l’enviament, i ho sento.\n'

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
    yield ': entenc que n’esperava unes altres.\n'

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
    yield 'Sentim que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'el producte'))
    yield ' li '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'el producte'), 'hagi sortit defectuós', 'hagi sortit defectuosa', 'hagin sortit defectuosos', 'hagin sortit defectuoses'))
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
    yield 'Sé que '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'el producte'))
    yield ' li '
    yield str(t_1(context, ((undefined(name='item') if l_0_item is missing else l_0_item) or 'el producte'), 'està', 'estan'))
    yield ' donant problemes, i ho sento.\n'

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
            yield ' corresponent '
            yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'a'))
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
    if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) > 1):
        pass
        yield 'Lamentem que ens hagi hagut d’escriure '
        yield str((environment.getitem(['', '', 'dues', 'tres', 'quatre', 'cinc'], (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 6) else (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts)))
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
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'l’article que va rebre'))
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
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'l’article que va rebre'))
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
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'un dels articles de la seva comanda'))
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
    yield 'És per la seva comanda: no li hem pogut enviar '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'un dels articles'))
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
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&44=25&47=26&50=27&54=28&57=29&60=30&63=31&2=33&3=49&5=54&6=70&8=75&9=91&11=96&12=112&14=117&15=133&17=138&18=154&20=159&21=175&23=184&24=200&26=209&27=225&29=230&30=246&32=251&33=267&35=283&36=299&38=315&39=325&41=331&42=341&44=355&45=365&47=371&48=381&50=384&51=394&54=397&55=407&57=410&58=420&60=423&61=433&63=436&64=446'
