# Generated from en/moves/handover.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'fa391259-359'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/handover.j2'

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
    yield "We've sent you a private message so we can sort this out without sharing your details here.\n"

def block_replied(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We've replied to you in a private message.\n"

blocks = {'private': block_private, 'replied': block_replied}
debug_info = '1=11&4=12&1=14&4=24'
