# Generated from pl/moves/closure.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '0c50ff75-2598'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/closure.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['today'][0](context)
    yield from context.blocks['today_range'][0](context)
    yield from context.blocks['single'][0](context)
    yield from context.blocks['range'][0](context)
    yield from context.blocks['today_spoken'][0](context)
    yield from context.blocks['today_range_spoken'][0](context)
    yield from context.blocks['single_spoken'][0](context)
    yield from context.blocks['range_spoken'][0](context)
    yield from context.blocks['until'][0](context)
    yield from context.blocks['until_spoken'][0](context)
    yield from context.blocks['weekend'][0](context)
    yield from context.blocks['weekend_spoken'][0](context)
    yield from context.blocks['today_chat'][0](context)
    yield from context.blocks['today_range_chat'][0](context)
    yield from context.blocks['until_chat'][0](context)
    yield from context.blocks['weekend_chat'][0](context)
    yield from context.blocks['tomorrow_single_spoken'][0](context)
    yield from context.blocks['tomorrow_range_spoken'][0](context)

def block_today(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_back = resolve('back')
    pass
    yield 'Dziś nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_today_range(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_until = resolve('until')
    pass
    yield 'Od dziś '
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    yield ', nie pracujemy.\n'

def block_single(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    l_0_back = resolve('back')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_1((undefined(name='closed') if l_0_closed is missing else l_0_closed)))
    yield ', nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_range(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    l_0_back = resolve('back')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_1((undefined(name='closed') if l_0_closed is missing else l_0_closed)))
    yield ' nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_today_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_back = resolve('back')
    pass
    yield 'Dodam jeszcze, że dziś nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_today_range_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_until = resolve('until')
    pass
    yield 'Dodam jeszcze, że od dziś '
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    yield ', nie pracujemy.\n'

def block_single_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    l_0_back = resolve('back')
    pass
    yield 'Dodam jeszcze, że '
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    yield ', nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_range_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    l_0_back = resolve('back')
    pass
    yield 'Dodam jeszcze, że '
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    yield ' nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_until(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_until = resolve('until')
    l_0_back = resolve('back')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(t_1((undefined(name='until') if l_0_until is missing else l_0_until)))
    yield ', nie pracujemy – wracamy '
    yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_until_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_until = resolve('until')
    l_0_back = resolve('back')
    pass
    yield 'Dodam jeszcze, że '
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    yield ', nie pracujemy – wracamy '
    yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_weekend(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_back = resolve('back')
    pass
    yield 'W ten weekend nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_weekend_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_back = resolve('back')
    pass
    yield 'Dodam jeszcze, że w ten weekend nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_today_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_back = resolve('back')
    pass
    yield 'Reszta zespołu ma dziś wolne'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' i wraca '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_today_range_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_until = resolve('until')
    pass
    yield 'Reszta zespołu ma wolne od dziś '
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    yield '.\n'

def block_until_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_until = resolve('until')
    l_0_back = resolve('back')
    pass
    yield 'Reszta zespołu ma wolne '
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    yield ', i wraca '
    yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_weekend_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_back = resolve('back')
    pass
    yield 'Reszta zespołu ma wolne w ten weekend'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' i wraca '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_tomorrow_single_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_back = resolve('back')
    pass
    yield 'Dodam jeszcze, że jutro nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_tomorrow_range_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_until = resolve('until')
    l_0_back = resolve('back')
    pass
    yield 'Dodam jeszcze, że od jutra '
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    yield ', nie pracujemy'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' – wracamy '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

blocks = {'today': block_today, 'today_range': block_today_range, 'single': block_single, 'range': block_range, 'today_spoken': block_today_spoken, 'today_range_spoken': block_today_range_spoken, 'single_spoken': block_single_spoken, 'range_spoken': block_range_spoken, 'until': block_until, 'until_spoken': block_until_spoken, 'weekend': block_weekend, 'weekend_spoken': block_weekend_spoken, 'today_chat': block_today_chat, 'today_range_chat': block_today_range_chat, 'until_chat': block_until_chat, 'weekend_chat': block_weekend_chat, 'tomorrow_single_spoken': block_tomorrow_single_spoken, 'tomorrow_range_spoken': block_tomorrow_range_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&27=19&30=20&33=21&36=22&40=23&43=24&46=25&49=26&52=27&55=28&2=30&3=40&5=46&6=56&8=59&9=75&11=83&12=99&14=107&15=117&17=123&18=133&20=136&21=147&23=155&24=166&27=174&28=190&30=195&31=206&33=211&34=221&36=227&37=237&40=243&41=253&43=259&44=269&46=272&47=283&49=288&50=298&52=304&53=314&55=320&56=331'
