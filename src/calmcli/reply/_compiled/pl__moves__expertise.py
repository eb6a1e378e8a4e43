# Generated from pl/moves/expertise.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'ff18da6a-679'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/expertise.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['right'][0](context)
    yield from context.blocks['precise'][0](context)
    yield from context.blocks['right_plain'][0](context)

def block_right(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield str(environment.call(context, environment.getattr({'f': 'Ma Pani', 'm': 'Ma Pan', 'either': 'Ma Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Mają Państwo', _block_vars=_block_vars))
    yield ' całkowitą rację – dziękujemy, że '
    yield str(environment.call(context, environment.getattr({'f': 'zwróciła Pani', 'm': 'zwrócił Pan'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'zwrócili Państwo', _block_vars=_block_vars))
    yield ' na to uwagę.\n'

def block_precise(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Dziękujemy za wszystkie szczegóły – pomogą nam to wyjaśnić.\n'

def block_right_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield str(environment.call(context, environment.getattr({'f': 'Ma Pani', 'm': 'Ma Pan', 'either': 'Ma Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Mają Państwo', _block_vars=_block_vars))
    yield ' całkowitą rację.\n'

blocks = {'right': block_right, 'precise': block_precise, 'right_plain': block_right_plain}
debug_info = '1=11&4=12&7=13&1=15&2=24&4=29&7=39&8=48'
