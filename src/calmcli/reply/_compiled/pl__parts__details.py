# Generated from pl/parts/details.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '29ceaa03-2294'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/details.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_next_contact = resolve('next_contact')
    l_0_style = resolve('style')
    l_0_order = resolve('order')
    l_0_promise = resolve('promise')
    l_0_incident = resolve('incident')
    l_0_g = l_0_q = l_0_quote = l_0_day = l_0_on_day = missing
    try:
        t_1 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_3 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    l_0_q = t_3((environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote') or ''))
    context.vars['q'] = l_0_q
    context.exported_vars.add('q')
    l_0_quote = (str_join(('„', (undefined(name='q') if l_0_q is missing else l_0_q), '”', )) if (((undefined(name='q') if l_0_q is missing else l_0_q)[-1:] in ['!', '?', '…']) or ((undefined(name='q') if l_0_q is missing else l_0_q)[-3:] == '...')) else str_join(('„', environment.call(context, environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'rstrip'), '.'), '”.', )))
    context.vars['quote'] = l_0_quote
    context.exported_vars.add('quote')
    l_0_day = t_2(context.eval_ctx, t_2(context.eval_ctx, t_2(context.eval_ctx, t_1(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)), 'środa', 'środę'), 'sobota', 'sobotę'), 'niedziela', 'niedzielę')
    context.vars['day'] = l_0_day
    context.exported_vars.add('day')
    l_0_on_day = str_join((('we ' if ((undefined(name='day') if l_0_day is missing else l_0_day)[:6] == 'wtorek') else 'w '), (undefined(name='day') if l_0_day is missing else l_0_day), ))
    context.vars['on_day'] = l_0_on_day
    context.exported_vars.add('on_day')
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'expertise'):
        pass
        yield str(environment.getitem({'f': 'Słusznie zwraca Pani', 'm': 'Słusznie zwraca Pan', 'n': 'Słusznie zwracają Państwo'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' uwagę na szczegóły – wzięliśmy je wszystkie pod uwagę.\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'steps'):
        pass
        yield 'Oto dokładny plan dalszych działań:\n1. Dziś rejestrujemy zgłoszenie'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' do zamówienia nr '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '.\n2. Najpóźniej '
        yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
        yield ' poinformujemy '
        yield str(environment.getitem({'f': 'Panią', 'm': 'Pana', 'n': 'Państwa'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' o wyniku.\n3. Gdy '
        yield str(environment.getitem({'f': 'potwierdzi Pani', 'm': 'potwierdzi Pan', 'n': 'potwierdzą Państwo'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ', że wszystko jest w porządku, zamkniemy zgłoszenie.\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'facts'):
        pass
        if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking') and ((undefined(name='incident') if l_0_incident is missing else l_0_incident) != 'shipping-delay')):
            pass
            yield 'Status przesyłki o numerze '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'))
            yield ' można w każdej chwili sprawdzić na stronie przewoźnika.\n'
        if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote') and ((undefined(name='incident') if l_0_incident is missing else l_0_incident) != 'policy-misreading')):
            pass
            yield 'W naszych warunkach czytamy: '
            yield str((undefined(name='quote') if l_0_quote is missing else l_0_quote))
            yield '\n'
        yield 'Każdy krok odnotowujemy w historii zgłoszenia'
        if ((undefined(name='order') if l_0_order is missing else l_0_order) and (not environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'steps'))):
            pass
            yield ' do zamówienia nr '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield ' i potwierdzamy '
        yield str(environment.getitem({'f': 'Pani', 'm': 'Panu', 'n': 'Państwu'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' na piśmie.\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'invite'):
        pass
        yield 'Jeśli jest rozwiązanie, które '
        yield str(environment.getitem({'f': 'uznałaby Pani', 'm': 'uznałby Pan', 'n': 'uznaliby Państwo'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' za uczciwe, prosimy dać nam znać – poważnie je rozważymy.\n'

blocks = {}
debug_info = '3=36&5=39&6=42&7=45&8=48&9=51&10=53&12=55&14=58&15=63&16=67&18=69&19=71&21=76&23=82&25=89&26=92'
