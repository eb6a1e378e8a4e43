# Generated from ca/parts/details.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'ed5c22d2-1565'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/details.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_style = resolve('style')
    l_0_fault = resolve('fault')
    l_0_order = resolve('order')
    l_0_promise = resolve('promise')
    l_0_vars = resolve('vars')
    l_0_incident = resolve('incident')
    l_0_q = resolve('q')
    pass
    if (environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'expertise') and ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'troll')):
        pass
        yield 'Fa bé de fer-nos notar aquests detalls: els hem tingut en compte tots, un per un.\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'steps'):
        pass
        yield 'Aquests són els passos que seguirem a partir d’ara:\n1. Avui mateix registrem el seu cas'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ', vinculat a la comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '.\n2. Li enviarem el resultat '
        yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
        yield '.\n3. Quan ens confirmi que tot és correcte, tancarem el cas.\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'facts'):
        pass
        if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking') and ((undefined(name='incident') if l_0_incident is missing else l_0_incident) != 'shipping-delay')):
            pass
            yield 'Pot consultar l’estat de l’enviament al web del transportista amb el número de seguiment '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'))
            yield ' sempre que vulgui.\n'
        if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote') and ((undefined(name='incident') if l_0_incident is missing else l_0_incident) != 'policy-misreading')):
            pass
            l_0_q = environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')
            context.vars['q'] = l_0_q
            context.exported_vars.add('q')
            yield 'Les nostres condicions diuen: «'
            yield str(((undefined(name='q') if l_0_q is missing else l_0_q)[:-1] if (environment.call(context, environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'endswith'), '.') and (not environment.call(context, environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'endswith'), '..'))) else (undefined(name='q') if l_0_q is missing else l_0_q)))
            yield '».\n'
        yield 'Cada gestió queda registrada en el seu cas'
        if ((undefined(name='order') if l_0_order is missing else l_0_order) and (not environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'steps'))):
            pass
            yield ' (comanda '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
            yield ')'
        yield ' i li confirmarem cadascuna per escrit.\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'invite'):
        pass
        yield 'Si hi ha alguna solució que consideri justa, expliqui-nos-la i l’estudiarem seriosament.\n'

blocks = {}
debug_info = '3=18&6=21&8=24&9=29&12=31&14=33&16=38&18=40&19=44&21=47&23=53'
