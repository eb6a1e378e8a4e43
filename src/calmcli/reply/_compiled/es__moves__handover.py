# Generated from es/moves/handover.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '88efaa2a-328'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/handover.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['private'][0](context)
    yield from context.blocks['replied'][0](context)

def block_private(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le hemos escrito por mensaje privado para revisarlo con usted.\n'

def block_replied(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le hemos respondido por mensaje privado.\n'

blocks = {'private': block_private, 'replied': block_replied}
debug_info = '1=11&4=12&1=14&4=24'
