# Generated from en/moves/steps.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '55c35715-1261'
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
    l_0_incident = resolve('incident')
    pass
    yield "Here's what happens next:\n1. We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'with an update on your delivery', 'damaged-item': 'with the tracking details for your replacement', 'product-defect': 'with the tracking details for your replacement', 'billing': 'to confirm your refund is on its way', 'policy-misreading': 'to see which option you prefer'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), "to confirm it's all been put right", _block_vars=_block_vars))
    yield ".\n2. If we need anything more from you, we'll ask you then.\n"

def block_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "Here's what happens next:\n1. We'll write to you "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield " with what we've found, or with where things stand if we don't have the answer yet.\n2. If we need anything more from you, we'll ask you then.\n"

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
debug_info = '2=11&7=12&12=13&2=15&4=26&7=31&9=41&12=44&14=55&15=60'
