# Generated from en/moves/options.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '0b1e13bd-5365'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/options.j2'

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
    l_0_options = resolve('options')
    l_0_recommended = resolve('recommended')
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'Here are your options:\n'
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_loop, 'index'))
        yield '. '
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('o_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield '\n'
    l_1_loop = l_1_option = missing
    yield 'The quickest is option '
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
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
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
    l_0_others = t_2(context.eval_ctx, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['others'] = l_0_others
    yield 'The quickest option is to '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield '. You could also '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' or ' if (not environment.getattr(l_1_loop, 'last')) else '')))
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
        t_4 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_4(*unused):
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
    l_0_other = t_4(environment, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['other'] = l_0_other
    yield 'The quickest option is to '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ', or you can '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_1(context.eval_ctx, (undefined(name='other') if l_0_other is missing else l_0_other), '-', '_'), ))), _block_vars=_block_vars))
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
    l_0_others = missing
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
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
    l_0_others = t_2(context.eval_ctx, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['others'] = l_0_others
    yield 'The quickest option is to '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield '. You could also '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' or ' if (not environment.getattr(l_1_loop, 'last')) else '')))
    l_1_loop = l_1_option = missing
    yield '.\nWhich would you prefer?\n'

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
        t_4 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_4(*unused):
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
    l_0_other = t_4(environment, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['other'] = l_0_other
    yield 'The quickest is to '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ', or you can '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('q_', t_1(context.eval_ctx, (undefined(name='other') if l_0_other is missing else l_0_other), '-', '_'), ))), _block_vars=_block_vars))
    yield '. Which would you prefer?\n'

def block_o_wait(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Wait: we'll keep an eye on the parcel and let you know as soon as there's news."

def block_o_reship(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "A new parcel: we'll send another one out with our next dispatch."

def block_o_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "A refund: we'll give you your money back in full."

def block_o_replacement(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_5 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "A replacement: we'll send you "
    yield str(t_5(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'a new one', 'new ones'))
    yield '.'

def block_o_repair(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_5 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "A repair: we'll repair "
    yield str(t_5(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' under warranty.'

def block_o_backorder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_5 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "Wait for the restock: we'll send "
    yield str(t_5(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' as soon as '
    yield str(t_5(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), "it's", "they're"))
    yield ' back in stock.'

def block_o_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield 'An alternative: '
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ', which we have in stock now.'

def block_o_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    pass
    yield 'A return: you send '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'your purchase'))
    yield " back and we'll refund you."

def block_o_exchange(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    pass
    yield "An exchange: we'll swap "
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'your purchase'))
    yield ' for something else of your choice.'

def block_o_store_credit(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Store credit: the full amount, to spend whenever you like.'

def block_o_corrected_invoice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "A corrected invoice: we'll issue a new one with the right details."

def block_r_wait(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'waiting'

def block_r_reship(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'a new parcel'

def block_r_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'a refund'

def block_r_replacement(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'a replacement'

def block_r_repair(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'a repair'

def block_r_backorder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'waiting for the restock'

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
    yield ', which we have in stock'

def block_r_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'a return'

def block_r_exchange(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'an exchange'

def block_r_store_credit(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'store credit'

def block_r_corrected_invoice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'a corrected invoice'

def block_q_wait(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wait a little longer for the carrier'

def block_q_reship(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'have a new parcel sent'

def block_q_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'get a full refund'

def block_q_replacement(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'have a replacement sent'

def block_q_repair(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_5 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield 'have '
    yield str(t_5(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' repaired under warranty'

def block_q_backorder(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'wait for the restock'

def block_q_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield 'take '
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ' instead, which we have in stock'

def block_q_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    pass
    yield 'send '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'your purchase'))
    yield ' back for a refund'

def block_q_exchange(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    pass
    yield 'exchange '
    yield str(((undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact) or 'your purchase'))
    yield ' for something else'

def block_q_store_credit(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'take store credit for the full amount'

def block_q_corrected_invoice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'have a corrected invoice'

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
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
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
    l_0_others = t_2(context.eval_ctx, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', 'return'))
    _block_vars['others'] = l_0_others
    yield "We'll accept your return, as you expected, and refund you in full."
    if (undefined(name='others') if l_0_others is missing else l_0_others):
        pass
        yield ' You can also choose '
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
            _loop_vars = {}
            pass
            yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
            yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' or ' if (not environment.getattr(l_1_loop, 'last')) else '')))
        l_1_loop = l_1_option = missing
        yield ' instead.'

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
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
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
    l_0_others = t_2(context.eval_ctx, t_3(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', 'return'))
    _block_vars['others'] = l_0_others
    yield "We'll honour the terms you were shown when you ordered, so I'll accept your return and refund you in full."
    if (undefined(name='others') if l_0_others is missing else l_0_others):
        pass
        yield ' Or would you prefer '
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
            _loop_vars = {}
            pass
            yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
            yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' or ' if (not environment.getattr(l_1_loop, 'last')) else '')))
        l_1_loop = l_1_option = missing
        yield '?'

blocks = {'choose': block_choose, 'choose_chat': block_choose_chat, 'brief': block_brief, 'choose_spoken': block_choose_spoken, 'brief_spoken': block_brief_spoken, 'o_wait': block_o_wait, 'o_reship': block_o_reship, 'o_refund': block_o_refund, 'o_replacement': block_o_replacement, 'o_repair': block_o_repair, 'o_backorder': block_o_backorder, 'o_alternative': block_o_alternative, 'o_return': block_o_return, 'o_exchange': block_o_exchange, 'o_store_credit': block_o_store_credit, 'o_corrected_invoice': block_o_corrected_invoice, 'r_wait': block_r_wait, 'r_reship': block_r_reship, 'r_refund': block_r_refund, 'r_replacement': block_r_replacement, 'r_repair': block_r_repair, 'r_backorder': block_r_backorder, 'r_alternative': block_r_alternative, 'r_return': block_r_return, 'r_exchange': block_r_exchange, 'r_store_credit': block_r_store_credit, 'r_corrected_invoice': block_r_corrected_invoice, 'q_wait': block_q_wait, 'q_reship': block_q_reship, 'q_refund': block_q_refund, 'q_replacement': block_q_replacement, 'q_repair': block_q_repair, 'q_backorder': block_q_backorder, 'q_alternative': block_q_alternative, 'q_return': block_q_return, 'q_exchange': block_q_exchange, 'q_store_credit': block_q_store_credit, 'q_corrected_invoice': block_q_corrected_invoice, 'honour': block_honour, 'honour_spoken': block_honour_spoken}
debug_info = '2=11&9=12&13=13&17=14&22=15&26=16&27=17&28=18&29=19&30=20&31=21&32=22&33=23&34=24&35=25&36=26&37=27&38=28&39=29&40=30&41=31&42=32&43=33&44=34&45=35&46=36&47=37&49=38&50=39&51=40&52=41&53=42&54=43&55=44&56=45&57=46&58=47&59=48&61=49&65=50&2=52&4=71&5=74&7=80&9=83&10=113&11=116&13=127&14=157&15=160&17=165&18=195&19=198&22=209&23=239&24=242&26=247&27=257&28=267&29=277&30=296&31=315&32=336&33=349&34=362&35=375&36=385&37=395&38=405&39=415&40=425&41=435&42=445&43=455&44=467&45=477&46=487&47=497&49=507&50=517&51=527&52=537&53=547&54=566&55=576&56=589&57=602&58=615&59=625&61=635&62=664&63=667&65=679&66=708&67=711'
