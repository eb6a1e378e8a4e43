# Generated from en/moves/branch.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'a6708c6a-1010'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/branch.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['address'][0](context)
    yield from context.blocks['urgent_alternative_refund'][0](context)
    yield from context.blocks['urgent_alternative'][0](context)
    yield from context.blocks['urgent_refund'][0](context)
    yield from context.blocks['not_sorted'][0](context)

def block_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "[If it isn't right:] I'll give the carrier the correct address straight away.\n"

def block_urgent_alternative_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield '[If so:] I can send you '
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ' instead, which we have in stock now, or refund you in full, whichever you prefer.\n'

def block_urgent_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield '[If so:] I can send you '
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ' instead, which we have in stock now.\n'

def block_urgent_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "[If so:] If you'd rather not wait, I can refund you in full.\n"

def block_not_sorted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield "[If not:] I'm sorry to hear that. Could you tell me what's still not right? I'll look into it and call you back "
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

blocks = {'address': block_address, 'urgent_alternative_refund': block_urgent_alternative_refund, 'urgent_alternative': block_urgent_alternative, 'urgent_refund': block_urgent_refund, 'not_sorted': block_not_sorted}
debug_info = '2=11&5=12&8=13&11=14&15=15&2=17&5=27&6=37&8=40&9=50&11=53&15=63&16=73'
