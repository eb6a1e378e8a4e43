# Generated from pl/moves/satisfaction.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'f9b98d84-564'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/satisfaction.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['check'][0](context)
    yield from context.blocks['check_spoken'][0](context)

def block_check(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Piszemy, żeby upewnić się, że wszystko jest już w porządku'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' z zamówieniem nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. Jeśli coś jest nie tak, wystarczy odpowiedzieć na tę wiadomość.\n'

def block_check_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Chcę się upewnić, że wszystko zostało załatwione. Czy wszystko jest w porządku?\n'

blocks = {'check': block_check, 'check_spoken': block_check_spoken}
debug_info = '2=11&5=12&2=14&3=24&5=30'
