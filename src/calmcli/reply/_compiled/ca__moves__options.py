# Generated from ca/moves/options.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '3963e4e0-5536'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/options.j2'

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
    yield from context.blocks['k_wait'][0](context)
    yield from context.blocks['k_reship'][0](context)
    yield from context.blocks['k_refund'][0](context)
    yield from context.blocks['k_replacement'][0](context)
    yield from context.blocks['k_repair'][0](context)
    yield from context.blocks['k_backorder'][0](context)
    yield from context.blocks['k_alternative'][0](context)
    yield from context.blocks['k_return'][0](context)
    yield from context.blocks['k_exchange'][0](context)
    yield from context.blocks['k_store_credit'][0](context)
    yield from context.blocks['k_corrected_invoice'][0](context)
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
    l_0_options = resolve('options')
    l_0_recommended = resolve('recommended')
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'Pot triar la solució que prefereixi:\n'
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_loop, 'index'))
        yield '. '
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('o_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield '\n'
    l_1_loop = l_1_option = missing
    yield 'Si li corre pressa, li recomanem '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('k_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
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
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'Pot triar: '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' o ' if (not environment.getattr(l_1_loop, 'last')) else '')))
    l_1_loop = l_1_option = missing
    yield '. Si li corre pressa, li recomanem '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('k_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
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
        t_2 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_3 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_other = t_2(environment, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['other'] = l_0_other
    yield 'L’opció més ràpida és '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ', tot i que també pot triar '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='other') if l_0_other is missing else l_0_other), '-', '_'), ))), _block_vars=_block_vars))
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
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'Li puc oferir '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' o ' if (not environment.getattr(l_1_loop, 'last')) else '')))
    l_1_loop = l_1_option = missing
    yield '.\nSi li corre pressa, li recomano '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('k_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield '. Què prefereix?\n'

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
    l_0_other = missing
    try:
        t_2 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_3 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_other = t_2(environment, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['other'] = l_0_other
    yield 'L’opció més ràpida és '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ', tot i que també li puc oferir '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='other') if l_0_other is missing else l_0_other), '-', '_'), ))), _block_vars=_block_vars))
    yield '. Què prefereix?\n'

def block_o_wait(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Esperar: seguim el paquet de prop i l’avisem tan bon punt hi hagi novetats.'

def block_o_reship(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Nou enviament: li enviem un altre paquet en el pròxim enviament del magatzem.'

def block_o_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Reemborsament: li retornem l’import íntegre.'

def block_o_replacement(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Substitució: '
    yield str((str_join(('li n’enviem ', t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves'), )) if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'li enviem un article nou'))
    yield '.'

def block_o_repair(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Reparació: el reparem dins de la garantia.'

def block_o_backorder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'Esperar la reposició: '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'l’hi', 'l’hi', 'els hi', 'les hi'))
    yield ' enviem tan bon punt '
    yield str(t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'torni a estar disponible', 'tornin a estar disponibles'))
    yield '.'

def block_o_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield 'Alternativa: '
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ', que tenim en estoc.'

def block_o_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Devolució: ens retorna l’article i li reemborsem l’import.'

def block_o_exchange(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Canvi: el canviem per un altre article que triï.'

def block_o_store_credit(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Val de compra: li fem un val per l’import íntegre per a les pròximes compres.'

def block_o_corrected_invoice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Factura corregida: li emetem una factura nova amb les dades correctes.'

def block_r_wait(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'esperar'

def block_r_reship(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'un nou enviament'

def block_r_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'el reemborsament'

def block_r_replacement(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_4 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'la substitució per '
    yield str((t_4(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'un de nou', 'una de nova', 'uns de nous', 'unes de noves') if (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) else 'un article nou'))

def block_r_repair(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'la reparació'

def block_r_backorder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'esperar la reposició'

def block_r_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ', que tenim en estoc'

def block_r_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'la devolució'

def block_r_exchange(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'el canvi per un altre article'

def block_r_store_credit(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'un val per l’import íntegre'

def block_r_corrected_invoice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'la factura corregida'

def block_k_wait(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'esperar'

def block_k_reship(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'el nou enviament'

def block_k_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'el reemborsament'

def block_k_replacement(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'la substitució'

def block_k_repair(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'la reparació'

def block_k_backorder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'esperar la reposició'

def block_k_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ', que li podem enviar ja'

def block_k_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'la devolució'

def block_k_exchange(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'el canvi'

def block_k_store_credit(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'el val, que pot fer servir de seguida'

def block_k_corrected_invoice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'la factura corregida'

def block_honour(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_options = resolve('options')
    l_0_others = missing
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_others = t_5(context.eval_ctx, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', 'return'))
    _block_vars['others'] = l_0_others
    yield 'Li acceptem la devolució, com esperava, i li reemborsem tot l’import.'
    if (undefined(name='others') if l_0_others is missing else l_0_others):
        pass
        yield ' Si ho prefereix, també pot triar '
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
            _loop_vars = {}
            pass
            yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
            yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' o ' if (not environment.getattr(l_1_loop, 'last')) else '')))
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
    l_0_others = missing
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_others = t_5(context.eval_ctx, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', 'return'))
    _block_vars['others'] = l_0_others
    yield 'Li respectem les condicions que es mostraven quan va fer la comanda, així que li accepto la devolució i li reemborso tot l’import.'
    if (undefined(name='others') if l_0_others is missing else l_0_others):
        pass
        yield ' O prefereix '
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
            _loop_vars = {}
            pass
            yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
            yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' o ' if (not environment.getattr(l_1_loop, 'last')) else '')))
        l_1_loop = l_1_option = missing
        yield '?'

blocks = {'choose': block_choose, 'choose_chat': block_choose_chat, 'brief': block_brief, 'choose_spoken': block_choose_spoken, 'brief_spoken': block_brief_spoken, 'o_wait': block_o_wait, 'o_reship': block_o_reship, 'o_refund': block_o_refund, 'o_replacement': block_o_replacement, 'o_repair': block_o_repair, 'o_backorder': block_o_backorder, 'o_alternative': block_o_alternative, 'o_return': block_o_return, 'o_exchange': block_o_exchange, 'o_store_credit': block_o_store_credit, 'o_corrected_invoice': block_o_corrected_invoice, 'r_wait': block_r_wait, 'r_reship': block_r_reship, 'r_refund': block_r_refund, 'r_replacement': block_r_replacement, 'r_repair': block_r_repair, 'r_backorder': block_r_backorder, 'r_alternative': block_r_alternative, 'r_return': block_r_return, 'r_exchange': block_r_exchange, 'r_store_credit': block_r_store_credit, 'r_corrected_invoice': block_r_corrected_invoice, 'k_wait': block_k_wait, 'k_reship': block_k_reship, 'k_refund': block_k_refund, 'k_replacement': block_k_replacement, 'k_repair': block_k_repair, 'k_backorder': block_k_backorder, 'k_alternative': block_k_alternative, 'k_return': block_k_return, 'k_exchange': block_k_exchange, 'k_store_credit': block_k_store_credit, 'k_corrected_invoice': block_k_corrected_invoice, 'honour': block_honour, 'honour_spoken': block_honour_spoken}
debug_info = '2=11&9=12&12=13&16=14&20=15&25=16&26=17&27=18&28=19&29=20&30=21&31=22&32=23&33=24&34=25&35=26&36=27&37=28&38=29&39=30&40=31&41=32&42=33&43=34&44=35&45=36&46=37&48=38&49=39&50=40&51=41&52=42&53=43&54=44&55=45&56=46&57=47&58=48&60=49&64=50&2=52&4=71&5=74&7=80&9=83&10=102&12=112&13=142&14=145&16=150&17=169&18=176&20=179&21=209&22=212&25=217&26=227&27=237&28=247&29=266&30=276&31=297&32=310&33=320&34=330&35=340&36=350&37=360&38=370&39=380&40=398&41=408&42=418&43=430&44=440&45=450&46=460&48=470&49=480&50=490&51=500&52=510&53=520&54=530&55=542&56=552&57=562&58=572&60=582&61=611&62=614&64=626&65=655&66=658'
