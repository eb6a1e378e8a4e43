# Generated from pl/moves/closure.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'a63b3bd2-449'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/closure.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['single'][0](context)
    yield from context.blocks['range'][0](context)

def block_single(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    pass
    yield 'Informujemy, że '
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    yield ', nie pracujemy.\n'

def block_range(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_closed = resolve('closed')
    pass
    yield 'Informujemy, że '
    yield str((undefined(name='closed') if l_0_closed is missing else l_0_closed))
    yield ' nie pracujemy.\n'

blocks = {'single': block_single, 'range': block_range}
debug_info = '2=11&5=12&2=14&3=24&5=27&6=37'
