# Generated from pl/moves/options.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '2dfa2b31-4183'
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
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
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
    yield 'Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
    yield ' się spieszy, polecamy '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield '. Prosimy dać znać, co '
    yield str(environment.call(context, environment.getattr({'f': 'Pani wybiera', 'm': 'Pan wybiera'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwo wybierają', _block_vars=_block_vars))
    yield ' – zajmiemy się tym od razu.\n'

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
    l_0_address = resolve('address')
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'Możemy zaproponować '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' lub ' if (not environment.getattr(l_1_loop, 'last')) else '')))
    l_1_loop = l_1_option = missing
    yield '. Jeśli to pilne, polecamy '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield '. Prosimy dać znać, co '
    yield str(environment.call(context, environment.getattr({'f': 'Pani wybiera', 'm': 'Pan wybiera'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwo wybierają', _block_vars=_block_vars))
    yield ' – zajmiemy się tym od razu.\n'

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
    l_0_address = resolve('address')
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'Proponujemy '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, environment.getitem((undefined(name='options') if l_0_options is missing else l_0_options), 0), '-', '_'), ))), _block_vars=_block_vars))
    yield ' lub '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, environment.getitem((undefined(name='options') if l_0_options is missing else l_0_options), 1), '-', '_'), ))), _block_vars=_block_vars))
    yield '; jeśli to pilne, polecamy '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield '. Prosimy dać znać, co '
    yield str(environment.call(context, environment.getattr({'f': 'Pani wybiera', 'm': 'Pan wybiera'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwo wybierają', _block_vars=_block_vars))
    yield ' – zajmiemy się tym od razu.\n'

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
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'Mogę zaproponować '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' lub ' if (not environment.getattr(l_1_loop, 'last')) else '')))
    l_1_loop = l_1_option = missing
    yield '.\nJeśli to pilne, polecam '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield '. '
    yield str(environment.call(context, environment.getattr({'f': 'Co Pani wybiera?', 'm': 'Co Pan wybiera?'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Co wybieramy?', _block_vars=_block_vars))
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
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'Mogę zaproponować '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, environment.getitem((undefined(name='options') if l_0_options is missing else l_0_options), 0), '-', '_'), ))), _block_vars=_block_vars))
    yield ' lub '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, environment.getitem((undefined(name='options') if l_0_options is missing else l_0_options), 1), '-', '_'), ))), _block_vars=_block_vars))
    yield '; jeśli to pilne, polecam '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_2(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield '. '
    yield str(environment.call(context, environment.getattr({'f': 'Co Pani wybiera?', 'm': 'Co Pan wybiera?'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Co wybieramy?', _block_vars=_block_vars))
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
    yield 'Nowa wysyłka: wysyłamy nową paczkę z najbliższą wysyłką z magazynu.'

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
    yield 'Wymiana: bezpłatnie wysyłamy nowy egzemplarz.'

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
    pass
    yield 'Produkt zastępczy: wysyłamy podobny produkt dostępny od ręki.'

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
    yield 'Wymiana: wymieniamy produkt na inny rozmiar lub model.'

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
    pass
    yield 'podobny produkt dostępny od ręki'

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
    yield 'wymianę na inny rozmiar lub model'

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

blocks = {'choose': block_choose, 'choose_chat': block_choose_chat, 'brief': block_brief, 'choose_spoken': block_choose_spoken, 'brief_spoken': block_brief_spoken, 'o_wait': block_o_wait, 'o_reship': block_o_reship, 'o_refund': block_o_refund, 'o_replacement': block_o_replacement, 'o_repair': block_o_repair, 'o_backorder': block_o_backorder, 'o_alternative': block_o_alternative, 'o_return': block_o_return, 'o_exchange': block_o_exchange, 'o_store_credit': block_o_store_credit, 'o_corrected_invoice': block_o_corrected_invoice, 'r_wait': block_r_wait, 'r_reship': block_r_reship, 'r_refund': block_r_refund, 'r_replacement': block_r_replacement, 'r_repair': block_r_repair, 'r_backorder': block_r_backorder, 'r_alternative': block_r_alternative, 'r_return': block_r_return, 'r_exchange': block_r_exchange, 'r_store_credit': block_r_store_credit, 'r_corrected_invoice': block_r_corrected_invoice}
debug_info = '2=11&9=12&12=13&15=14&19=15&23=16&24=17&25=18&26=19&27=20&28=21&29=22&30=23&31=24&32=25&33=26&34=27&35=28&36=29&37=30&38=31&39=32&40=33&41=34&42=35&43=36&44=37&2=39&3=64&4=69&5=72&7=78&9=85&10=105&12=117&13=136&15=145&16=165&17=172&19=177&20=196&23=205&24=215&25=225&26=235&27=245&28=255&29=265&30=275&31=285&32=295&33=305&34=315&35=325&36=335&37=345&38=355&39=365&40=375&41=385&42=395&43=405&44=415'
