# Generated from pl/moves/fact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '4a2d885d-1489'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/fact.j2'

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
    yield from context.blocks['stop_using'][0](context)
    yield from context.blocks['stop_using_spoken'][0](context)

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
    yield 'Przewoźnik podaje obecnie status: „'
    yield str(t_1((undefined(name='carrier_status') if l_0_carrier_status is missing else l_0_carrier_status)))
    yield '”.\n'

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
    yield 'Nowy termin dostawy to '
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
    yield 'Przewoźnik wskazał nowy termin dostawy: '
    yield str(t_2(context, (undefined(name='delivery_date') if l_0_delivery_date is missing else l_0_delivery_date)))
    yield ' – prosimy go o potwierdzenie.\n'

def block_tracking(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_tracking = resolve('tracking')
    pass
    yield 'Przesyłkę można śledzić pod numerem '
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
    yield 'Po rozmowie prześlę numer do śledzenia przesyłki.\n'

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
    yield 'Nasze warunki mówią: „'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '”.\n'

def block_delivery_date_passed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_delivery_date = resolve('delivery_date')
    try:
        t_3 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'Miała dotrzeć '
    yield str(t_3(context, (undefined(name='delivery_date') if l_0_delivery_date is missing else l_0_delivery_date)))
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
    yield 'Status podawany przez przewoźnika („'
    yield str(t_1((undefined(name='carrier_status') if l_0_carrier_status is missing else l_0_carrier_status)))
    yield '”) wynika z tego, że paczka trafiła pod niewłaściwy adres.\n'

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
    yield 'Status podawany przez przewoźnika („'
    yield str(t_1((undefined(name='carrier_status') if l_0_carrier_status is missing else l_0_carrier_status)))
    yield '”) wynika z niepełnego adresu.\n'

def block_stop_using(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ze względów bezpieczeństwa prosimy przestać korzystać z produktu i odłączyć go od prądu.\n'

def block_stop_using_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ze względów bezpieczeństwa proszę przestać korzystać z produktu i odłączyć go od prądu.\n'

blocks = {'carrier_status': block_carrier_status, 'delivery_date': block_delivery_date, 'delivery_date_unconfirmed': block_delivery_date_unconfirmed, 'tracking': block_tracking, 'tracking_spoken': block_tracking_spoken, 'policy_quote': block_policy_quote, 'delivery_date_passed': block_delivery_date_passed, 'carrier_status_address': block_carrier_status_address, 'carrier_status_incomplete': block_carrier_status_incomplete, 'stop_using': block_stop_using, 'stop_using_spoken': block_stop_using_spoken}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&22=18&25=19&28=20&31=21&1=23&2=39&4=42&5=58&7=61&8=77&10=80&11=90&13=93&16=103&17=119&19=122&20=138&22=141&23=157&25=160&26=176&28=179&31=189'
