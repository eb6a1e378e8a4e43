# Generated from es/moves/update.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'e98f4c50-1076'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/update.j2'

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
    yield 'Le ponemos al día: seguimos esperando la respuesta de la empresa de transporte sobre su envío.\n'

def block_damaged_item(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le ponemos al día: seguimos revisando qué le ocurrió a su pedido.\n'

def block_out_of_stock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le ponemos al día: seguimos esperando que el proveedor nos confirme la fecha de reposición.\n'

def block_policy_misreading(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le ponemos al día: seguimos revisando las condiciones que se aplican a su compra.\n'

def block_product_defect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le ponemos al día: seguimos consultando con nuestro equipo técnico qué puede estar fallando.\n'

def block_billing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le ponemos al día: seguimos revisando el cargo con nuestro departamento de facturación.\n'

def block_other(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le ponemos al día: seguimos trabajando en ello.\n'

blocks = {'shipping_delay': block_shipping_delay, 'damaged_item': block_damaged_item, 'out_of_stock': block_out_of_stock, 'policy_misreading': block_policy_misreading, 'product_defect': block_product_defect, 'billing': block_billing, 'other': block_other}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&2=19&5=29&8=39&11=49&14=59&17=69&20=79'
