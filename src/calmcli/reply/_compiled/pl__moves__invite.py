# Generated from pl/moves/invite.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '90eccf56-353'
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

def block_proposal(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Jeśli jakieś rozwiązanie wydaje się '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Panu'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwu', _block_vars=_block_vars))
    yield ' bardziej sprawiedliwe, prosimy o nim napisać – rozważymy je.\n'

blocks = {'proposal': block_proposal}
debug_info = '1=11&2=23'
