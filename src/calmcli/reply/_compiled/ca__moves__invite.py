# Generated from ca/moves/invite.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'f9cb4912-354'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/invite.j2'

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
    pass
    yield 'Si prefereix una altra solució, digui’ns-ho i ho mirarem.\n'

def block_proposal_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si prefereix una altra solució, digui-m’ho i ho mirarem.\n'

blocks = {'proposal': block_proposal, 'proposal_spoken': block_proposal_spoken}
debug_info = '1=11&4=12&1=14&4=24'
