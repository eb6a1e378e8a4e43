# Generated from en/moves/next_contact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '527fe949-1289'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/next_contact.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['confirm'][0](context)
    yield from context.blocks['confirm_spoken'][0](context)
    yield from context.blocks['update'][0](context)
    yield from context.blocks['update_spoken'][0](context)
    yield from context.blocks['answer'][0](context)
    yield from context.blocks['answer_spoken'][0](context)
    yield from context.blocks['restock'][0](context)
    yield from context.blocks['restock_spoken'][0](context)
    yield from context.blocks['end'][0](context)
    yield from context.blocks['follow'][0](context)
    yield from context.blocks['follow_spoken'][0](context)

def block_confirm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to confirm everything is resolved.\n'

def block_confirm_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to confirm everything is resolved.\n'

def block_update(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " with what we know by then, even if we don't have the final answer.\n"

def block_update_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' with what I know by then.\n'

def block_answer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll reply "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' at the latest.\n'

def block_answer_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll get back to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' at the latest.\n'

def block_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We'll write to you as soon as "
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it is', 'they are'))
    yield ' back in stock.\n'

def block_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "I'll call you as soon as "
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it is', 'they are'))
    yield ' back in stock.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Your case stays open, and we'll keep working on it.\n"

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to see how things stand.\n'

def block_follow_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to see how things stand.\n'

blocks = {'confirm': block_confirm, 'confirm_spoken': block_confirm_spoken, 'update': block_update, 'update_spoken': block_update_spoken, 'answer': block_answer, 'answer_spoken': block_answer_spoken, 'restock': block_restock, 'restock_spoken': block_restock_spoken, 'end': block_end, 'follow': block_follow, 'follow_spoken': block_follow_spoken}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&22=18&25=19&28=20&31=21&1=23&2=33&4=36&5=46&7=49&8=59&10=62&11=72&13=75&14=85&16=88&17=98&19=101&20=117&22=120&23=136&25=139&28=149&29=159&31=162&32=172'
