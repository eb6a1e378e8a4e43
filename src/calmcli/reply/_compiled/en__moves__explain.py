# Generated from en/moves/explain.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '8897867e-761'
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
    yield from context.blocks['cause_after'][0](context)
    yield from context.blocks['cause_after_spoken'][0](context)

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
    yield "We'd like to clear this up for you.\n"

def block_cause_after(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    pass
    yield "Here's what has happened: "
    yield str((undefined(name='cause') if l_0_cause is missing else l_0_cause))
    yield '\n'

def block_cause_after_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    pass
    yield "Here's what has happened: "
    yield str((undefined(name='cause') if l_0_cause is missing else l_0_cause))
    yield '\n'

blocks = {'cause': block_cause, 'cause_spoken': block_cause_spoken, 'checked': block_checked, 'checked_spoken': block_checked_spoken, 'public': block_public, 'cause_after': block_cause_after, 'cause_after_spoken': block_cause_after_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&2=19&3=29&5=32&6=42&8=45&11=55&14=65&17=75&18=85&20=88&21=98'
