# Generated from ca/parts/incident.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '2f2efa70-2853'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/incident.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_order = resolve('order')
    l_0_audience = resolve('audience')
    l_0_incident = resolve('incident')
    l_0_fault = resolve('fault')
    l_0_vars = resolve('vars')
    l_0_q = resolve('q')
    l_0_a = resolve('a')
    l_0_de = resolve('de')
    l_0_ref = l_0_paren = missing
    pass
    l_0_ref = (str_join((' de la comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if ((undefined(name='order') if l_0_order is missing else l_0_order) and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) != 'public')) else '')
    context.vars['ref'] = l_0_ref
    context.exported_vars.add('ref')
    l_0_paren = (str_join((' (comanda ', (undefined(name='order') if l_0_order is missing else l_0_order), ')', )) if ((undefined(name='order') if l_0_order is missing else l_0_order) and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) != 'public')) else '')
    context.vars['paren'] = l_0_paren
    context.exported_vars.add('paren')
    if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'shipping-delay'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'Estem esbrinant amb el transportista on és exactament el paquet'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '.'
        else:
            pass
            yield 'Ja ens hem posat en contacte amb el transportista per parlar del paquet'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ': no cal que vostè faci res.'
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'):
            pass
            yield ' El número de seguiment és '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'))
            yield ': així pot consultar l’estat de l’enviament quan vulgui.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'Estem revisant què li va passar a l’article'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' durant l’embalatge i el transport.'
        else:
            pass
            yield 'Ens fem càrrec de l’article malmès'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ': no haurà de pagar res per retornar-lo.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'out-of-stock'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'restock_date'):
            pass
            yield 'L’article'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' tornarà a estar en estoc el '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'restock_date'))
            yield '.'
        else:
            pass
            yield 'Estem confirmant amb el nostre equip de compres quan tornarem a tenir en estoc l’article'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '.'
        yield ' L’import que ha pagat queda reservat fins que decideixi què prefereix.\n'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'policy-misreading'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote'):
            pass
            l_0_q = environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')
            context.vars['q'] = l_0_q
            context.exported_vars.add('q')
            yield 'Les nostres condicions diuen textualment: «'
            yield str(((undefined(name='q') if l_0_q is missing else l_0_q)[:-1] if (environment.call(context, environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'endswith'), '.') and (not environment.call(context, environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'endswith'), '..'))) else (undefined(name='q') if l_0_q is missing else l_0_q)))
            yield '».'
        else:
            pass
            yield 'Hem repassat punt per punt les condicions que s’apliquen a la seva compra'
            yield str((undefined(name='paren') if l_0_paren is missing else l_0_paren))
            yield '.'
        yield ' Dins d’aquest marc, buscarem la millor opció per a vostè.\n'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'product-defect'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'El nostre equip tècnic està analitzant el problema del producte'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' per esbrinar-ne l’origen.'
        else:
            pass
            yield 'El producte'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' està cobert per la garantia i ens encarregarem de tota la gestió.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'billing'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'amount'):
            pass
            l_0_a = environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'amount')
            context.vars['a'] = l_0_a
            context.exported_vars.add('a')
            l_0_de = ('d’' if ((((undefined(name='a') if l_0_a is missing else l_0_a)[:2] == '11') and (not environment.call(context, environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a)[2:3], 'isdigit')))) or ((((undefined(name='a') if l_0_a is missing else l_0_a)[:1] == '1') and (not environment.call(context, environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a)[1:2], 'isdigit')))) and (not (((undefined(name='a') if l_0_a is missing else l_0_a)[1:2] in ['.', ' ', '\xa0', '\u202f']) and environment.call(context, environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a)[2:3], 'isdigit')))))) else 'de ')
            context.vars['de'] = l_0_de
            context.exported_vars.add('de')
            yield 'Estem revisant el càrrec '
            yield str((undefined(name='de') if l_0_de is missing else l_0_de))
            yield str((undefined(name='a') if l_0_a is missing else l_0_a))
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '.'
        else:
            pass
            yield 'Estem revisant detalladament el càrrec'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '.'
        yield ' Si hi ha algun error, el corregirem i li retornarem la diferència.\n'
    else:
        pass
        yield 'El seu cas'
        yield str((undefined(name='paren') if l_0_paren is missing else l_0_paren))
        yield ' el portarà una sola persona de principi a fi, fins que quedi resolt.\n'

blocks = {}
debug_info = '2=20&3=23&4=26&5=28&6=38&7=43&8=45&9=55&10=57&11=70&12=72&14=74&15=78&16=86&17=88&18=98&19=100&21=102&22=105&23=109&25=122'
