# Generated from es/moves/next_contact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '2819acfb-8503'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/next_contact.j2'

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
    yield 'Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'para contarle cómo va la entrega', 'damaged-item': 'para darle el número de seguimiento del nuevo envío', 'product-defect': 'para darle el número de seguimiento del nuevo envío', 'billing': 'para confirmarle que el reembolso ya está en marcha', 'policy-misreading': 'para ver cómo prefiere seguir'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'para confirmarle que todo ha quedado solucionado', _block_vars=_block_vars))
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
    yield 'Le vuelvo a llamar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'para contarle cómo va la entrega', 'damaged-item': 'para darle el número de seguimiento del nuevo envío', 'product-defect': 'para darle el número de seguimiento del nuevo envío', 'billing': 'para confirmarle que el reembolso ya está en marcha', 'policy-misreading': 'para ver cómo prefiere seguir'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'para confirmarle que todo ha quedado solucionado', _block_vars=_block_vars))
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
    yield 'Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con lo que sepamos, aunque no tengamos todavía la respuesta definitiva.\n'

def block_update_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le vuelvo a llamar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con lo que sepa hasta entonces.\n'

def block_answer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Cuando nos responda, le contestaremos '
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
    yield 'Le daré una respuesta '
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
    pass
    yield 'Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para decirle si ya nos ha llegado la reposición.\n'

def block_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le llamaré '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para decirle si ya nos ha llegado la reposición.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Su caso sigue abierto y lo seguiremos revisando.\n'

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para confirmar que ya tiene el paquete.\n'

def block_follow_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le vuelvo a llamar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para confirmar que ya tiene el paquete.\n'

def block_carrier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con lo que nos diga la empresa de transporte o, si aún no ha respondido, con lo que sepamos.\n'

def block_carrier_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le vuelvo a llamar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con lo que nos diga la empresa de transporte o, si aún no ha respondido, con lo que sepa.\n'

def block_supplier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con la fecha del proveedor, si ya nos la ha dado, o con lo que sepamos hasta entonces.\n'

def block_supplier_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le vuelvo a llamar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con la fecha del proveedor, si ya nos la ha dado, o con lo que sepamos hasta entonces.\n'

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
    yield 'Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para explicarle cómo funciona la reparación y cómo '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'hacérnoslo', 'hacérnosla', 'hacérnoslos', 'hacérnoslas'))
    yield ' llegar para el presupuesto.\n'

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
    yield 'Hoy mismo le mando por correo electrónico las instrucciones para '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'hacérnoslo', 'hacérnosla', 'hacérnoslos', 'hacérnoslas'))
    yield ' llegar, y le vuelvo a llamar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para comprobar que lo ha recibido todo y resolver cualquier duda.\n'

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
    yield 'Cuando recibamos '
    yield str(('las fotos' if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item') else 'su respuesta'))
    yield ', le escribiremos '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' para decirle qué podemos hacer.\n'

def block_awaiting_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Cuando tenga lo que le he pedido, le vuelvo a llamar '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' para decirle qué podemos hacer.\n'

def block_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Díganos qué prefiere y lo ponemos en marcha. Si no nos dice nada, le escribiremos '
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
    yield '[Cuando elija:] Lo pongo en marcha ahora mismo.\n[Si quiere pensarlo:] Sin problema, le vuelvo a llamar '
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
    yield 'Si le queda alguna duda, respóndanos a este mensaje y le contestaremos '
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
    yield 'Si más adelante le surge cualquier duda, llámenos cuando quiera.\n'

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
    yield 'Le escribiremos por correo electrónico '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'para contarle cómo va la entrega', 'damaged-item': 'para darle el número de seguimiento del nuevo envío', 'product-defect': 'para darle el número de seguimiento del nuevo envío', 'billing': 'para confirmarle que el reembolso ya está en marcha', 'policy-misreading': 'para ver cómo prefiere seguir'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'para confirmarle que todo ha quedado solucionado', _block_vars=_block_vars))
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
    yield 'Le escribiremos por correo electrónico '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con lo que sepamos hasta entonces.\n'

def block_restock_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le escribiremos por correo electrónico '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para decirle si ya nos ha llegado la reposición.\n'

def block_follow_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le escribiremos por correo electrónico '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para confirmar que ya tiene el paquete.\n'

def block_carrier_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le escribiremos por correo electrónico '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con lo que nos diga la empresa de transporte o, si aún no ha respondido, con lo que sepamos.\n'

def block_supplier_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le escribiremos por correo electrónico '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con la fecha del proveedor, si ya nos la ha dado, o con lo que sepamos hasta entonces.\n'

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
    yield 'Le escribiremos por correo electrónico '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para explicarle cómo funciona la reparación y cómo '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'hacérnoslo', 'hacérnosla', 'hacérnoslos', 'hacérnoslas'))
    yield ' llegar para el presupuesto.\n'

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
    yield 'Cuando recibamos '
    yield str(('las fotos' if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item') else 'lo que le hemos pedido'))
    yield ', le escribiremos por correo electrónico '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' para decirle qué podemos hacer.\n'

def block_choice_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield '¿Qué prefiere? Si quiere pensarlo, le escribiremos por correo electrónico '
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
    yield 'Si le queda alguna duda, pregúntenos aquí mismo.\n'

def block_settled_chat_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    pass
    yield 'Si le queda alguna duda, déjenos su pregunta aquí mismo y le responderemos '
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
    yield 'Lo reviso y le vuelvo a llamar '
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
    pass
    yield 'Díganos qué prefiere y lo ponemos en marcha. Si decide esperar, le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para decirle si ya nos ha llegado la reposición.\n'

def block_restock_choice_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield '[Cuando elija:] Lo pongo en marcha ahora mismo.\n[Si decide esperar:] Le llamaré '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para decirle si ya nos ha llegado la reposición.\n'

def block_restock_choice_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield '¿Qué prefiere? Si decide esperar, le escribiremos por correo electrónico '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para decirle si ya nos ha llegado la reposición.\n'

def block_photos_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Cuando tenga las fotos, le vuelvo a llamar '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' para decirle qué podemos hacer.\n'

def block_restock_dispatch(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con el número de seguimiento del nuevo envío o, si la reposición se retrasa, para avisarle.\n'

def block_restock_dispatch_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le llamaré '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para darle el número de seguimiento del nuevo envío o, si la reposición se retrasa, para avisarle.\n'

def block_restock_dispatch_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Le escribiremos por correo electrónico '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con el número de seguimiento del nuevo envío o, si la reposición se retrasa, para avisarle.\n'

def block_resend(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'En cuanto recibamos su dirección, le volveremos a enviar el paquete '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' y le mandaremos el nuevo número de seguimiento.\n'

def block_resend_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'En cuanto recibamos su dirección, le volveremos a enviar el paquete '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' y le mandaremos el nuevo número de seguimiento.\n'

def block_contest(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Si nos envía fotos, le responderemos '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

def block_contest_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Si nos envía fotos, le escribiremos por correo electrónico '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

def block_contest_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Si nos envía las fotos, le vuelvo a llamar '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

blocks = {'confirm': block_confirm, 'confirm_spoken': block_confirm_spoken, 'update': block_update, 'update_spoken': block_update_spoken, 'answer': block_answer, 'answer_spoken': block_answer_spoken, 'restock': block_restock, 'restock_spoken': block_restock_spoken, 'end': block_end, 'follow': block_follow, 'follow_spoken': block_follow_spoken, 'carrier': block_carrier, 'carrier_spoken': block_carrier_spoken, 'supplier': block_supplier, 'supplier_spoken': block_supplier_spoken, 'quote': block_quote, 'quote_spoken': block_quote_spoken, 'awaiting': block_awaiting, 'awaiting_spoken': block_awaiting_spoken, 'choice': block_choice, 'choice_spoken': block_choice_spoken, 'settled': block_settled, 'settled_spoken': block_settled_spoken, 'confirm_chat': block_confirm_chat, 'update_chat': block_update_chat, 'restock_chat': block_restock_chat, 'follow_chat': block_follow_chat, 'carrier_chat': block_carrier_chat, 'supplier_chat': block_supplier_chat, 'quote_chat': block_quote_chat, 'awaiting_chat': block_awaiting_chat, 'choice_chat': block_choice_chat, 'settled_chat': block_settled_chat, 'settled_chat_closed': block_settled_chat_closed, 'check_spoken': block_check_spoken, 'restock_choice': block_restock_choice, 'restock_choice_spoken': block_restock_choice_spoken, 'restock_choice_chat': block_restock_choice_chat, 'photos_spoken': block_photos_spoken, 'restock_dispatch': block_restock_dispatch, 'restock_dispatch_spoken': block_restock_dispatch_spoken, 'restock_dispatch_chat': block_restock_dispatch_chat, 'resend': block_resend, 'resend_chat': block_resend_chat, 'contest': block_contest, 'contest_chat': block_contest_chat, 'contest_spoken': block_contest_spoken}
debug_info = '3=11&6=12&9=13&12=14&15=15&18=16&21=17&24=18&27=19&30=20&33=21&36=22&39=23&42=24&45=25&48=26&51=27&54=28&57=29&60=30&63=31&67=32&70=33&73=34&76=35&79=36&82=37&85=38&88=39&91=40&94=41&97=42&100=43&103=44&106=45&109=46&112=47&116=48&119=49&122=50&125=51&128=52&132=53&135=54&139=55&142=56&145=57&3=59&4=70&6=75&7=86&9=91&10=101&12=104&13=114&15=117&16=127&18=130&19=140&21=143&22=153&24=156&25=166&27=169&30=179&31=189&33=192&34=202&36=205&37=215&39=218&40=228&42=231&43=241&45=244&46=254&48=257&49=274&51=279&52=296&54=301&55=312&57=317&58=327&60=330&61=340&63=343&65=353&67=356&68=366&70=369&73=379&74=390&76=395&77=405&79=408&80=418&82=421&83=431&85=434&86=444&88=447&89=457&91=460&92=477&94=482&95=493&97=498&98=508&100=511&103=521&104=531&106=534&107=544&109=547&110=557&112=560&114=570&116=573&117=583&119=586&120=596&122=599&123=609&125=612&126=622&128=625&129=635&132=638&133=648&135=651&136=661&139=664&140=674&142=677&143=687&145=690&146=700'
