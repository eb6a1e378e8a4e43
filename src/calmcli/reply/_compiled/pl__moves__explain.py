# Generated from pl/moves/explain.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'e5a1689e-1261'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/explain.j2'

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
    yield 'Okazało się, że '
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
    yield 'Zależy nam, żeby to wyjaśnić.\n'

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
    yield 'Okazało się, że '
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
    yield 'Dokładnie przeanalizowaliśmy sprawę.\n'

def block_checked_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Dokładnie sprawdziliśmy sprawę.\n'

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
    yield 'Z naszych ustaleń wynika, że '
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
    yield 'Z naszych ustaleń wynika, że '
    yield str(t_1(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '.\n'

blocks = {'cause': block_cause, 'public': block_public, 'cause_spoken': block_cause_spoken, 'checked': block_checked, 'checked_spoken': block_checked_spoken, 'cause_after': block_cause_after, 'cause_after_spoken': block_cause_after_spoken, 'finding': block_finding, 'finding_spoken': block_finding_spoken}
debug_info = '4=11&7=12&10=13&13=14&16=15&19=16&22=17&26=18&29=19&4=21&5=37&7=40&10=50&11=66&13=69&16=79&19=89&20=104&22=107&23=122&26=125&27=141&29=144&30=160'
