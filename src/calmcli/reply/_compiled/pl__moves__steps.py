# Generated from pl/moves/steps.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '8945a8cd-1187'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/steps.j2'

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
    yield 'Kolejne kroki:\n1. Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'z informacją o dostawie', 'damaged-item': 'z numerem nowej przesyłki', 'product-defect': 'z numerem nowej przesyłki', 'billing': 'żeby potwierdzić, że zwrot został zlecony', 'policy-misreading': 'żeby ustalić dalsze kroki'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'żeby potwierdzić, że wszystko zostało załatwione', _block_vars=_block_vars))
    yield '.\n2. Jeśli będziemy potrzebować dodatkowych informacji, damy znać.\n'

def block_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Kolejne kroki:\n1. Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', z wynikiem albo – jeśli go jeszcze nie będzie – z tym, co już wiemy.\n2. Jeśli będziemy potrzebować dodatkowych informacji, damy znać.\n'

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Kolejne kroki:\n1. Zarejestrowaliśmy zgłoszenie.\n2. Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby sprawdzić, czy wszystko zostało załatwione.\n3. Jeśli tak, zamkniemy zgłoszenie; jeśli nie, zajmiemy się sprawą dalej.\n'

blocks = {'fix': block_fix, 'unclear': block_unclear, 'follow': block_follow}
debug_info = '2=11&7=12&12=13&2=15&4=26&7=31&9=41&12=44&15=54'
