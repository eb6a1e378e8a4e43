# Generated from ca/moves/next_contact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '1a259ad2-2874'
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

def block_confirm(context, missing=missing, environment=environment):
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
    yield ' per confirmar-li que tot està resolt.\n'

def block_confirm_spoken(context, missing=missing, environment=environment):
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
    yield ' per confirmar que tot està resolt.\n'

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
    l_0_promise = resolve('promise')
    pass
    yield 'Li respondrem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
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
    yield ' per confirmar-li que ja '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'torna a estar disponible', 'tornen a estar disponibles'))
    yield '.\n'

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
    yield 'Li trucaré '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per confirmar-li que ja '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'torna a estar disponible', 'tornen a estar disponibles'))
    yield '.\n'

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
    yield ' per veure com va tot.\n'

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
    yield ' per veure com va tot.\n'

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
    yield ' amb la resposta del transportista.\n'

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
    yield ' amb la resposta del transportista.\n'

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
    yield ' amb la data que ens doni el proveïdor.\n'

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
    yield ' amb la data que ens doni el proveïdor.\n'

def block_quote(context, missing=missing, environment=environment):
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
    yield ' amb el pressupost de la reparació.\n'

def block_quote_spoken(context, missing=missing, environment=environment):
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
    yield ' amb el pressupost de la reparació.\n'

def block_awaiting(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Quan tinguem la seva resposta, li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per dir-li què podem fer.\n'

def block_awaiting_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Quan tingui el que li he demanat, li tornaré a trucar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per dir-li què podem fer.\n'

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
    yield 'Digui’m què prefereix i ho poso en marxa. Si s’ho vol pensar, li tornaré a trucar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_settled(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Si li queda cap dubte, respongui’ns aquest missatge i li contestarem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_settled_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Si després d’aquesta trucada li queda cap dubte, escrigui’ns i li contestarem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

blocks = {'confirm': block_confirm, 'confirm_spoken': block_confirm_spoken, 'update': block_update, 'update_spoken': block_update_spoken, 'answer': block_answer, 'answer_spoken': block_answer_spoken, 'restock': block_restock, 'restock_spoken': block_restock_spoken, 'end': block_end, 'follow': block_follow, 'follow_spoken': block_follow_spoken, 'carrier': block_carrier, 'carrier_spoken': block_carrier_spoken, 'supplier': block_supplier, 'supplier_spoken': block_supplier_spoken, 'quote': block_quote, 'quote_spoken': block_quote_spoken, 'awaiting': block_awaiting, 'awaiting_spoken': block_awaiting_spoken, 'choice': block_choice, 'choice_spoken': block_choice_spoken, 'settled': block_settled, 'settled_spoken': block_settled_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&44=25&47=26&50=27&53=28&56=29&59=30&62=31&65=32&68=33&2=35&3=45&5=48&6=58&8=61&9=71&11=74&12=84&14=87&15=97&17=100&18=110&20=113&21=130&23=135&24=152&26=157&29=167&30=177&32=180&33=190&35=193&36=203&38=206&39=216&41=219&42=229&44=232&45=242&47=245&48=255&50=258&51=268&53=271&54=281&56=284&57=294&59=297&60=307&62=310&63=320&65=323&66=333&68=336&69=346'
