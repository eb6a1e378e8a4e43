# Generated from ca/moves/next_contact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '5fb6f164-8240'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/next_contact.j2'

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
    yield 'Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'per explicar-li com va el lliurament', 'damaged-item': 'per donar-li el número de seguiment del nou enviament', 'product-defect': 'per donar-li el número de seguiment del nou enviament', 'billing': 'per confirmar-li que el retorn de l’import ja està en marxa', 'policy-misreading': 'per veure com vol continuar'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'per confirmar-li que tot ha quedat resolt', _block_vars=_block_vars))
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
    yield 'Li tornaré a trucar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'per explicar-li com va el lliurament', 'damaged-item': 'per donar-li el número de seguiment del nou enviament', 'product-defect': 'per donar-li el número de seguiment del nou enviament', 'billing': 'per confirmar-li que el retorn de l’import ja està en marxa', 'policy-misreading': 'per veure com vol continuar'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'per confirmar-li que tot ha quedat resolt', _block_vars=_block_vars))
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
    yield 'Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el que sapiguem, encara que no tinguem la resposta definitiva.\n'

def block_update_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li tornaré a trucar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el que sàpiga fins aleshores.\n'

def block_answer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Quan ens respongui, li contestarem '
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
    yield 'Li donaré una resposta '
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
    yield 'Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per dir-li si ja ens ha arribat la reposició.\n'

def block_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li trucaré '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per dir-li si ja ens ha arribat la reposició.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'El seu cas continua obert i el continuarem revisant.\n'

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per confirmar que ja té el paquet.\n'

def block_follow_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li tornaré a trucar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per confirmar que ja té el paquet.\n'

def block_carrier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el que ens digui el transportista o, si encara no ens ha respost, amb el que sapiguem.\n'

def block_carrier_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li tornaré a trucar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el que ens digui el transportista o, si encara no ens ha respost, amb el que sàpiga.\n'

def block_supplier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb la data del proveïdor, si ja ens l’ha donada, o amb el que sapiguem fins aleshores.\n'

def block_supplier_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li tornaré a trucar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb la data del proveïdor, si ja ens l’ha donada, o amb el que sapiguem fins aleshores.\n'

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
    yield 'Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per explicar-li com funciona la reparació i com ens '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' pot fer arribar per al pressupost.\n'

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
    yield 'Avui mateix li envio per correu electrònic les instruccions per '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'fer-nos-el', 'fer-nos-la', 'fer-nos-els', 'fer-nos-les'))
    yield ' arribar, i li tornaré a trucar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per comprovar que ho ha rebut tot i resoldre qualsevol dubte.\n'

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
    yield 'Quan tinguem '
    yield str(('les fotos' if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item') else 'la seva resposta'))
    yield ', li escriurem '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' per dir-li què hi podem fer.\n'

def block_awaiting_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Quan tingui el que li he demanat, li tornaré a trucar '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' per dir-li què hi podem fer.\n'

def block_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Digui’ns què prefereix i ho posem en marxa. Si no ens diu res, li escriurem '
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
    yield '[Quan triï:] Ho poso en marxa ara mateix.\n[Si s’ho vol pensar:] Cap problema, li tornaré a trucar '
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
    yield 'Si li queda cap dubte, respongui’ns aquest missatge i li contestarem '
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
    yield 'Si més endavant li sorgeix cap dubte, truqui’ns quan vulgui.\n'

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
    yield 'Li escriurem per correu electrònic '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'per explicar-li com va el lliurament', 'damaged-item': 'per donar-li el número de seguiment del nou enviament', 'product-defect': 'per donar-li el número de seguiment del nou enviament', 'billing': 'per confirmar-li que el retorn de l’import ja està en marxa', 'policy-misreading': 'per veure com vol continuar'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'per confirmar-li que tot ha quedat resolt', _block_vars=_block_vars))
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
    yield 'Li escriurem per correu electrònic '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el que sapiguem fins aleshores.\n'

def block_restock_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li escriurem per correu electrònic '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per dir-li si ja ens ha arribat la reposició.\n'

def block_follow_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li escriurem per correu electrònic '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per confirmar que ja té el paquet.\n'

def block_carrier_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li escriurem per correu electrònic '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el que ens digui el transportista o, si encara no ens ha respost, amb el que sapiguem.\n'

def block_supplier_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li escriurem per correu electrònic '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb la data del proveïdor, si ja ens l’ha donada, o amb el que sapiguem fins aleshores.\n'

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
    yield 'Li escriurem per correu electrònic '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per explicar-li com funciona la reparació i com ens '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'el', 'la', 'els', 'les'))
    yield ' pot fer arribar per al pressupost.\n'

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
    yield 'Quan tinguem '
    yield str(('les fotos' if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item') else 'el que li hem demanat'))
    yield ', li escriurem per correu electrònic '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' per dir-li què hi podem fer.\n'

def block_choice_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Què prefereix? Si s’ho vol pensar, li escriurem per correu electrònic '
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
    yield 'Si li queda cap dubte, pregunti’ns aquí mateix.\n'

def block_settled_chat_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    pass
    yield 'Si li queda cap dubte, deixi’ns la pregunta aquí mateix i li respondrem '
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
    yield 'Ho reviso i li torno a trucar '
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
    yield 'Digui’ns què prefereix i ho posem en marxa. Si decideix esperar, li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per dir-li si ja ens ha arribat la reposició.\n'

def block_restock_choice_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield '[Quan triï:] Ho poso en marxa ara mateix.\n[Si decideix esperar:] Li trucaré '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per dir-li si ja ens ha arribat la reposició.\n'

def block_restock_choice_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Què prefereix? Si decideix esperar, li escriurem per correu electrònic '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per dir-li si ja ens ha arribat la reposició.\n'

def block_photos_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Quan tingui les fotos, li tornaré a trucar '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' per dir-li què hi podem fer.\n'

def block_restock_dispatch(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el número de seguiment del nou enviament o, si la reposició s’endarrereix, per fer-li-ho saber.\n'

def block_restock_dispatch_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li trucaré '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per donar-li el número de seguiment del nou enviament o, si la reposició s’endarrereix, per fer-li-ho saber.\n'

def block_restock_dispatch_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li escriurem per correu electrònic '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el número de seguiment del nou enviament o, si la reposició s’endarrereix, per fer-li-ho saber.\n'

def block_resend(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Quan tinguem la seva adreça, li tornarem a enviar el paquet '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' i li farem arribar el nou número de seguiment.\n'

def block_resend_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Quan tinguem la seva adreça, li tornarem a enviar el paquet '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' i li farem arribar el nou número de seguiment.\n'

def block_contest(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Si ens envia fotos, li respondrem '
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
    yield 'Si ens envia fotos, li escriurem per correu electrònic '
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
    yield 'Si ens envia les fotos, li tornaré a trucar '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

blocks = {'confirm': block_confirm, 'confirm_spoken': block_confirm_spoken, 'update': block_update, 'update_spoken': block_update_spoken, 'answer': block_answer, 'answer_spoken': block_answer_spoken, 'restock': block_restock, 'restock_spoken': block_restock_spoken, 'end': block_end, 'follow': block_follow, 'follow_spoken': block_follow_spoken, 'carrier': block_carrier, 'carrier_spoken': block_carrier_spoken, 'supplier': block_supplier, 'supplier_spoken': block_supplier_spoken, 'quote': block_quote, 'quote_spoken': block_quote_spoken, 'awaiting': block_awaiting, 'awaiting_spoken': block_awaiting_spoken, 'choice': block_choice, 'choice_spoken': block_choice_spoken, 'settled': block_settled, 'settled_spoken': block_settled_spoken, 'confirm_chat': block_confirm_chat, 'update_chat': block_update_chat, 'restock_chat': block_restock_chat, 'follow_chat': block_follow_chat, 'carrier_chat': block_carrier_chat, 'supplier_chat': block_supplier_chat, 'quote_chat': block_quote_chat, 'awaiting_chat': block_awaiting_chat, 'choice_chat': block_choice_chat, 'settled_chat': block_settled_chat, 'settled_chat_closed': block_settled_chat_closed, 'check_spoken': block_check_spoken, 'restock_choice': block_restock_choice, 'restock_choice_spoken': block_restock_choice_spoken, 'restock_choice_chat': block_restock_choice_chat, 'photos_spoken': block_photos_spoken, 'restock_dispatch': block_restock_dispatch, 'restock_dispatch_spoken': block_restock_dispatch_spoken, 'restock_dispatch_chat': block_restock_dispatch_chat, 'resend': block_resend, 'resend_chat': block_resend_chat, 'contest': block_contest, 'contest_chat': block_contest_chat, 'contest_spoken': block_contest_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&44=25&47=26&50=27&53=28&56=29&59=30&62=31&66=32&69=33&72=34&75=35&78=36&81=37&84=38&87=39&90=40&93=41&96=42&99=43&102=44&105=45&108=46&111=47&115=48&118=49&121=50&124=51&127=52&131=53&134=54&138=55&141=56&144=57&2=59&3=70&5=75&6=86&8=91&9=101&11=104&12=114&14=117&15=127&17=130&18=140&20=143&21=153&23=156&24=166&26=169&29=179&30=189&32=192&33=202&35=205&36=215&38=218&39=228&41=231&42=241&44=244&45=254&47=257&48=274&50=279&51=296&53=301&54=312&56=317&57=327&59=330&60=340&62=343&64=353&66=356&67=366&69=369&72=379&73=390&75=395&76=405&78=408&79=418&81=421&82=431&84=434&85=444&87=447&88=457&90=460&91=477&93=482&94=493&96=498&97=508&99=511&102=521&103=531&105=534&106=544&108=547&109=557&111=560&113=570&115=573&116=583&118=586&119=596&121=599&122=609&124=612&125=622&127=625&128=635&131=638&132=648&134=651&135=661&138=664&139=674&141=677&142=687&144=690&145=700'
