# Generated from pl/moves/invite.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '89970405-605'
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
    yield 'Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'wolą Państwo', _block_vars=_block_vars))
    yield ' inne rozwiązanie, prosimy dać znać – postaramy się je uwzględnić.\n'

def block_proposal_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'woli Pani', 'm': 'woli Pan', 'either': 'woli Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'woli Pan / woli Pani', _block_vars=_block_vars))
    yield ' inne rozwiązanie, proszę mi powiedzieć – postaramy się je uwzględnić.\n'

blocks = {'proposal': block_proposal, 'proposal_spoken': block_proposal_spoken}
debug_info = '1=11&4=12&1=14&2=24&4=27&5=37'
