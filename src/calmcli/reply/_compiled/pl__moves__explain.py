# Generated from pl/moves/explain.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '27a8747c-1800'
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
    yield 'Według naszych ustaleń '
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
    yield 'Według naszych ustaleń '
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
    yield 'To, co widać na koncie, to tymczasowa blokada środków (preautoryzacja) na karcie. Zniknie automatycznie, zwykle w ciągu kilku dni roboczych, choć dokładny termin zależy od banku.\n'

def block_hold_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'To, co widać na koncie, to tymczasowa blokada środków (preautoryzacja) na karcie. Zniknie automatycznie, zwykle w ciągu kilku dni roboczych, choć dokładny termin zależy od banku.\n'

blocks = {'cause': block_cause, 'public': block_public, 'cause_spoken': block_cause_spoken, 'checked': block_checked, 'checked_spoken': block_checked_spoken, 'cause_after': block_cause_after, 'cause_after_spoken': block_cause_after_spoken, 'finding': block_finding, 'finding_spoken': block_finding_spoken, 'hold': block_hold, 'hold_spoken': block_hold_spoken}
debug_info = '4=11&7=12&10=13&13=14&16=15&19=16&22=17&26=18&29=19&33=20&36=21&4=23&5=39&7=42&10=52&11=68&13=71&16=81&19=91&20=106&22=109&23=124&26=127&27=143&29=146&30=162&33=165&36=175'
