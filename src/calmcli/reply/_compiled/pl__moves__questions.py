# Generated from pl/moves/questions.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '0b3e7e52-866'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/questions.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['shipping_delay'][0](context)
    yield from context.blocks['damaged_item'][0](context)
    yield from context.blocks['out_of_stock'][0](context)
    yield from context.blocks['policy_misreading'][0](context)
    yield from context.blocks['product_defect'][0](context)
    yield from context.blocks['billing'][0](context)
    yield from context.blocks['other'][0](context)

def block_shipping_delay(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Proszę potwierdzić adres dostawy.\nCzy przewoźnik przysłał jakieś powiadomienie?\n'

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Która część jest uszkodzona?\nCzy opakowanie też było uszkodzone?\n'

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Czy zamówienie jest pilne?\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jakie warunki miały zostać zastosowane?\n'

def block_product_defect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Na czym dokładnie polega problem z produktem?\nOd kiedy występuje problem?\n'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Z którego dnia jest ta operacja?\n'

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Co dokładnie się stało?\n'

blocks = {'shipping_delay': block_shipping_delay, 'damaged_item': block_damaged_item, 'out_of_stock': block_out_of_stock, 'policy_misreading': block_policy_misreading, 'product_defect': block_product_defect, 'billing': block_billing, 'other': block_other}
debug_info = '2=11&6=12&10=13&13=14&16=15&20=16&23=17&2=19&6=29&10=39&13=49&16=59&20=69&23=79'
