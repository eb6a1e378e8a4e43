# Generated from en/moves/options.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'd9a0ce78-3478'
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
    yield 'You can choose whichever suits you best:\n'
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_loop, 'index'))
        yield '. '
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('o_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield '\n'
    l_1_loop = l_1_option = missing
    yield "If you'd like this sorted quickly, "
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ' would be fastest.\n'

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
        t_2 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'We can offer you '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' or ' if (not environment.getattr(l_1_loop, 'last')) else '')))
    l_1_loop = l_1_option = missing
    yield '. '
    yield str(t_2(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars)))
    yield ' would be fastest.\n'

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
        t_3 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_4 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_other = t_3(environment, t_4(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['other'] = l_0_other
    yield 'We can offer you '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ', which is fastest, or '
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
        t_2 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield 'I can offer you '
    l_1_loop = missing
    for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        _loop_vars = {}
        pass
        yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, l_1_option, '-', '_'), ))), _loop_vars=_loop_vars))
        yield str((', ' if ((not environment.getattr(l_1_loop, 'last')) and (environment.getattr(l_1_loop, 'revindex') > 2)) else (' or ' if (not environment.getattr(l_1_loop, 'last')) else '')))
    l_1_loop = l_1_option = missing
    yield '.\n'
    yield str(t_2(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars)))
    yield ' would be fastest. Which would you prefer?\n'

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
        t_3 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_4 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_other = t_3(environment, t_4(context, (undefined(name='options') if l_0_options is missing else l_0_options), 'equalto', (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended)))
    _block_vars['other'] = l_0_other
    yield 'I can offer you '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='recommended') if l_0_recommended is missing else l_0_recommended), '-', '_'), ))), _block_vars=_block_vars))
    yield ', which is fastest, or '
    yield str(environment.call(context, environment.getitem(l_0_self, str_join(('r_', t_1(context.eval_ctx, (undefined(name='other') if l_0_other is missing else l_0_other), '-', '_'), ))), _block_vars=_block_vars))
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
    yield ', free of charge.'

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
    pass
    yield 'An alternative: a similar item we have in stock now.'

def block_o_return(context, missing=missing, environment=environment):
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
    yield 'A return: you send '
    yield str(t_5(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield " back and we'll refund you."

def block_o_exchange(context, missing=missing, environment=environment):
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
    yield "An exchange: we'll swap "
    yield str(t_5(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'))
    yield ' for another size or model.'

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
    pass
    yield 'a similar item we have in stock'

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

blocks = {'choose': block_choose, 'choose_chat': block_choose_chat, 'brief': block_brief, 'choose_spoken': block_choose_spoken, 'brief_spoken': block_brief_spoken, 'o_wait': block_o_wait, 'o_reship': block_o_reship, 'o_refund': block_o_refund, 'o_replacement': block_o_replacement, 'o_repair': block_o_repair, 'o_backorder': block_o_backorder, 'o_alternative': block_o_alternative, 'o_return': block_o_return, 'o_exchange': block_o_exchange, 'o_store_credit': block_o_store_credit, 'o_corrected_invoice': block_o_corrected_invoice, 'r_wait': block_r_wait, 'r_reship': block_r_reship, 'r_refund': block_r_refund, 'r_replacement': block_r_replacement, 'r_repair': block_r_repair, 'r_backorder': block_r_backorder, 'r_alternative': block_r_alternative, 'r_return': block_r_return, 'r_exchange': block_r_exchange, 'r_store_credit': block_r_store_credit, 'r_corrected_invoice': block_r_corrected_invoice}
debug_info = '2=11&9=12&12=13&16=14&20=15&24=16&25=17&26=18&27=19&28=20&29=21&30=22&31=23&32=24&33=25&34=26&35=27&36=28&37=29&38=30&39=31&40=32&41=33&42=34&43=35&44=36&45=37&2=39&4=58&5=61&7=67&9=70&10=95&12=105&13=135&14=138&16=143&17=168&18=175&20=178&21=208&22=211&24=216&25=226&26=236&27=246&28=265&29=284&30=305&31=315&32=334&33=353&34=363&35=373&36=383&37=393&38=403&39=413&40=423&41=433&42=443&43=453&44=463&45=473'
