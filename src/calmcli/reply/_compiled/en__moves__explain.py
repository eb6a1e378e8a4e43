# Generated from en/moves/explain.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '10225353-602'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/explain.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['cause'][0](context)
    yield from context.blocks['cause_spoken'][0](context)
    yield from context.blocks['checked'][0](context)
    yield from context.blocks['checked_spoken'][0](context)
    yield from context.blocks['public'][0](context)

def block_cause(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    pass
    yield "We've looked into it: "
    yield str((undefined(name='cause') if l_0_cause is missing else l_0_cause))
    yield '\n'

def block_cause_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    pass
    yield "I've looked into it: "
    yield str((undefined(name='cause') if l_0_cause is missing else l_0_cause))
    yield '\n'

def block_checked(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We've looked into this carefully.\n"

def block_checked_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "I've looked into this carefully.\n"

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'We want to get this resolved for you.\n'

blocks = {'cause': block_cause, 'cause_spoken': block_cause_spoken, 'checked': block_checked, 'checked_spoken': block_checked_spoken, 'public': block_public}
debug_info = '2=11&5=12&8=13&11=14&14=15&2=17&3=27&5=30&6=40&8=43&11=53&14=63'
