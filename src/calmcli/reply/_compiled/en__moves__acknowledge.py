# Generated from en/moves/acknowledge.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '666dd867-4218'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/acknowledge.j2'

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
    yield "We're sorry "
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' you ordered', )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'your order'))
    yield ' '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), "hasn't", "haven't") if (undefined(name='item') if l_0_item is missing else l_0_item) else "hasn't"))
    yield ' reached you yet.\n'

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
    yield 'I know '
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' you ordered', )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'your order'))
    yield ' '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), "hasn't", "haven't") if (undefined(name='item') if l_0_item is missing else l_0_item) else "hasn't"))
    yield ' arrived yet, and I understand how frustrating that is.\n'

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield "We're so sorry "
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'your order'))
    yield ' arrived damaged.\n'

def block_damaged_item_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'I know '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'your order'))
    yield ' arrived damaged, which must have been really disappointing.\n'

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
    yield "We're sorry "
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' you ordered', )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'an item from your order'))
    yield ' sold out before we could send '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'it', 'them') if (undefined(name='item') if l_0_item is missing else l_0_item) else 'it'))
    yield '.\n'

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
    yield "I'm afraid "
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' you ordered', )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'one of the items in your order'))
    yield ' sold out before we could send '
    yield str((t_1(context, (undefined(name='item') if l_0_item is missing else l_0_item), 'it', 'them') if (undefined(name='item') if l_0_item is missing else l_0_item) else 'it'))
    yield '.\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'We understand the terms applied to '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'your order'))
    yield " weren't what you expected.\n"

def block_policy_misreading_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'I understand the terms applied to '
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'your order'))
    yield " weren't what you expected.\n"

def block_product_defect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield "We're sorry to hear there's a problem with "
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'the item you received'))
    yield '.\n'

def block_product_defect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield "I'm sorry to hear there's a problem with "
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'the item you received'))
    yield '.\n'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_item = resolve('item')
    pass
    if (undefined(name='amount') if l_0_amount is missing else l_0_amount):
        pass
        yield "We understand you're concerned about the "
        yield str((undefined(name='amount') if l_0_amount is missing else l_0_amount))
        yield ' charge'
        if (undefined(name='item') if l_0_item is missing else l_0_item):
            pass
            yield ' for '
            yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield '.'
    elif (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield "We understand you're concerned about the charge for "
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield '.'
    else:
        pass
        yield "We understand you're concerned about a charge on your account."

def block_billing_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_amount = resolve('amount')
    l_0_item = resolve('item')
    pass
    if ((undefined(name='amount') if l_0_amount is missing else l_0_amount) or (undefined(name='item') if l_0_item is missing else l_0_item)):
        pass
        yield "It's about the "
        yield str((str_join(((undefined(name='amount') if l_0_amount is missing else l_0_amount), ' ', )) if (undefined(name='amount') if l_0_amount is missing else l_0_amount) else cond_expr_undefined("the inline if-expression on line 38 in 'en/moves/acknowledge.j2' evaluated to false and no else section was defined.")))
        yield 'charge'
        if (undefined(name='item') if l_0_item is missing else l_0_item):
            pass
            yield ' for '
            yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        yield ". I understand you're worried about it."
    else:
        pass
        yield "It's about the charge on your account. I understand you're worried about it."

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield 'Thank you for getting in touch'
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' about '
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
        yield "We're sorry you've had to write to us "
        yield str((environment.getitem(['', '', 'twice', 'three times', 'four times', 'five times'], environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 5) else str_join((environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1), ' times', ))))
    else:
        pass
        yield "We're sorry you've had to get in touch again"
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' about '
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
    yield "It's about your message"
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' regarding '
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
    yield "We're sorry to hear there's a problem with "
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'the item you received'))
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
    yield "I'm sorry to hear there's a problem with "
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'the item you received'))
    yield '.\n'

def block_out_of_stock_explained(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield "We're sorry we haven't been able to send you "
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' you ordered', )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'one of the items in your order'))
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
    yield "I'm afraid we haven't been able to send you "
    yield str((str_join(((undefined(name='item') if l_0_item is missing else l_0_item), ' you ordered', )) if (undefined(name='item') if l_0_item is missing else l_0_item) else 'one of the items in your order'))
    yield '.\n'

def block_damaged_item_reported(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield "We're sorry to hear about the damage to "
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'your order'))
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
    yield "I'm sorry to hear about the damage to "
    yield str(((undefined(name='item') if l_0_item is missing else l_0_item) or 'your order'))
    yield '.\n'

blocks = {'shipping_delay': block_shipping_delay, 'shipping_delay_spoken': block_shipping_delay_spoken, 'damaged_item': block_damaged_item, 'damaged_item_spoken': block_damaged_item_spoken, 'out_of_stock': block_out_of_stock, 'out_of_stock_spoken': block_out_of_stock_spoken, 'policy_misreading': block_policy_misreading, 'policy_misreading_spoken': block_policy_misreading_spoken, 'product_defect': block_product_defect, 'product_defect_spoken': block_product_defect_spoken, 'billing': block_billing, 'billing_spoken': block_billing_spoken, 'other': block_other, 'other_again': block_other_again, 'other_spoken': block_other_spoken, 'product_defect_reported': block_product_defect_reported, 'product_defect_reported_spoken': block_product_defect_reported_spoken, 'out_of_stock_explained': block_out_of_stock_explained, 'out_of_stock_explained_spoken': block_out_of_stock_explained_spoken, 'damaged_item_reported': block_damaged_item_reported, 'damaged_item_reported_spoken': block_damaged_item_reported_spoken}
debug_info = '4=11&7=12&10=13&13=14&16=15&19=16&22=17&25=18&28=19&31=20&34=21&37=22&40=23&44=24&47=25&50=26&53=27&57=28&60=29&63=30&66=31&4=33&5=49&7=54&8=70&10=75&11=85&13=88&14=98&16=101&17=117&19=122&20=138&22=143&23=153&25=156&26=166&28=169&29=179&31=182&32=192&34=195&35=205&37=224&38=234&40=248&41=258&44=264&45=274&47=287&48=297&50=303&51=313&53=316&54=326&57=329&58=339&60=342&61=352&63=355&64=365&66=368&67=378'
