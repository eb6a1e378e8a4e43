# Generated from en/moves/explain.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'ef0f0b7d-1526'
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
    yield from context.blocks['public'][0](context)
    yield from context.blocks['cause_spoken'][0](context)
    yield from context.blocks['checked'][0](context)
    yield from context.blocks['checked_spoken'][0](context)
    yield from context.blocks['cause_after'][0](context)
    yield from context.blocks['cause_after_spoken'][0](context)
    yield from context.blocks['finding'][0](context)
    yield from context.blocks['finding_spoken'][0](context)
    yield from context.blocks['hold'][0](context)
    yield from context.blocks['hold_spoken'][0](context)

def block_cause(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_1 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield "We've checked, and "
    yield str(t_1(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '.\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We'd like to clear this up for you.\n"

def block_cause_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_1 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield "I've checked, and "
    yield str(t_1(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '.\n'

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

def block_cause_after(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_2 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_2((undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '\n'

def block_cause_after_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_2 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_2((undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '\n'

def block_finding(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_1 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield 'From our checks, '
    yield str(t_1(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '.\n'

def block_finding_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_1 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield 'From our checks, '
    yield str(t_1(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '.\n'

def block_hold(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "What you're seeing is a temporary hold (a pre-authorisation) on your card. It's released automatically, usually within a few working days, though the exact timing depends on your bank.\n"

def block_hold_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "What you're seeing is a temporary hold (a pre-authorisation) on your card. It's released automatically, usually within a few working days, though the exact timing depends on your bank.\n"

blocks = {'cause': block_cause, 'public': block_public, 'cause_spoken': block_cause_spoken, 'checked': block_checked, 'checked_spoken': block_checked_spoken, 'cause_after': block_cause_after, 'cause_after_spoken': block_cause_after_spoken, 'finding': block_finding, 'finding_spoken': block_finding_spoken, 'hold': block_hold, 'hold_spoken': block_hold_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&30=20&33=21&2=23&3=39&5=42&8=52&9=68&11=71&14=81&17=91&18=106&20=109&21=124&23=127&24=143&26=146&27=162&30=165&33=175'
