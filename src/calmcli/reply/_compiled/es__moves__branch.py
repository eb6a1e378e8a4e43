# Generated from es/moves/branch.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '8b1de2fe-1045'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/branch.j2'

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
    yield '[Si no es correcta:] Le paso ahora mismo la dirección correcta a la empresa de transporte.\n'

def block_urgent_alternative_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield '[Si le corre prisa:] Puedo enviarle '
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ', que tenemos en el almacén, o devolverle el importe completo, lo que usted prefiera.\n'

def block_urgent_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield '[Si le corre prisa:] Puedo enviarle '
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield ', que tenemos en el almacén.\n'

def block_urgent_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Si le corre prisa:] Si prefiere no esperar, le devuelvo el importe completo.\n'

def block_not_sorted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield '[Si no:] Lo siento mucho. ¿Me cuenta qué sigue sin estar bien? Lo reviso y le vuelvo a llamar '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

blocks = {'address': block_address, 'urgent_alternative_refund': block_urgent_alternative_refund, 'urgent_alternative': block_urgent_alternative, 'urgent_refund': block_urgent_refund, 'not_sorted': block_not_sorted}
debug_info = '2=11&5=12&8=13&11=14&15=15&2=17&5=27&6=37&8=40&9=50&11=53&15=63&16=73'
