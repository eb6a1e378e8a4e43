# Generated from es/moves/closure.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '50235a4e-674'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/closure.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['christmas'][0](context)
    yield from context.blocks['new_year'][0](context)
    yield from context.blocks['holiday'][0](context)
    yield from context.blocks['holidays'][0](context)

def block_christmas(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Como cerramos por Navidad, tardaremos un poco más de lo habitual.\n'

def block_new_year(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Como cerramos por Año Nuevo, tardaremos un poco más de lo habitual.\n'

def block_holiday(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Como cerramos por el festivo, tardaremos un poco más de lo habitual.\n'

def block_holidays(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Como cerramos por los festivos, tardaremos un poco más de lo habitual.\n'

blocks = {'christmas': block_christmas, 'new_year': block_new_year, 'holiday': block_holiday, 'holidays': block_holidays}
debug_info = '2=11&5=12&8=13&11=14&2=16&5=26&8=36&11=46'
