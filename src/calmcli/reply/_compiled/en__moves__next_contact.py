# Generated from en/moves/next_contact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '64e8e729-2747'
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
    yield from context.blocks['carrier'][0](context)
    yield from context.blocks['carrier_spoken'][0](context)
    yield from context.blocks['supplier'][0](context)
    yield from context.blocks['supplier_spoken'][0](context)
    yield from context.blocks['quote'][0](context)
    yield from context.blocks['quote_spoken'][0](context)
    yield from context.blocks['awaiting'][0](context)
    yield from context.blocks['awaiting_spoken'][0](context)
    yield from context.blocks['choice'][0](context)
    yield from context.blocks['choice_spoken'][0](context)
    yield from context.blocks['settled'][0](context)
    yield from context.blocks['settled_spoken'][0](context)

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
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to confirm '
    yield str(t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it is', 'they are'))
    yield ' back in stock.\n'

def block_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_item_fact = resolve('item_fact')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield "I'll call you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to confirm '
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

def block_carrier(context, missing=missing, environment=environment):
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
    yield " with the carrier's answer.\n"

def block_carrier_spoken(context, missing=missing, environment=environment):
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
    yield " with the carrier's answer.\n"

def block_supplier(context, missing=missing, environment=environment):
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
    yield ' with the date the supplier gives us.\n'

def block_supplier_spoken(context, missing=missing, environment=environment):
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
    yield ' with the date the supplier gives us.\n'

def block_quote(context, missing=missing, environment=environment):
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
    yield ' with the repair quote.\n'

def block_quote_spoken(context, missing=missing, environment=environment):
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
    yield ' with the repair quote.\n'

def block_awaiting(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "Once we hear back from you, we'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to tell you what we can do.\n'

def block_awaiting_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "Once I have what I've asked you for, I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to tell you what we can do.\n'

def block_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "Let us know which you prefer and we'll get it under way. If we haven't heard from you, we'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_choice_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "Once you've chosen, I'll get it under way. If you'd like time to think, I'll call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_settled(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "If anything is still unclear, just reply to this message and we'll answer "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_settled_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "If anything's still unclear after this call, just get in touch and we'll answer "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

blocks = {'confirm': block_confirm, 'confirm_spoken': block_confirm_spoken, 'update': block_update, 'update_spoken': block_update_spoken, 'answer': block_answer, 'answer_spoken': block_answer_spoken, 'restock': block_restock, 'restock_spoken': block_restock_spoken, 'end': block_end, 'follow': block_follow, 'follow_spoken': block_follow_spoken, 'carrier': block_carrier, 'carrier_spoken': block_carrier_spoken, 'supplier': block_supplier, 'supplier_spoken': block_supplier_spoken, 'quote': block_quote, 'quote_spoken': block_quote_spoken, 'awaiting': block_awaiting, 'awaiting_spoken': block_awaiting_spoken, 'choice': block_choice, 'choice_spoken': block_choice_spoken, 'settled': block_settled, 'settled_spoken': block_settled_spoken}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&22=18&25=19&28=20&31=21&34=22&37=23&40=24&43=25&46=26&49=27&52=28&55=29&58=30&61=31&64=32&67=33&1=35&2=45&4=48&5=58&7=61&8=71&10=74&11=84&13=87&14=97&16=100&17=110&19=113&20=130&22=135&23=152&25=157&28=167&29=177&31=180&32=190&34=193&35=203&37=206&38=216&40=219&41=229&43=232&44=242&46=245&47=255&49=258&50=268&52=271&53=281&55=284&56=294&58=297&59=307&61=310&62=320&64=323&65=333&67=336&68=346'
