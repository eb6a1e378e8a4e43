# Generated from en/moves/gesture.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '84dae24a-660'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/gesture.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['discount'][0](context)
    yield from context.blocks['free_shipping'][0](context)
    yield from context.blocks['free_return'][0](context)
    yield from context.blocks['free_return_label'][0](context)
    yield from context.blocks['gift'][0](context)

def block_discount(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_percent = resolve('percent')
    pass
    yield "We'd also like to give you "
    yield str((undefined(name='percent') if l_0_percent is missing else l_0_percent))
    yield '% off your next order.\n'

def block_free_shipping(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We'd also like to give you free delivery on your next order.\n"

def block_free_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "The return won't cost you anything: we'll send you a prepaid returns label.\n"

def block_free_return_label(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We'll also send you a prepaid label for the return.\n"

def block_gift(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We'd also like to include a small gift with your next order.\n"

blocks = {'discount': block_discount, 'free_shipping': block_free_shipping, 'free_return': block_free_return, 'free_return_label': block_free_return_label, 'gift': block_gift}
debug_info = '1=11&4=12&7=13&10=14&13=15&1=17&2=27&4=30&7=40&10=50&13=60'
