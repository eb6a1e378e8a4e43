# Generated from en/moves/steps.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '9a708d2d-1068'
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
    l_0_promise = resolve('promise')
    pass
    yield "Here's what happens next:\n1. We've recorded the details and started putting it right.\n2. We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " to let you know how it's going.\n3. Once you've confirmed everything's sorted, we'll close your case.\n"

def block_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "Here's what happens next:\n1. We've recorded the details and started checking.\n2. We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " with what we've found, or with where things stand if we don't have the answer yet.\n3. Once it's resolved and you're happy, we'll close your case.\n"

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
    yield "Here's what happens next:\n1. We've recorded your query"
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' about order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ".\n2. We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " to check everything's sorted.\n3. If it is, we'll close your query; if not, we'll stay with you until it is.\n"

blocks = {'fix': block_fix, 'unclear': block_unclear, 'follow': block_follow}
debug_info = '2=11&8=12&14=13&2=15&5=25&8=28&11=38&14=41&16=52&17=57'
