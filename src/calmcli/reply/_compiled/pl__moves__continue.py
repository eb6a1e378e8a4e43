# Generated from pl/moves/continue.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '892dba96-494'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/continue.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['after_public'][0](context)
    yield from context.blocks['after_public_plain'][0](context)

def block_after_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Odzywamy się prywatnie w sprawie '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' komentarza.\n'

def block_after_public_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Odzywamy się prywatnie w sprawie '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' komentarza.\n'

blocks = {'after_public': block_after_public, 'after_public_plain': block_after_public_plain}
debug_info = '1=11&4=12&1=14&2=24&4=27&5=37'
