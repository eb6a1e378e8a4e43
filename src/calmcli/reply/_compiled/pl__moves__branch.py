# Generated from pl/moves/branch.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '2293c458-1113'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/branch.j2'

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
    yield '[Jeśli adres się nie zgadza:] Od razu przekażę przewoźnikowi poprawny adres.\n'

def block_urgent_alternative_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    l_0_address = resolve('address')
    pass
    yield '[Jeśli tak:] Mogę wysłać produkt zastępczy ('
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield '), który mamy w magazynie, albo zwrócić całą kwotę – jak '
    yield str(environment.call(context, environment.getattr({'f': 'Pani woli', 'm': 'Pan woli', 'either': 'Pan/Pani woli'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwo wolą', _block_vars=_block_vars))
    yield '.\n'

def block_urgent_alternative(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_alternative = resolve('alternative')
    pass
    yield '[Jeśli tak:] Mogę wysłać produkt zastępczy ('
    yield str((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative))
    yield '), który mamy w magazynie.\n'

def block_urgent_refund(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Jeśli tak:] Mogę od razu zlecić zwrot całej kwoty.\n'

def block_not_sorted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield '[Jeśli nie:] Przykro mi. Proszę powiedzieć, co jest nie tak – sprawdzę to i oddzwonię '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

blocks = {'address': block_address, 'urgent_alternative_refund': block_urgent_alternative_refund, 'urgent_alternative': block_urgent_alternative, 'urgent_refund': block_urgent_refund, 'not_sorted': block_not_sorted}
debug_info = '2=11&5=12&8=13&11=14&15=15&2=17&5=27&6=38&8=43&9=53&11=56&15=66&16=76'
