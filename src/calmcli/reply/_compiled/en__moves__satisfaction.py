# Generated from en/moves/satisfaction.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '369e0508-594'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/satisfaction.j2'

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
    l_0_item = resolve('item')
    l_0_order = resolve('order')
    pass
    yield "We just wanted to check that everything's now sorted"
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' with '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' from order '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' with order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ". If anything isn't right, just reply and we'll look at it straight away.\n"

def block_check_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield "It's just to check that everything's now sorted"
    if (undefined(name='item') if l_0_item is missing else l_0_item):
        pass
        yield ' with '
        yield str((undefined(name='item') if l_0_item is missing else l_0_item))
    yield '. Is everything all right?\n'

blocks = {'check': block_check, 'check_spoken': block_check_spoken}
debug_info = '1=11&4=12&1=14&2=25&4=39&5=49'
