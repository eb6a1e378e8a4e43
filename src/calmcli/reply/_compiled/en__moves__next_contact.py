# Generated from en/moves/next_contact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '0f05b461-7918'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/next_contact.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['confirm'][0](context)
    yield from context.blocks['confirm_spoken'][0](context)
    yield from context.blocks['update'][0](context)
    yield from context.blocks['update_spoken'][0](context)
    yield from context.blocks['answer'][0](context)
    yield from context.blocks['answer_spoken'][0](context)
    yield from context.blocks['restock'][0](context)
    yield from context.blocks['restock_spoken'][0](context)
    yield from context.blocks['end'][0](context)
    yield from context.blocks['follow'][0](context)
    yield from context.blocks['follow_spoken'][0](context)
    yield from context.blocks['carrier'][0](context)
    yield from context.blocks['carrier_spoken'][0](context)
    yield from context.blocks['supplier'][0](context)
    yield from context.blocks['supplier_spoken'][0](context)
    yield from context.blocks['quote'][0](context)
    yield from context.blocks['quote_spoken'][0](context)
    yield from context.blocks['awaiting'][0](context)
    yield from context.blocks['awaiting_spoken'][0](context)
    yield from context.blocks['choice'][0](context)
    yield from context.blocks['choice_spoken'][0](context)
    yield from context.blocks['settled'][0](context)
    yield from context.blocks['settled_spoken'][0](context)
    yield from context.blocks['confirm_chat'][0](context)
    yield from context.blocks['update_chat'][0](context)
    yield from context.blocks['restock_chat'][0](context)
    yield from context.blocks['follow_chat'][0](context)
    yield from context.blocks['carrier_chat'][0](context)
    yield from context.blocks['supplier_chat'][0](context)
    yield from context.blocks['quote_chat'][0](context)
    yield from context.blocks['awaiting_chat'][0](context)
    yield from context.blocks['choice_chat'][0](context)
    yield from context.blocks['settled_chat'][0](context)
    yield from context.blocks['settled_chat_closed'][0](context)
    yield from context.blocks['check_spoken'][0](context)
    yield from context.blocks['restock_choice'][0](context)
    yield from context.blocks['restock_choice_spoken'][0](context)
    yield from context.blocks['restock_choice_chat'][0](context)
    yield from context.blocks['photos_spoken'][0](context)
    yield from context.blocks['restock_dispatch'][0](context)
    yield from context.blocks['restock_dispatch_spoken'][0](context)
    yield from context.blocks['restock_dispatch_chat'][0](context)
    yield from context.blocks['resend'][0](context)
    yield from context.blocks['resend_chat'][0](context)
    yield from context.blocks['contest'][0](context)
    yield from context.blocks['contest_chat'][0](context)
    yield from context.blocks['contest_spoken'][0](context)

def block_confirm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_incident = resolve('incident')
    pass
    yield "We'll be in touch "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'with an update on your delivery', 'damaged-item': 'with the tracking details for your replacement', 'product-defect': 'with the tracking details for your replacement', 'billing': 'to confirm your refund is on its way', 'policy-misreading': 'to see which option you prefer'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), "to confirm it's all been put right", _block_vars=_block_vars))
    yield '.\n'

def block_confirm_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_incident = resolve('incident')
    pass
    yield "I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'with an update on your delivery', 'damaged-item': 'with the tracking details for your replacement', 'product-defect': 'with the tracking details for your replacement', 'billing': 'to confirm your refund is on its way', 'policy-misreading': 'to see which option you prefer'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), "to confirm it's all been put right", _block_vars=_block_vars))
    yield '.\n'

def block_update(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll update you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ", even if we haven't got to the bottom of it by then.\n"

def block_update_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " with what I've found.\n"

def block_answer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield "When you write back, we'll reply "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

def block_answer_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll get back to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to let you know whether '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it's", "they're"))
    yield ' back in stock.\n'

def block_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "I'll call you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to let you know whether '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it's", "they're"))
    yield ' back in stock.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Your case stays open, and we'll keep working on it.\n"

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll check in with you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " to make sure you've got your parcel.\n"

def block_follow_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " to make sure you've got your parcel.\n"

def block_carrier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll get back to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " with what the carrier tells us, or with where things stand if they haven't replied yet.\n"

def block_carrier_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " with what the carrier tells us, or with where things stand if they haven't replied yet.\n"

def block_supplier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll get back to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' with an update, including a restock date if the supplier has given us one.\n'

def block_supplier_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' with an update, including a restock date if the supplier has given us one.\n'

def block_quote(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We'll get back to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to explain how the repair works and how to send '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' in for a quote.\n'

def block_quote_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_promise = resolve('promise')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "I'll email you today with how to send "
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield " in for the quote, and I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " to check you've got everything and answer any questions.\n"

def block_awaiting(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_incident = resolve('incident')
    l_0_within = resolve('within')
    pass
    yield 'Once we have '
    yield str(('your photos' if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item') else 'your reply'))
    yield ", we'll come back to you "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' with what we can do.\n'

def block_awaiting_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield "Once I have what I've asked you for, I'll call you back "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' to tell you what we can do.\n'

def block_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "Just let us know which option you'd prefer, and we'll get it started. If we haven't heard from you, we'll check in "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_choice_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "[Once they've chosen:] I'll get that started right away.\n[If they'd like time to think:] That's fine: I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_settled(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield "If anything's still unclear, just reply and we'll get back to you "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

def block_settled_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'If any other questions come up later, just give us a call.\n'

def block_confirm_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_incident = resolve('incident')
    pass
    yield "We'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'with an update on your delivery', 'damaged-item': 'with the tracking details for your replacement', 'product-defect': 'with the tracking details for your replacement', 'billing': 'to confirm your refund is on its way', 'policy-misreading': 'to see which option you prefer'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), "to confirm it's all been put right", _block_vars=_block_vars))
    yield '.\n'

def block_update_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " with what we've found.\n"

def block_restock_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to let you know whether '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it's", "they're"))
    yield ' back in stock.\n'

def block_follow_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " to make sure you've got your parcel.\n"

def block_carrier_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " with what the carrier tells us, or with where things stand if they haven't replied yet.\n"

def block_supplier_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' with an update, including a restock date if the supplier has given us one.\n'

def block_quote_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to explain how the repair works and how to send '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' in for a quote.\n'

def block_awaiting_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_incident = resolve('incident')
    l_0_within = resolve('within')
    pass
    yield 'Once we have '
    yield str(('your photos' if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item') else 'your reply'))
    yield ", we'll email you "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' with what we can do.\n'

def block_choice_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "Which would you prefer? If you'd like time to think, we'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_settled_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "If anything's still unclear, just ask us here.\n"

def block_settled_chat_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    pass
    yield "If anything's still unclear, just ask us here and we'll answer "
    yield str((undefined(name='resume') if l_0_resume is missing else l_0_resume))
    yield '.\n'

def block_check_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll look into it and call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "Just let us know which you'd prefer, and we'll get it started. If you'd rather wait, we'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to let you know whether '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it's", "they're"))
    yield ' back in stock.\n'

def block_restock_choice_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "[Once they've chosen:] I'll get that started right away.\n[If they'd rather wait:] I'll call you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to let you know whether '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it's", "they're"))
    yield ' back in stock.\n'

def block_restock_choice_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "Which would you prefer? If you'd rather wait, we'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to let you know whether '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it's", "they're"))
    yield ' back in stock.\n'

def block_photos_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield "Once I have the photos, I'll call you back "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' to tell you what we can do.\n'

def block_restock_dispatch(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' with the tracking details for your replacement, or to let you know if the new stock is late.\n'

def block_restock_dispatch_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll call you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' with the tracking details for your replacement, or to let you know if the new stock is late.\n'

def block_restock_dispatch_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll email you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' with the tracking details for your replacement, or to let you know if the new stock is late.\n'

def block_resend(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield "As soon as we have your address, we'll send the parcel out to you again "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' and email you the new tracking number.\n'

def block_resend_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield "As soon as we have your address, we'll send the parcel out to you again "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' and email you the new tracking number.\n'

def block_contest(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield "We'll reply "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' of receiving any photos.\n'

def block_contest_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield "We'll email you "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' of receiving any photos.\n'

def block_contest_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield "If you do send photos, I'll call you back "
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

blocks = {'confirm': block_confirm, 'confirm_spoken': block_confirm_spoken, 'update': block_update, 'update_spoken': block_update_spoken, 'answer': block_answer, 'answer_spoken': block_answer_spoken, 'restock': block_restock, 'restock_spoken': block_restock_spoken, 'end': block_end, 'follow': block_follow, 'follow_spoken': block_follow_spoken, 'carrier': block_carrier, 'carrier_spoken': block_carrier_spoken, 'supplier': block_supplier, 'supplier_spoken': block_supplier_spoken, 'quote': block_quote, 'quote_spoken': block_quote_spoken, 'awaiting': block_awaiting, 'awaiting_spoken': block_awaiting_spoken, 'choice': block_choice, 'choice_spoken': block_choice_spoken, 'settled': block_settled, 'settled_spoken': block_settled_spoken, 'confirm_chat': block_confirm_chat, 'update_chat': block_update_chat, 'restock_chat': block_restock_chat, 'follow_chat': block_follow_chat, 'carrier_chat': block_carrier_chat, 'supplier_chat': block_supplier_chat, 'quote_chat': block_quote_chat, 'awaiting_chat': block_awaiting_chat, 'choice_chat': block_choice_chat, 'settled_chat': block_settled_chat, 'settled_chat_closed': block_settled_chat_closed, 'check_spoken': block_check_spoken, 'restock_choice': block_restock_choice, 'restock_choice_spoken': block_restock_choice_spoken, 'restock_choice_chat': block_restock_choice_chat, 'photos_spoken': block_photos_spoken, 'restock_dispatch': block_restock_dispatch, 'restock_dispatch_spoken': block_restock_dispatch_spoken, 'restock_dispatch_chat': block_restock_dispatch_chat, 'resend': block_resend, 'resend_chat': block_resend_chat, 'contest': block_contest, 'contest_chat': block_contest_chat, 'contest_spoken': block_contest_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&44=25&47=26&50=27&53=28&56=29&59=30&62=31&66=32&69=33&72=34&75=35&78=36&81=37&84=38&87=39&90=40&93=41&96=42&99=43&102=44&105=45&108=46&111=47&115=48&118=49&121=50&124=51&127=52&131=53&134=54&138=55&141=56&144=57&2=59&3=70&5=75&6=86&8=91&9=101&11=104&12=114&14=117&15=127&17=130&18=140&20=143&21=160&23=165&24=182&26=187&29=197&30=207&32=210&33=220&35=223&36=233&38=236&39=246&41=249&42=259&44=262&45=272&47=275&48=292&50=297&51=314&53=319&54=330&56=335&57=345&59=348&60=358&62=361&64=371&66=374&67=384&69=387&72=397&73=408&75=413&76=423&78=426&79=443&81=448&82=458&84=461&85=471&87=474&88=484&90=487&91=504&93=509&94=520&96=525&97=535&99=538&102=548&103=558&105=561&106=571&108=574&109=591&111=596&113=613&115=618&116=635&118=640&119=650&121=653&122=663&124=666&125=676&127=679&128=689&131=692&132=702&134=705&135=715&138=718&139=728&141=731&142=741&144=744&145=754'
