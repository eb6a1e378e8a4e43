# Generated from pl/parts/acknowledgement.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '044e9ffb-1323'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/acknowledgement.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_fault = resolve('fault')
    l_0_incident = resolve('incident')
    l_0_style = resolve('style')
    l_0_audience = resolve('audience')
    l_0_g = l_0_expected = l_0_what = missing
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    l_0_expected = environment.getitem({'f': 'się Pani spodziewała', 'm': 'się Pan spodziewał', 'n': 'się Państwo spodziewali'}, (undefined(name='g') if l_0_g is missing else l_0_g))
    context.vars['expected'] = l_0_expected
    context.exported_vars.add('expected')
    l_0_what = {'shipping-delay': 'zamówienie nie dotarło na czas', 'damaged-item': 'zamówienie dotarło uszkodzone', 'out-of-stock': 'zamówionego produktu zabrakło w magazynie', 'policy-misreading': str_join(('nasze warunki okazały się inne, niż ', (undefined(name='expected') if l_0_expected is missing else l_0_expected), )), 'product-defect': 'produkt nie działa tak, jak powinien', 'billing': 'coś się nie zgadza w naliczonej opłacie lub na fakturze', 'other': 'coś nie poszło tak, jak powinno'}
    context.vars['what'] = l_0_what
    context.exported_vars.add('what')
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        yield 'Zapoznaliśmy się z wiadomością o tym, że '
        yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
        yield '.\n'
    else:
        pass
        yield 'Przykro nam, że '
        yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
        yield '. Rozumiemy, jak bardzo jest to uciążliwe'
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'ours'):
            pass
            yield ', i chcemy pomóc'
        yield '.\n'
    if (environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'acknowledge') and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) != 'public')):
        pass
        yield 'Dziękujemy za tak dokładny opis – mamy pełny obraz sytuacji i nie trzeba będzie niczego powtarzać.\n'

blocks = {}
debug_info = '2=17&3=20&4=23&13=26&14=29&16=34&18=40'
