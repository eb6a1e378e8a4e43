# Generated from en/moves/closure.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'b30f53e2-2614'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/closure.j2'

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
    yield "We're closed today"
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and will be back '
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
    yield "We're closed from today "
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    yield '.\n'

def block_single(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    l_0_back = resolve('back')
    pass
    yield "We're closed "
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and will be back '
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
    pass
    yield "We're closed "
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and will be back '
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
    yield "Just so you know, we're closed today"
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and will be back '
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
    yield "Just so you know, we're closed from today "
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    yield '.\n'

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
    yield "Just so you know, we're closed "
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and will be back '
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
    yield "Just so you know, we're closed "
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and will be back '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_until(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    l_0_back = resolve('back')
    pass
    yield "We're closed "
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    yield ' and will be back '
    yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

def block_until_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    l_0_back = resolve('back')
    pass
    yield "Just so you know, we're closed "
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    yield ' and will be back '
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
    yield "We're closed this weekend"
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and will be back '
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
    yield "Just so you know, we're closed this weekend"
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and will be back '
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
    yield 'The rest of the team is off today'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and back '
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
    yield 'The rest of the team is off from today '
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    yield '.\n'

def block_until_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    l_0_back = resolve('back')
    pass
    yield 'The rest of the team is off '
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    yield ' and back '
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
    yield 'The rest of the team is off this weekend'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and back '
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
    yield "Just so you know, we're closed tomorrow"
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' and back '
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
    yield "Just so you know, we're closed from tomorrow "
    yield str((undefined(name='until') if l_0_until is missing else l_0_until))
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ', and back '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

blocks = {'today': block_today, 'today_range': block_today_range, 'single': block_single, 'range': block_range, 'today_spoken': block_today_spoken, 'today_range_spoken': block_today_range_spoken, 'single_spoken': block_single_spoken, 'range_spoken': block_range_spoken, 'until': block_until, 'until_spoken': block_until_spoken, 'weekend': block_weekend, 'weekend_spoken': block_weekend_spoken, 'today_chat': block_today_chat, 'today_range_chat': block_today_range_chat, 'until_chat': block_until_chat, 'weekend_chat': block_weekend_chat, 'tomorrow_single_spoken': block_tomorrow_single_spoken, 'tomorrow_range_spoken': block_tomorrow_range_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&27=19&30=20&33=21&36=22&40=23&43=24&46=25&49=26&52=27&55=28&2=30&3=40&5=46&6=56&8=59&9=70&11=77&12=88&14=95&15=105&17=111&18=121&20=124&21=135&23=142&24=153&27=160&28=171&30=176&31=187&33=192&34=202&36=208&37=218&40=224&41=234&43=240&44=250&46=253&47=264&49=269&50=279&52=285&53=295&55=301&56=312'
