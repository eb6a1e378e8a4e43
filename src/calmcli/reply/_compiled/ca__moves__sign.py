# Generated from ca/moves/sign.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '0b629738-1132'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/sign.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['letter'][0](context)
    yield from context.blocks['dm'][0](context)
    yield from context.blocks['public'][0](context)
    yield from context.blocks['letter_plain'][0](context)
    yield from context.blocks['dm_plain'][0](context)

def block_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_agent = resolve('agent')
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    pass
    yield 'Cordialment,\n'
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        yield '\n'
    if (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
            pass
            yield ' · '
            yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
    elif (undefined(name='brand') if l_0_brand is missing else l_0_brand):
        pass
        yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))

def block_dm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_agent = resolve('agent')
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    pass
    yield 'Salutacions,\n'
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ' · '
            yield str((undefined(name='team') if l_0_team is missing else l_0_team))
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
    if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
        pass
        yield ' · '
        yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_agent = resolve('agent')
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    pass
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ', '
            yield str((undefined(name='team') if l_0_team is missing else l_0_team))
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
    if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
        pass
        yield ' · '
        yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))

def block_letter_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_agent = resolve('agent')
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    pass
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        yield '\n'
    if (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
            pass
            yield ' · '
            yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
    elif (undefined(name='brand') if l_0_brand is missing else l_0_brand):
        pass
        yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))

def block_dm_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_agent = resolve('agent')
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    pass
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ' · '
            yield str((undefined(name='team') if l_0_team is missing else l_0_team))
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
    if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
        pass
        yield ' · '
        yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))

blocks = {'letter': block_letter, 'dm': block_dm, 'public': block_public, 'letter_plain': block_letter_plain, 'dm_plain': block_dm_plain}
debug_info = '2=11&8=12&12=13&15=14&20=15&2=17&4=29&6=33&8=44&10=56&12=71&13=82&15=97&16=108&18=112&20=123&21=134'
