# Generated from pl/moves/steps.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '099e1fa9-1220'
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
    l_0_address = resolve('address')
    pass
    yield 'Kolejne kroki:\n1. Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', i przekażemy, na jakim etapie jest sprawa.\n2. Jeśli będziemy czegoś jeszcze potrzebować, wtedy o to poprosimy.\n3. Gdy '
    yield str(environment.call(context, environment.getattr({'f': 'potwierdzi Pani', 'm': 'potwierdzi Pan'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'potwierdzą Państwo', _block_vars=_block_vars))
    yield ', że wszystko jest w porządku, zamkniemy zgłoszenie.\n'

def block_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_address = resolve('address')
    pass
    yield 'Kolejne kroki:\n1. Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', z wynikiem albo – jeśli go jeszcze nie będzie – z tym, co już wiemy.\n2. Jeśli będziemy czegoś jeszcze potrzebować, wtedy o to poprosimy.\n3. Gdy sprawa zostanie rozwiązana i '
    yield str(environment.call(context, environment.getattr({'f': 'potwierdzi to Pani', 'm': 'potwierdzi to Pan'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'potwierdzą to Państwo', _block_vars=_block_vars))
    yield ', zamkniemy zgłoszenie.\n'

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
debug_info = '2=11&8=12&14=13&2=15&4=26&6=28&8=31&10=42&12=44&14=47&17=57'
