# Generated from en/moves/expertise.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '675d71c5-406'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/expertise.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['right'][0](context)
    yield from context.blocks['precise'][0](context)
    yield from context.blocks['right_plain'][0](context)

def block_right(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "You're quite right, and thank you for pointing it out.\n"

def block_precise(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Thank you for the details: they'll help us get to the bottom of this.\n"

def block_right_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "You're quite right.\n"

blocks = {'right': block_right, 'precise': block_precise, 'right_plain': block_right_plain}
debug_info = '1=11&4=12&7=13&1=15&4=25&7=35'
