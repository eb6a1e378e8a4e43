# Generated from pl/moves/next_contact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '723d3b09-1385'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/next_contact.j2'

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
    yield 'Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby potwierdzić, że sprawa została rozwiązana.\n'

def block_confirm_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby potwierdzić, że wszystko zostało załatwione.\n'

def block_update(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Odezwiemy się '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', i przekażemy wszystko, czego do tego czasu się dowiemy, nawet jeśli sprawa nie będzie jeszcze zamknięta.\n'

def block_update_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', i przekażę, czego się dowiem.\n'

def block_answer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Odpowiemy najpóźniej '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_answer_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Odpowiem najpóźniej '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Napiszemy, gdy tylko produkt będzie znów dostępny.\n'

def block_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Zadzwonię, gdy tylko produkt będzie znów dostępny.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Sprawa pozostaje otwarta i nadal się nią zajmujemy.\n'

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby sprawdzić, jak idzie sprawa.\n'

def block_follow_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby sprawdzić, jak idzie sprawa.\n'

blocks = {'confirm': block_confirm, 'confirm_spoken': block_confirm_spoken, 'update': block_update, 'update_spoken': block_update_spoken, 'answer': block_answer, 'answer_spoken': block_answer_spoken, 'restock': block_restock, 'restock_spoken': block_restock_spoken, 'end': block_end, 'follow': block_follow, 'follow_spoken': block_follow_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&2=23&3=33&5=36&6=46&8=49&9=59&11=62&12=72&14=75&15=85&17=88&18=98&20=101&23=111&26=121&29=131&30=141&32=144&33=154'
