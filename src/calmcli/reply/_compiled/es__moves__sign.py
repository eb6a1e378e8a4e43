# Generated from es/moves/sign.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '963db2ef-1222'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/sign.j2'

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
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='team') if l_0_team is missing else l_0_team), (str_join((' de ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
    _block_vars['who'] = l_0_who
    yield 'Un cordial saludo,\n'
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        yield '\n'
    yield str(((undefined(name='who') if l_0_who is missing else l_0_who) or ''))
    yield '\n'

def block_dm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='team') if l_0_team is missing else l_0_team), (str_join((' de ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
    _block_vars['who'] = l_0_who
    yield 'Un saludo,\n'
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='who') if l_0_who is missing else l_0_who):
            pass
            yield ', '
            yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    else:
        pass
        yield str(((undefined(name='who') if l_0_who is missing else l_0_who) or ''))

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='team') if l_0_team is missing else l_0_team), (str_join((' de ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
    _block_vars['who'] = l_0_who
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='who') if l_0_who is missing else l_0_who):
            pass
            yield ', '
            yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    else:
        pass
        yield str(((undefined(name='who') if l_0_who is missing else l_0_who) or ''))

def block_letter_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='team') if l_0_team is missing else l_0_team), (str_join((' de ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
    _block_vars['who'] = l_0_who
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        yield '\n'
    yield str(((undefined(name='who') if l_0_who is missing else l_0_who) or ''))
    yield '\n'

def block_dm_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='team') if l_0_team is missing else l_0_team), (str_join((' de ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
    _block_vars['who'] = l_0_who
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='who') if l_0_who is missing else l_0_who):
            pass
            yield ', '
            yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    else:
        pass
        yield str(((undefined(name='who') if l_0_who is missing else l_0_who) or ''))

blocks = {'letter': block_letter, 'dm': block_dm, 'public': block_public, 'letter_plain': block_letter_plain, 'dm_plain': block_dm_plain}
debug_info = '2=11&9=12&14=13&18=14&24=15&2=17&3=29&5=32&7=36&9=39&10=51&12=54&14=65&15=77&16=79&18=90&19=102&20=104&22=108&24=111&25=123&26=125'
