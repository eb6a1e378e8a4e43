# Generated from es/moves/questions.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '57975feb-1423'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/questions.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['address'][0](context)
    yield from context.blocks['urgent'][0](context)
    yield from context.blocks['terms'][0](context)
    yield from context.blocks['symptoms'][0](context)
    yield from context.blocks['charge_date'][0](context)
    yield from context.blocks['charge'][0](context)
    yield from context.blocks['what_happened'][0](context)
    yield from context.blocks['need'][0](context)
    yield from context.blocks['carrier'][0](context)
    yield from context.blocks['damage'][0](context)

def block_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '¿Me confirma la dirección de entrega?\n'

def block_urgent(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield '¿Le corre prisa recibir'
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'lo', 'la', 'los', 'las'))
    yield '?\n'

def block_terms(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '¿Me dice qué condiciones vio al hacer la compra?\n'

def block_symptoms(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '¿Me cuenta qué falla exactamente y desde cuándo le ocurre?\n'

def block_charge_date(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '¿Me dice la fecha de ese cargo?\n'

def block_charge(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '¿Me dice la fecha y el importe de ese cargo?\n'

def block_what_happened(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '¿Me cuenta con un poco más de detalle qué ha ocurrido?\n'

def block_need(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Me cuenta con un poco más de detalle qué necesita'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' sobre el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '?\n'

def block_carrier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '¿Le ha llegado algún aviso de la empresa de transporte?\n'

def block_damage(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '¿Me cuenta qué le ha llegado dañado? Si nos envía un par de fotos por correo electrónico, me ayudará a revisarlo.\n'

blocks = {'address': block_address, 'urgent': block_urgent, 'terms': block_terms, 'symptoms': block_symptoms, 'charge_date': block_charge_date, 'charge': block_charge, 'what_happened': block_what_happened, 'need': block_need, 'carrier': block_carrier, 'damage': block_damage}
debug_info = '2=11&5=12&8=13&11=14&15=15&18=16&21=17&24=18&28=19&31=20&2=22&5=32&6=48&8=51&11=61&15=71&18=81&21=91&24=101&25=111&28=117&31=127'
