# Generated from en/moves/steps.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'a6223c41-1082'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/steps.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['fix'][0](context)
    yield from context.blocks['unclear'][0](context)
    yield from context.blocks['follow'][0](context)

def block_fix(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_promise = resolve('promise')
    pass
    yield 'Here are the next steps:\n1. Today we log the case'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n2. We write to you '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to confirm it is resolved.\n3. Once you confirm everything is fine, we close the case.\n'

def block_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_promise = resolve('promise')
    pass
    yield 'Here are the next steps:\n1. Today we log the case'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' for order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' and start checking it.\n2. We write to you '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " with the result or, if we don't have it yet, with what we know by then.\n3. Once it is resolved and you confirm it, we close the case.\n"

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_promise = resolve('promise')
    pass
    yield 'Here are the next steps:\n1. Today we log your query'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' about order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '.\n2. We write to you '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' to check that everything is sorted.\n3. If it is, we close the query; if not, we stay with you until it is.\n'

blocks = {'fix': block_fix, 'unclear': block_unclear, 'follow': block_follow}
debug_info = '2=11&8=12&14=13&2=15&4=26&5=31&8=34&10=45&11=50&14=53&16=64&17=69'
