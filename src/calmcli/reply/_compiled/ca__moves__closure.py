# Generated from ca/moves/closure.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '2cd2c31a-1259'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/closure.j2'

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

def block_today(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_back = resolve('back')
    pass
    yield 'Avui tenim tancat'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' i tornem a obrir '
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
    yield 'Tenim tancat des d’avui '
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
    yield 'Tanquem '
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' i tornem a obrir '
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
    yield 'Tanquem '
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' i tornem a obrir '
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
    yield 'Li comento que avui tenim tancat'
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' i tornem a obrir '
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
    yield 'Li comento que tenim tancat des d’avui '
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
    yield 'Li comento que tanquem '
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' i tornem a obrir '
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
    yield 'Li comento que tanquem '
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    if (undefined(name='back') if l_0_back is missing else l_0_back):
        pass
        yield ' i tornem a obrir '
        yield str((undefined(name='back') if l_0_back is missing else l_0_back))
    yield '.\n'

blocks = {'today': block_today, 'today_range': block_today_range, 'single': block_single, 'range': block_range, 'today_spoken': block_today_spoken, 'today_range_spoken': block_today_range_spoken, 'single_spoken': block_single_spoken, 'range_spoken': block_range_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&2=20&3=30&5=36&6=46&8=49&9=60&11=67&12=78&14=85&15=95&17=101&18=111&20=114&21=125&23=132&24=143'
