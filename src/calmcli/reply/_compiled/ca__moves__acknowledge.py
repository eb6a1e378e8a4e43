# Generated from ca/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '68cdd31d-3855'
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
    yield 'Entenem que esperava que a '
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield 'la compra '
        yield str(t_2(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'de'))
    else:
        pass
        yield 'la seva compra'
    yield ' s’hi apliquessin unes altres condicions.\n'

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

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_spoken': block_other_spoken, 'product_defect_reported': block_product_defect_reported, 'product_defect_reported_spoken': block_product_defect_reported_spoken, 'out_of_stock_explained': block_out_of_stock_explained, 'out_of_stock_explained_spoken': block_out_of_stock_explained_spoken, 'damaged_item_reported': block_damaged_item_reported, 'damaged_item_reported_spoken': block_damaged_item_reported_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&44=25&47=26&51=27&54=28&57=29&60=30&2=32&3=48&5=53&6=69&8=74&9=90&11=95&12=111&14=116&15=132&17=137&18=153&20=158&21=174&23=183&24=199&26=208&27=224&29=229&30=245&32=250&33=266&35=282&36=298&38=314&39=324&41=330&42=340&44=346&45=356&47=359&48=369&51=372&52=382&54=385&55=395&57=398&58=408&60=411&61=421'
