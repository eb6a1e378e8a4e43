# Generated from pl/parts/incident.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '440fcf8b-3230'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/incident.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_order = resolve('order')
    l_0_audience = resolve('audience')
    l_0_incident = resolve('incident')
    l_0_fault = resolve('fault')
    l_0_compensation = resolve('compensation')
    l_0_g = l_0_q = l_0_quote = l_0_nr = l_0_ref = missing
    try:
        t_1 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    l_0_q = t_1((environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote') or ''))
    context.vars['q'] = l_0_q
    context.exported_vars.add('q')
    l_0_quote = (str_join(('„', (undefined(name='q') if l_0_q is missing else l_0_q), '”', )) if (((undefined(name='q') if l_0_q is missing else l_0_q)[-1:] in ['!', '?', '…']) or ((undefined(name='q') if l_0_q is missing else l_0_q)[-3:] == '...')) else str_join(('„', environment.call(context, environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'rstrip'), '.'), '”.', )))
    context.vars['quote'] = l_0_quote
    context.exported_vars.add('quote')
    l_0_nr = ((undefined(name='order') if l_0_order is missing else l_0_order) if ((undefined(name='order') if l_0_order is missing else l_0_order) and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) != 'public')) else '')
    context.vars['nr'] = l_0_nr
    context.exported_vars.add('nr')
    l_0_ref = (str_join((' z zamówienia nr ', (undefined(name='nr') if l_0_nr is missing else l_0_nr), )) if (undefined(name='nr') if l_0_nr is missing else l_0_nr) else '')
    context.vars['ref'] = l_0_ref
    context.exported_vars.add('ref')
    if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'shipping-delay'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'Sprawdzamy u przewoźnika, gdzie w tej chwili znajduje się przesyłka'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '.'
        else:
            pass
            yield 'Sami skontaktowaliśmy się z przewoźnikiem w sprawie przesyłki'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' – '
            yield str(environment.getitem({'f': 'nie musi Pani', 'm': 'nie musi Pan', 'n': 'nie muszą Państwo'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
            yield ' niczego robić.'
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'):
            pass
            yield ' Numer przesyłki to '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'))
            yield ' – jej status można na bieżąco śledzić na stronie przewoźnika.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'Sprawdzamy, co się działo z produktem'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' podczas pakowania i transportu.'
        elif (((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation) and (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'free-return')) and ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'troll')):
            pass
            yield 'Zajmiemy się uszkodzonym produktem'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' i zadbamy o to, żeby cała procedura była dla '
            yield str(environment.getitem({'f': 'Pani', 'm': 'Pana', 'n': 'Państwa'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
            yield ' jak najprostsza.'
        else:
            pass
            yield 'Zajmiemy się uszkodzonym produktem'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ': jego odesłanie będzie dla '
            yield str(environment.getitem({'f': 'Pani', 'm': 'Pana', 'n': 'Państwa'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
            yield ' całkowicie bezpłatne.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'out-of-stock'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'restock_date'):
            pass
            yield 'Termin ponownej dostępności produktu'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' to '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'restock_date'))
            yield '.'
        else:
            pass
            yield 'Ustalamy z działem zakupów, kiedy produkt'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' będzie ponownie dostępny.'
        yield ' Do czasu '
        yield str(environment.getitem({'f': 'Pani', 'm': 'Pana', 'n': 'Państwa'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' decyzji wpłacona kwota jest bezpieczna.\n'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'policy-misreading'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote'):
            pass
            yield 'Nasze warunki brzmią dosłownie tak: '
            yield str((undefined(name='quote') if l_0_quote is missing else l_0_quote))
        else:
            pass
            yield 'Przeanalizowaliśmy punkt po punkcie warunki obowiązujące przy '
            if (undefined(name='nr') if l_0_nr is missing else l_0_nr):
                pass
                yield 'zamówieniu nr '
                yield str((undefined(name='nr') if l_0_nr is missing else l_0_nr))
            else:
                pass
                yield 'tym zakupie'
            yield '.'
        yield ' W ich ramach znajdziemy dla '
        yield str(environment.getitem({'f': 'Pani', 'm': 'Pana', 'n': 'Państwa'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' najlepsze rozwiązanie.\n'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'product-defect'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'Nasz zespół techniczny sprawdza produkt'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ', żeby ustalić przyczynę usterki.'
        else:
            pass
            yield 'Produkt'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' jest objęty gwarancją, więc zajmiemy się wszystkimi formalnościami.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'billing'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'amount'):
            pass
            yield 'Sprawdzamy obciążenie na kwotę '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'amount'))
        else:
            pass
            yield 'Sprawdzamy pozycja po pozycji naliczone opłaty'
        if (undefined(name='nr') if l_0_nr is missing else l_0_nr):
            pass
            yield ' za zamówienie nr '
            yield str((undefined(name='nr') if l_0_nr is missing else l_0_nr))
        yield '. Jeśli wykryjemy błąd, poprawimy go i zwrócimy różnicę.\n'
    else:
        pass
        yield 'Od teraz zgłoszenie'
        if (undefined(name='nr') if l_0_nr is missing else l_0_nr):
            pass
            yield ' dotyczące zamówienia nr '
            yield str((undefined(name='nr') if l_0_nr is missing else l_0_nr))
        yield ' prowadzi jedna osoba – aż do jego rozwiązania.\n'

blocks = {}
debug_info = '2=24&4=27&5=30&6=33&7=36&8=39&9=41&10=53&11=58&12=60&13=79&14=81&15=96&16=98&17=116&18=118&19=128&20=130&22=145'
