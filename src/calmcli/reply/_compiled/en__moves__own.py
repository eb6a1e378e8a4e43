# Generated from en/moves/own.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '04050261-548'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/own.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['own'][0](context)
    yield from context.blocks['own_spoken'][0](context)
    yield from context.blocks['public'][0](context)
    yield from context.blocks['again'][0](context)

def block_own(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "This was our mistake, and we'll put it right.\n"

def block_own_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "That was our mistake, and I'm sorry.\n"

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "That was our mistake, and we're putting it right.\n"

def block_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Sorry again about this, and we'll put it right.\n"

blocks = {'own': block_own, 'own_spoken': block_own_spoken, 'public': block_public, 'again': block_again}
debug_info = '2=11&5=12&8=13&11=14&2=16&5=26&8=36&11=46'
