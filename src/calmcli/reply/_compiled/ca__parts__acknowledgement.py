# Generated from ca/parts/acknowledgement.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '2641be7b-1256'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/acknowledgement.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fault = resolve('fault')
    l_0_incident = resolve('incident')
    l_0_style = resolve('style')
    l_0_audience = resolve('audience')
    l_0_what = missing
    pass
    l_0_what = {'shipping-delay': 'la comanda no li ha arribat a temps', 'damaged-item': 'la comanda li ha arribat malmesa', 'out-of-stock': 'no teníem en estoc l’article que havia demanat', 'policy-misreading': 'les nostres condicions no s’han aplicat com vostè esperava', 'product-defect': 'el producte no funciona correctament', 'billing': 'hi ha un problema amb un càrrec o amb la factura', 'other': 'la seva experiència amb nosaltres no ha estat la que esperava'}
    context.vars['what'] = l_0_what
    context.exported_vars.add('what')
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        yield 'Hem llegit el seu missatge, en què ens explica que '
        yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
        yield '.\n'
    else:
        pass
        yield 'Gràcies per fer-nos saber que '
        yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
        yield '. Entenem que és molt molest'
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'ours'):
            pass
            yield ' i l’ajudarem a resoldre-ho'
        yield '.\n'
    if (environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'acknowledge') and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) != 'public')):
        pass
        yield 'Gràcies'
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'troll'):
            pass
            yield ' també'
        yield ' per donar-nos tants detalls: així tenim la situació ben clara i no caldrà que ens la torni a explicar.\n'

blocks = {}
debug_info = '2=16&11=19&12=22&14=27&16=33&17=36'
