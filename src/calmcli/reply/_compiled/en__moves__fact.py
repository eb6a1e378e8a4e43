# Generated from en/moves/fact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'bb672c34-1551'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/fact.j2'

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
    yield 'The carrier\'s latest update says: "'
    yield str(t_1((undefined(name='carrier_status') if l_0_carrier_status is missing else l_0_carrier_status)))
    yield '".\n'

def block_delivery_date(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_delivery_date = resolve('delivery_date')
    try:
        t_2 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'The carrier now expects to deliver your parcel '
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
        t_3 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'The carrier has given us '
    yield str(t_3(context, (undefined(name='delivery_date') if l_0_delivery_date is missing else l_0_delivery_date)))
    yield " as the new delivery date, and we're asking them to confirm it.\n"

def block_tracking(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_tracking = resolve('tracking')
    pass
    yield 'You can follow your parcel with the tracking number '
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
    yield "I'll send you the tracking number after this call, so you can follow your parcel.\n"

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
    yield 'Our terms say: "'
    yield str(t_1((undefined(name='policy_quote') if l_0_policy_quote is missing else l_0_policy_quote)))
    yield '."\n'

def block_delivery_date_passed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_delivery_date = resolve('delivery_date')
    try:
        t_2 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield 'It was due to arrive '
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
    yield 'The carrier shows "'
    yield str(t_1((undefined(name='carrier_status') if l_0_carrier_status is missing else l_0_carrier_status)))
    yield '" because the parcel went to the wrong address.\n'

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
    yield 'The carrier shows "'
    yield str(t_1((undefined(name='carrier_status') if l_0_carrier_status is missing else l_0_carrier_status)))
    yield '" because the address was missing details.\n'

def block_stop_using(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'For your safety, please stop using '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' and unplug '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield '.\n'

def block_stop_using_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'For your safety, please stop using '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' and unplug '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield '.\n'

blocks = {'carrier_status': block_carrier_status, 'delivery_date': block_delivery_date, 'delivery_date_unconfirmed': block_delivery_date_unconfirmed, 'tracking': block_tracking, 'tracking_spoken': block_tracking_spoken, 'policy_quote': block_policy_quote, 'delivery_date_passed': block_delivery_date_passed, 'carrier_status_address': block_carrier_status_address, 'carrier_status_incomplete': block_carrier_status_incomplete, 'stop_using': block_stop_using, 'stop_using_spoken': block_stop_using_spoken}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&22=18&25=19&28=20&31=21&1=23&2=39&4=42&5=58&7=61&8=77&10=80&11=90&13=93&16=103&17=119&19=122&20=138&22=141&23=157&25=160&26=176&28=179&29=195&31=200&32=216'
