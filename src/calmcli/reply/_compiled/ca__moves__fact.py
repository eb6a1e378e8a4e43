# Generated from ca/moves/fact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'a2b96b46-1347'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/fact.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['carrier_status'][0](context)
    yield from context.blocks['delivery_date'][0](context)
    yield from context.blocks['delivery_date_unconfirmed'][0](context)
    yield from context.blocks['tracking'][0](context)
    yield from context.blocks['tracking_spoken'][0](context)
    yield from context.blocks['policy_quote'][0](context)
    yield from context.blocks['delivery_date_passed'][0](context)
    yield from context.blocks['carrier_status_address'][0](context)
    yield from context.blocks['carrier_status_incomplete'][0](context)

def block_carrier_status(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_carrier_status = resolve('carrier_status')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    pass
    yield 'El transportista indica ara aquest estat: «'
    yield str(t_1((undefined(name='carrier_status') if l_0_carrier_status is missing else l_0_carrier_status)))
    yield '».\n'

def block_delivery_date(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_delivery_date = resolve('delivery_date')
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'La nova data de lliurament és el '
    yield str(t_2(context, (undefined(name='delivery_date') if l_0_delivery_date is missing else l_0_delivery_date)))
    yield '.\n'

def block_delivery_date_unconfirmed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_delivery_date = resolve('delivery_date')
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'El transportista ens indica com a nova data de lliurament el '
    yield str(t_2(context, (undefined(name='delivery_date') if l_0_delivery_date is missing else l_0_delivery_date)))
    yield ', i li estem demanant que ens la confirmi.\n'

def block_tracking(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_tracking = resolve('tracking')
    pass
    yield 'Pot seguir l’enviament amb el número de seguiment '
    yield str((undefined(name='tracking') if l_0_tracking is missing else l_0_tracking))
    yield '.\n'

def block_tracking_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Després de la trucada li envio el número de seguiment perquè pugui seguir l’enviament.\n'

def block_policy_quote(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_policy_quote = resolve('policy_quote')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    pass
    yield 'Les nostres condicions diuen: «'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '».\n'

def block_delivery_date_passed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_delivery_date = resolve('delivery_date')
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Li havia d’haver arribat el '
    yield str(t_2(context, (undefined(name='delivery_date') if l_0_delivery_date is missing else l_0_delivery_date)))
    yield '.\n'

def block_carrier_status_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_carrier_status = resolve('carrier_status')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    pass
    yield 'L’estat que indica el transportista, «'
    yield str(t_1((undefined(name='carrier_status') if l_0_carrier_status is missing else l_0_carrier_status)))
    yield '», es deu al fet que el paquet va anar a l’adreça equivocada.\n'

def block_carrier_status_incomplete(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_carrier_status = resolve('carrier_status')
    try:
        t_1 = environment.filters['bare']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bare' found.")
    pass
    yield 'L’estat que indica el transportista, «'
    yield str(t_1((undefined(name='carrier_status') if l_0_carrier_status is missing else l_0_carrier_status)))
    yield '», es deu al fet que a l’adreça hi faltaven dades.\n'

blocks = {'carrier_status': block_carrier_status, 'delivery_date': block_delivery_date, 'delivery_date_unconfirmed': block_delivery_date_unconfirmed, 'tracking': block_tracking, 'tracking_spoken': block_tracking_spoken, 'policy_quote': block_policy_quote, 'delivery_date_passed': block_delivery_date_passed, 'carrier_status_address': block_carrier_status_address, 'carrier_status_incomplete': block_carrier_status_incomplete}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&22=18&25=19&1=21&2=37&4=40&5=56&7=59&8=75&10=78&11=88&13=91&16=101&17=117&19=120&20=136&22=139&23=155&25=158&26=174'
