# Generated from ca/moves/frame.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'c1fd21a5-4360'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/frame.j2'

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
    yield 'Si ha tingut algun problema amb una comanda, l’ajudarem amb molt de gust.\n'

def block_path(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si ens indica el número de comanda i què ha passat, ho revisarem.\n'

def block_path_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si ens explica què ha passat exactament amb la comanda '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', ho revisarem.\n'

def block_path_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si em dona el número de comanda i em diu què ha passat, ho reviso ara mateix.\n'

def block_path_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si em diu què ha passat exactament amb la comanda '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', ho reviso ara mateix.\n'

def block_reopen(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si vol que revisem alguna comanda, escrigui’ns per correu electrònic amb el número de comanda i els detalls, i ens n’ocuparem.\n'

def block_reopen_at(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_email = resolve('email')
    pass
    yield 'Si vol que revisem alguna comanda, escrigui’ns a '
    yield str((undefined(name='email') if l_0_email is missing else l_0_email))
    yield ' amb el número de comanda i els detalls, i ens n’ocuparem.\n'

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
    yield 'Si vol que revisem la comanda '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', escrigui’ns a '
    yield str((undefined(name='email') if l_0_email is missing else l_0_email))
    yield ' amb els detalls i ens n’ocuparem.\n'

def block_reopen_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si vol que revisem la comanda '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', escrigui’ns per correu electrònic amb els detalls i ens n’ocuparem.\n'

def block_reopen_here(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si vol que revisem alguna comanda, enviï’ns només el número de comanda i els detalls, i ens n’ocuparem.\n'

def block_reopen_here_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si vol que revisem la comanda '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', enviï’ns només els detalls i ens n’ocuparem.\n'

def block_call_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_incident = resolve('incident')
    l_0_comanda = missing
    pass
    l_0_comanda = 'la seva comanda'
    _block_vars['comanda'] = l_0_comanda
    yield 'És pel missatge que ens va enviar sobre '
    yield str(environment.call(context, environment.getattr({'shipping-delay': str_join(('el lliurament de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'damaged-item': str_join(('l’article malmès de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'out-of-stock': str_join(('l’article exhaurit de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'policy-misreading': str_join(('les condicions aplicades a ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'product-defect': str_join(('l’article defectuós de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'billing': str_join(('el càrrec de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), ))}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), _block_vars=_block_vars))
    yield '. Em pot donar el número de comanda?\n'

def block_call_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_incident = resolve('incident')
    l_0_comanda = missing
    pass
    l_0_comanda = (str_join(('la seva comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'la seva comanda')
    _block_vars['comanda'] = l_0_comanda
    yield 'És pel missatge que ens va enviar sobre '
    yield str(environment.call(context, environment.getattr({'shipping-delay': str_join(('el lliurament de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'damaged-item': str_join(('l’article malmès de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'out-of-stock': str_join(('l’article exhaurit de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'policy-misreading': str_join(('les condicions aplicades a ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'product-defect': str_join(('l’article defectuós de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), )), 'billing': str_join(('el càrrec de ', (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), ))}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), (undefined(name='comanda') if l_0_comanda is missing else l_0_comanda), _block_vars=_block_vars))
    yield '.\n'

def block_call_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'És pel missatge que ens va enviar. Em pot donar el número de comanda i explicar-me breument què ha passat?\n'

def block_call_order_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'És pel missatge que ens va enviar sobre la seva comanda'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. M’explica breument què ha passat?\n'

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
    l_0_check = environment.call(context, environment.getattr({'shipping-delay': 'on és el paquet', 'damaged-item': 'què ha passat amb l’article malmès', 'out-of-stock': 'quan tornarà a estar disponible l’article', 'policy-misreading': 'quines condicions s’apliquen a la seva comanda', 'product-defect': 'què podem fer amb l’avaria', 'billing': 'el càrrec'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), _block_vars=_block_vars)
    _block_vars['check'] = l_0_check
    if (undefined(name='check') if l_0_check is missing else l_0_check):
        pass
        yield 'Ens pot indicar el número de comanda? Així mirarem '
        yield str((undefined(name='check') if l_0_check is missing else l_0_check))
        yield '.'
    else:
        pass
        yield 'Ens pot indicar el número de comanda i explicar-nos breument què ha passat?'

def block_path_order_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Ens explica què ha passat amb la comanda '
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
    yield 'Li truco pel missatge que ens va enviar. A partir d’ara portarem aquest cas només per escrit: escrigui’ns'
    if (undefined(name='email') if l_0_email is missing else l_0_email):
        pass
        yield ' a '
        yield str(t_1(context, (undefined(name='email') if l_0_email is missing else l_0_email)))
    else:
        pass
        yield ' per correu electrònic'
    yield ' amb el número de comanda i els detalls, i ens n’ocuparem.\n'

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
    yield 'Li truco per '
    yield str((str_join(('la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'la seva comanda'))
    yield '. A partir d’ara portarem aquest cas només per escrit: escrigui’ns'
    if (undefined(name='email') if l_0_email is missing else l_0_email):
        pass
        yield ' a '
        yield str(t_1(context, (undefined(name='email') if l_0_email is missing else l_0_email)))
    else:
        pass
        yield ' per correu electrònic'
    yield ' amb els detalls i ens n’ocuparem.\n'

blocks = {'public': block_public, 'path': block_path, 'path_order': block_path_order, 'path_spoken': block_path_spoken, 'path_order_spoken': block_path_order_spoken, 'reopen': block_reopen, 'reopen_at': block_reopen_at, 'reopen_order_at': block_reopen_order_at, 'reopen_order': block_reopen_order, 'reopen_here': block_reopen_here, 'reopen_here_order': block_reopen_here_order, 'call_spoken': block_call_spoken, 'call_order_spoken': block_call_order_spoken, 'call_other_spoken': block_call_other_spoken, 'call_order_other_spoken': block_call_order_other_spoken, 'path_chat': block_path_chat, 'path_order_chat': block_path_order_chat, 'reopen_call_spoken': block_reopen_call_spoken, 'reopen_call_order_spoken': block_reopen_call_order_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&39=23&43=24&46=25&49=26&53=27&56=28&59=29&2=31&5=41&8=51&9=61&11=64&14=74&15=84&17=87&20=97&21=107&23=110&24=121&26=126&27=136&29=139&32=149&33=159&35=162&36=172&37=175&39=178&40=189&41=192&43=195&46=205&47=215&49=221&50=231&51=233&53=242&54=252&56=255&57=271&59=280&60=297'
