# Generated from pl/moves/options.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '83df2c83-6075'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/options.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['choose'][0](context)
    yield from context.blocks['choose_chat'][0](context)
    yield from context.blocks['brief'][0](context)
    yield from context.blocks['choose_spoken'][0](context)
    yield from context.blocks['brief_spoken'][0](context)
    yield from context.blocks['o_wait'][0](context)
    yield from context.blocks['o_reship'][0](context)
    yield from context.blocks['o_refund'][0](context)
    yield from context.blocks['o_replacement'][0](context)
    yield from context.blocks['o_repair'][0](context)
    yield from context.blocks['o_backorder'][0](context)
    yield from context.blocks['o_alternative'][0](context)
    yield from context.blocks['o_return'][0](context)
    yield from context.blocks['o_exchange'][0](context)
    yield from context.blocks['o_store_credit'][0](context)
    yield from context.blocks['o_corrected_invoice'][0](context)
    yield from context.blocks['r_wait'][0](context)
    yield from context.blocks['r_reship'][0](context)
    yield from context.blocks['r_refund'][0](context)
    yield from context.blocks['r_replacement'][0](context)
    yield from context.blocks['r_repair'][0](context)
    yield from context.blocks['r_backorder'][0](context)
    yield from context.blocks['r_alternative'][0](context)
    yield from context.blocks['r_return'][0](context)
    yield from context.blocks['r_exchange'][0](context)
    yield from context.blocks['r_store_credit'][0](context)
    yield from context.blocks['r_corrected_invoice'][0](context)
    yield from context.blocks['q_wait'][0](context)
    yield from context.blocks['q_reship'][0](context)
    yield from context.blocks['q_refund'][0](context)
    yield from context.blocks['q_replacement'][0](context)
    yield from context.blocks['q_repair'][0](context)
    yield from context.blocks['q_backorder'][0](context)
    yield from context.blocks['q_alternative'][0](context)
    yield from context.blocks['q_return'][0](context)
    yield from context.blocks['q_exchange'][0](context)
    yield from context.blocks['q_store_credit'][0](context)
    yield from context.blocks['q_corrected_invoice'][0](context)
    yield from context.blocks['honour'][0](context)
    yield from context.blocks['honour_spoken'][0](context)

def block_choose(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_options = resolve('options')
    l_0_recommended = resolve('recommended')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'Mamy dla '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' '
    yield str(environment.call(context, environment.getattr({2: 'dwie', 3: 'trzy', 4: 'cztery'}, 'get'), t_1((undefined(name='options') if l_0_options is missing else l_0_options)), t_1((undefined(name='options') if l_0_options is missing else l_0_options)), _block_vars=_block_vars))
    yield ' możliwości:\n'
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_loop, 'index'))
        yield '. '
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('o_', t_2(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield '\n'
    l_1_loop = l_1_option = missing
    yield 'Najszybsza będzie opcja nr '
    yield str(environment.call_binop(context, '+', environment.call(context, environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'index'), (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), _block_vars=_block_vars), 1))
    yield '.\n'

def block_choose_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_options = resolve('options')
    l_0_recommended = resolve('recommended')
    l_0_others = missing
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_others = t_3(context.eval_ctx, t_4(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['others'] = l_0_others
    yield 'Możemy '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_2(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ' – to najszybsze rozwiązanie. Możemy też '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_2(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' albo ' if (not environment.getattr(l_1_loop, 'last')) else '')))
    l_1_loop = l_1_option = missing
    yield '.\n'

def block_brief(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_options = resolve('options')
    l_0_recommended = resolve('recommended')
    l_0_other = missing
    try:
        t_5 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_4 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_other = t_5(environment, t_4(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['other'] = l_0_other
    yield 'Możemy '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_2(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ' – to najszybsze rozwiązanie – albo '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_2(context.eval_ctx, (undefined(name='other') if l_0_other is missing else l_0_other), '-', '_'), ))), _block_vars=_block_vars))
    yield '.\n'

def block_choose_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_options = resolve('options')
    l_0_recommended = resolve('recommended')
    l_0_address = resolve('address')
    l_0_others = missing
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_others = t_3(context.eval_ctx, t_4(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['others'] = l_0_others
    yield 'Możemy '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_2(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ' – to najszybsze rozwiązanie. Możemy też '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_2(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' albo ' if (not environment.getattr(l_1_loop, 'last')) else '')))
    l_1_loop = l_1_option = missing
    yield '.\n'
    yield str(environment.call(context, environment.getattr({'f': 'Co Pani wybiera?', 'm': 'Co Pan wybiera?', 'either': 'Co Pan/Pani wybiera?'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Co Pan/Pani wybiera?', _block_vars=_block_vars))
    yield '\n'

def block_brief_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_options = resolve('options')
    l_0_recommended = resolve('recommended')
    l_0_address = resolve('address')
    l_0_other = missing
    try:
        t_5 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_4 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_other = t_5(environment, t_4(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['other'] = l_0_other
    yield 'Możemy '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_2(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ' – to najszybsze rozwiązanie – albo '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_2(context.eval_ctx, (undefined(name='other') if l_0_other is missing else l_0_other), '-', '_'), ))), _block_vars=_block_vars))
    yield '. '
    yield str(environment.call(context, environment.getattr({'f': 'Co Pani wybiera?', 'm': 'Co Pan wybiera?', 'either': 'Co Pan/Pani wybiera?'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Co Pan/Pani wybiera?', _block_vars=_block_vars))
    yield '\n'

def block_o_wait(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Oczekiwanie: śledzimy przesyłkę i dajemy znać, gdy tylko pojawią się nowe informacje.'

def block_o_reship(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Nowa paczka: wyślemy ją najbliższym kursem z magazynu.'

def block_o_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Zwrot pieniędzy: zwracamy całą kwotę.'

def block_o_replacement(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Wymiana: wysyłamy nowy egzemplarz.'

def block_o_repair(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Naprawa: naprawiamy produkt w ramach gwarancji.'

def block_o_backorder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Oczekiwanie na dostawę: wysyłamy produkt, gdy tylko wróci do magazynu.'

def block_o_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield 'Produkt zastępczy: '
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ', dostępny od ręki.'

def block_o_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Zwrot: przyjmujemy produkt i zwracamy pieniądze.'

def block_o_exchange(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Wymiana: wymieniamy zakup na inny produkt z naszej oferty.'

def block_o_store_credit(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bon: pełna kwota do wykorzystania na kolejne zakupy w naszym sklepie.'

def block_o_corrected_invoice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Faktura korygująca: wystawiamy nową fakturę z poprawnymi danymi.'

def block_r_wait(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'oczekiwanie'

def block_r_reship(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'nową wysyłkę'

def block_r_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'zwrot pieniędzy'

def block_r_replacement(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wymianę na nowy egzemplarz'

def block_r_repair(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'naprawę'

def block_r_backorder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'oczekiwanie na dostawę'

def block_r_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield 'produkt zastępczy ('
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield '), dostępny od ręki'

def block_r_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'zwrot produktu'

def block_r_exchange(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wymianę zakupu na inny produkt z naszej oferty'

def block_r_store_credit(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'bon na zakupy w naszym sklepie'

def block_r_corrected_invoice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'fakturę korygującą'

def block_q_wait(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'poczekać jeszcze na doręczenie przez przewoźnika'

def block_q_reship(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wysłać nową paczkę najbliższym kursem z magazynu'

def block_q_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'zwrócić całą kwotę'

def block_q_replacement(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wysłać nowy egzemplarz'

def block_q_repair(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'naprawić produkt w ramach gwarancji'

def block_q_backorder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wysłać produkt zaraz po dostawie'

def block_q_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield 'wysłać produkt zastępczy ('
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield '), który mamy na stanie'

def block_q_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'przyjąć zwrot produktu i oddać pieniądze'

def block_q_exchange(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wymienić zakup na inny produkt z naszej oferty'

def block_q_store_credit(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wystawić bon na pełną kwotę do wykorzystania w naszym sklepie'

def block_q_corrected_invoice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wystawić fakturę korygującą'

def block_honour(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_options = resolve('options')
    l_0_address = resolve('address')
    l_0_others = missing
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_others = t_3(context.eval_ctx, t_4(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', 'return'))
    _block_vars['others'] = l_0_others
    yield 'Przyjmiemy zwrot zgodnie z tymi warunkami i oddamy całą kwotę.'
    if (undefined(name='others') if l_0_others is missing else l_0_others):
        pass
        yield ' '
        yield str(environment.call(context, environment.getattr({'f': 'Może Pani', 'm': 'Może Pan', 'either': 'Może Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Mogą Państwo', _block_vars=_block_vars))
        yield ' też wybrać '
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
            _loop_vars = {}
            pass
            yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
            yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' albo ' if (not environment.getattr(l_1_loop, 'last')) else '')))
        l_1_loop = l_1_option = missing
        yield '.'

def block_honour_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_options = resolve('options')
    l_0_address = resolve('address')
    l_0_others = missing
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_others = t_3(context.eval_ctx, t_4(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', 'return'))
    _block_vars['others'] = l_0_others
    yield 'Uwzględnimy warunki, które widniały na stronie w chwili składania zamówienia, więc przyjmę zwrot i zlecę oddanie całej kwoty.'
    if (undefined(name='others') if l_0_others is missing else l_0_others):
        pass
        yield ' A może '
        yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
        yield ' '
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
            _loop_vars = {}
            pass
            yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
            yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' albo ' if (not environment.getattr(l_1_loop, 'last')) else '')))
        l_1_loop = l_1_option = missing
        yield '?'

blocks = {'choose': block_choose, 'choose_chat': block_choose_chat, 'brief': block_brief, 'choose_spoken': block_choose_spoken, 'brief_spoken': block_brief_spoken, 'o_wait': block_o_wait, 'o_reship': block_o_reship, 'o_refund': block_o_refund, 'o_replacement': block_o_replacement, 'o_repair': block_o_repair, 'o_backorder': block_o_backorder, 'o_alternative': block_o_alternative, 'o_return': block_o_return, 'o_exchange': block_o_exchange, 'o_store_credit': block_o_store_credit, 'o_corrected_invoice': block_o_corrected_invoice, 'r_wait': block_r_wait, 'r_reship': block_r_reship, 'r_refund': block_r_refund, 'r_replacement': block_r_replacement, 'r_repair': block_r_repair, 'r_backorder': block_r_backorder, 'r_alternative': block_r_alternative, 'r_return': block_r_return, 'r_exchange': block_r_exchange, 'r_store_credit': block_r_store_credit, 'r_corrected_invoice': block_r_corrected_invoice, 'q_wait': block_q_wait, 'q_reship': block_q_reship, 'q_refund': block_q_refund, 'q_replacement': block_q_replacement, 'q_repair': block_q_repair, 'q_backorder': block_q_backorder, 'q_alternative': block_q_alternative, 'q_return': block_q_return, 'q_exchange': block_q_exchange, 'q_store_credit': block_q_store_credit, 'q_corrected_invoice': block_q_corrected_invoice, 'honour': block_honour, 'honour_spoken': block_honour_spoken}
debug_info = '2=11&9=12&13=13&17=14&22=15&27=16&28=17&29=18&30=19&31=20&32=21&33=22&34=23&35=24&36=25&37=26&38=27&39=28&40=29&41=30&42=31&43=32&44=33&45=34&46=35&47=36&48=37&50=38&51=39&52=40&53=41&54=42&55=43&56=44&57=45&58=46&59=47&60=48&62=49&66=50&2=52&3=77&4=82&5=85&7=91&9=94&10=124&11=127&13=138&14=168&15=171&17=176&18=207&19=210&20=220&22=223&23=254&24=257&27=264&28=274&29=284&30=294&31=304&32=314&33=324&34=337&35=347&36=357&37=367&38=377&39=387&40=397&41=407&42=417&43=427&44=437&45=450&46=460&47=470&48=480&50=490&51=500&52=510&53=520&54=530&55=540&56=550&57=563&58=573&59=583&60=593&62=603&63=633&64=636&66=650&67=680&68=683'
