# Generated from en/moves/update.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'd42b55a9-925'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/update.j2'

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
    yield "A quick update: we're still waiting for the carrier to get back to us about your parcel.\n"

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "A quick update: we're still looking into how your order was damaged.\n"

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "A quick update: we're still waiting for the supplier to confirm the restock date.\n"

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "A quick update: we're still checking which terms apply to your order.\n"

def block_product_defect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'A quick update: our technical team is still looking into the fault.\n'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "A quick update: we're still checking the charge with our billing team.\n"

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "A quick update: we're still working on this.\n"

blocks = {'shipping_delay': block_shipping_delay, 'damaged_item': block_damaged_item, 'out_of_stock': block_out_of_stock, 'policy_misreading': block_policy_misreading, 'product_defect': block_product_defect, 'billing': block_billing, 'other': block_other}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&1=19&4=29&7=39&10=49&13=59&16=69&19=79'
