# Generated from pl/moves/invite.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'b85c915a-590'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/invite.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['proposal'][0](context)
    yield from context.blocks['proposal_spoken'][0](context)

def block_proposal(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Gdyby inne rozwiązanie bardziej '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu', 'either': 'Panu/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
    yield ' odpowiadało, prosimy o wiadomość – chętnie je rozważymy.\n'

def block_proposal_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Gdyby inne rozwiązanie bardziej '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu', 'either': 'Panu/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
    yield ' odpowiadało, proszę mi powiedzieć – chętnie je rozważymy.\n'

blocks = {'proposal': block_proposal, 'proposal_spoken': block_proposal_spoken}
debug_info = '1=11&4=12&1=14&2=24&4=27&5=37'
