# Generated from pl/parts/options.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '318f5919-1550'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/options.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_style = resolve('style')
    l_0_options = resolve('options')
    l_0_g = l_0_names = missing
    try:
        t_1 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    l_0_names = {'wait': 'nadal śledzimy przesyłkę i dajemy znać, gdy tylko ruszy dalej', 'reship': 'jeszcze dziś wysyłamy nową paczkę', 'refund': 'zwracamy całą kwotę', 'replacement': 'bezpłatnie wysyłamy nowy egzemplarz', 'repair': 'naprawiamy produkt w ramach gwarancji', 'backorder': 'gdy tylko produkt wróci do magazynu, wysyłamy go w pierwszej kolejności', 'alternative': 'wysyłamy podobny produkt, który jest dostępny od ręki', 'return': 'przyjmujemy zwrot produktu i oddajemy pieniądze', 'exchange': 'wymieniamy produkt na inny rozmiar lub model', 'store-credit': 'wystawiamy bon o pełnej wartości zamówienia do wykorzystania w naszym sklepie', 'corrected-invoice': 'wystawiamy fakturę korygującą'}
    context.vars['names'] = l_0_names
    context.exported_vars.add('names')
    if (environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'options') and (undefined(name='options') if l_0_options is missing else l_0_options)):
        pass
        yield 'Proponujemy kilka rozwiązań – prosimy wybrać to, które najbardziej '
        yield str(environment.getitem({'f': 'Pani', 'm': 'Panu', 'n': 'Państwu'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' odpowiada:\n'
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options)[:3], undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_loop, 'index'))
            yield '. '
            yield str(t_1(environment.getitem((undefined(name='names') if l_0_names is missing else l_0_names), l_1_option)[:1]))
            yield str(environment.getitem((undefined(name='names') if l_0_names is missing else l_0_names), l_1_option)[1:])
            yield '.\n'
        l_1_loop = l_1_option = missing
        yield 'W razie wątpliwości polecamy pierwsze z nich – zwykle jest najszybsze.\n'

blocks = {}
debug_info = '3=21&4=24&17=27&18=30&19=33&20=36'
