# Generated from en/moves/frame.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '8f8d0cac-4253'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/frame.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['public'][0](context)
    yield from context.blocks['path'][0](context)
    yield from context.blocks['path_order'][0](context)
    yield from context.blocks['path_spoken'][0](context)
    yield from context.blocks['path_order_spoken'][0](context)
    yield from context.blocks['reopen'][0](context)
    yield from context.blocks['reopen_at'][0](context)
    yield from context.blocks['reopen_order_at'][0](context)
    yield from context.blocks['reopen_order'][0](context)
    yield from context.blocks['reopen_here'][0](context)
    yield from context.blocks['reopen_here_order'][0](context)
    yield from context.blocks['call_spoken'][0](context)
    yield from context.blocks['call_order_spoken'][0](context)
    yield from context.blocks['call_other_spoken'][0](context)
    yield from context.blocks['call_order_other_spoken'][0](context)
    yield from context.blocks['path_chat'][0](context)
    yield from context.blocks['path_order_chat'][0](context)
    yield from context.blocks['reopen_call_spoken'][0](context)
    yield from context.blocks['reopen_call_order_spoken'][0](context)

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "If you've had a problem with an order, we're happy to help.\n"

def block_path(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "If something's gone wrong with an order, send us the order number and tell us what happened, and we'll look into it.\n"

def block_path_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'If you let us know what went wrong with order '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", we'll look into it.\n"

def block_path_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "I'm calling about the message you sent us. If you give me the order number and tell me what's gone wrong, I'll look into it straight away.\n"

def block_path_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "I'm calling about order "
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ". If you tell me what's gone wrong, I'll look into it straight away.\n"

def block_reopen(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "If you'd like us to look into a problem with an order, email us the order number and the details, and we'll take it up from there.\n"

def block_reopen_at(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_email = resolve('email')
    pass
    yield "If you'd like us to look into a problem with an order, email us at "
    yield str((undefined(name='email') if l_0_email is missing else l_0_email))
    yield " with the order number and the details, and we'll take it up from there.\n"

def block_reopen_order_at(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_email = resolve('email')
    pass
    yield "If you'd like us to look into order "
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', email us the details at '
    yield str((undefined(name='email') if l_0_email is missing else l_0_email))
    yield " and we'll take it up from there.\n"

def block_reopen_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "If you'd like us to look into order "
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", email us the details and we'll take it up from there.\n"

def block_reopen_here(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "If you'd like us to look into a problem with an order, send us just the order number and the details, and we'll take it up from there.\n"

def block_reopen_here_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "If you'd like us to look into order "
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ", send us just the details and we'll take it up from there.\n"

def block_call_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_incident = resolve('incident')
    l_0_ord = missing
    pass
    l_0_ord = 'your order'
    _block_vars['ord'] = l_0_ord
    yield "It's about "
    yield str(environment.call(context, environment.getattr({'shipping-delay': str_join(('the delivery of ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'damaged-item': str_join(('the damaged item in ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'out-of-stock': str_join(('the out-of-stock item in ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'policy-misreading': str_join(('the terms applied to ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'product-defect': str_join(('the faulty item in ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'billing': str_join(('the charge for ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), ))}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), (undefined(name='ord') if l_0_ord is missing else l_0_ord), _block_vars=_block_vars))
    yield '. Could you give me the order number?\n'

def block_call_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_incident = resolve('incident')
    l_0_ord = missing
    pass
    l_0_ord = (str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order')
    _block_vars['ord'] = l_0_ord
    yield "It's about "
    yield str(environment.call(context, environment.getattr({'shipping-delay': str_join(('the delivery of ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'damaged-item': str_join(('the damaged item in ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'out-of-stock': str_join(('the out-of-stock item in ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'policy-misreading': str_join(('the terms applied to ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'product-defect': str_join(('the faulty item in ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), )), 'billing': str_join(('the charge for ', (undefined(name='ord') if l_0_ord is missing else l_0_ord), ))}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), (undefined(name='ord') if l_0_ord is missing else l_0_ord), _block_vars=_block_vars))
    yield '.\n'

def block_call_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "It's about the message you sent us. Could you give me the order number and tell me briefly what's gone wrong?\n"

def block_call_order_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "It's about "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield ". Could you tell me briefly what's gone wrong?\n"

def block_path_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_incident = resolve('incident')
    l_0_check = missing
    pass
    l_0_check = environment.call(context, environment.getattr({'shipping-delay': 'where your parcel is', 'damaged-item': 'what happened to the damaged item', 'out-of-stock': 'when the item will be back in stock', 'policy-misreading': 'which terms apply to your order', 'product-defect': 'what we can do about the fault', 'billing': 'the charge'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), _block_vars=_block_vars)
    _block_vars['check'] = l_0_check
    if (undefined(name='check') if l_0_check is missing else l_0_check):
        pass
        yield "Could you give us the order number? Then we'll check "
        yield str((undefined(name='check') if l_0_check is missing else l_0_check))
        yield '.'
    else:
        pass
        yield "Could you give us the order number and tell us briefly what's gone wrong?"

def block_path_order_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield "Could you tell us what's gone wrong with order "
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '?\n'

def block_reopen_call_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_email = resolve('email')
    try:
        t_1 = environment.filters['spoken_email']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'spoken_email' found.")
    pass
    yield "It's about the message you sent us. From now on we'll deal with this in writing only: "
    if (undefined(name='email') if l_0_email is missing else l_0_email):
        pass
        yield 'email us at '
        yield str(t_1(context, (undefined(name='email') if l_0_email is missing else l_0_email)))
    else:
        pass
        yield 'email us'
    yield " with the order number and the details, and we'll take it up from there.\n"

def block_reopen_call_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_email = resolve('email')
    try:
        t_1 = environment.filters['spoken_email']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'spoken_email' found.")
    pass
    yield "It's about "
    yield str((str_join(('order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'your order'))
    yield ". From now on we'll deal with this in writing only: "
    if (undefined(name='email') if l_0_email is missing else l_0_email):
        pass
        yield 'email us at '
        yield str(t_1(context, (undefined(name='email') if l_0_email is missing else l_0_email)))
    else:
        pass
        yield 'email us'
    yield " with the details, and we'll take it up from there.\n"

blocks = {'public': block_public, 'path': block_path, 'path_order': block_path_order, 'path_spoken': block_path_spoken, 'path_order_spoken': block_path_order_spoken, 'reopen': block_reopen, 'reopen_at': block_reopen_at, 'reopen_order_at': block_reopen_order_at, 'reopen_order': block_reopen_order, 'reopen_here': block_reopen_here, 'reopen_here_order': block_reopen_here_order, 'call_spoken': block_call_spoken, 'call_order_spoken': block_call_order_spoken, 'call_other_spoken': block_call_other_spoken, 'call_order_other_spoken': block_call_order_other_spoken, 'path_chat': block_path_chat, 'path_order_chat': block_path_order_chat, 'reopen_call_spoken': block_reopen_call_spoken, 'reopen_call_order_spoken': block_reopen_call_order_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&39=23&43=24&46=25&49=26&53=27&56=28&59=29&2=31&5=41&8=51&9=61&11=64&14=74&15=84&17=87&20=97&21=107&23=110&24=121&26=126&27=136&29=139&32=149&33=159&35=162&36=172&37=175&39=178&40=189&41=192&43=195&46=205&47=215&49=218&50=228&51=230&53=239&54=249&56=252&57=268&59=277&60=294'
