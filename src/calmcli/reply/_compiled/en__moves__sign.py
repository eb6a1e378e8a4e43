# Generated from en/moves/sign.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'dd3f1f45-1251'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/sign.j2'

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
    l_0_brand = resolve('brand')
    l_0_team = resolve('team')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='brand') if l_0_brand is missing else l_0_brand), ' ', (undefined(name='team') if l_0_team is missing else l_0_team), )) if ((undefined(name='brand') if l_0_brand is missing else l_0_brand) and (undefined(name='team') if l_0_team is missing else l_0_team)) else ((undefined(name='team') if l_0_team is missing else l_0_team) or (undefined(name='brand') if l_0_brand is missing else l_0_brand)))
    _block_vars['who'] = l_0_who
    yield 'Kind regards,\n'
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        yield '\n'
        yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    elif (undefined(name='who') if l_0_who is missing else l_0_who):
        pass
        yield 'The '
        yield str((undefined(name='who') if l_0_who is missing else l_0_who))
        yield ' team'

def block_dm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_team = resolve('team')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='brand') if l_0_brand is missing else l_0_brand), ' ', (undefined(name='team') if l_0_team is missing else l_0_team), )) if ((undefined(name='brand') if l_0_brand is missing else l_0_brand) and (undefined(name='team') if l_0_team is missing else l_0_team)) else ((undefined(name='team') if l_0_team is missing else l_0_team) or (undefined(name='brand') if l_0_brand is missing else l_0_brand)))
    _block_vars['who'] = l_0_who
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='who') if l_0_who is missing else l_0_who):
            pass
            yield ', '
            yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    elif (undefined(name='who') if l_0_who is missing else l_0_who):
        pass
        yield str((undefined(name='who') if l_0_who is missing else l_0_who))

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_team = resolve('team')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='brand') if l_0_brand is missing else l_0_brand), ' ', (undefined(name='team') if l_0_team is missing else l_0_team), )) if ((undefined(name='brand') if l_0_brand is missing else l_0_brand) and (undefined(name='team') if l_0_team is missing else l_0_team)) else ((undefined(name='team') if l_0_team is missing else l_0_team) or (undefined(name='brand') if l_0_brand is missing else l_0_brand)))
    _block_vars['who'] = l_0_who
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='who') if l_0_who is missing else l_0_who):
            pass
            yield ', '
            yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    elif (undefined(name='who') if l_0_who is missing else l_0_who):
        pass
        yield str((undefined(name='who') if l_0_who is missing else l_0_who))

def block_letter_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_team = resolve('team')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='brand') if l_0_brand is missing else l_0_brand), ' ', (undefined(name='team') if l_0_team is missing else l_0_team), )) if ((undefined(name='brand') if l_0_brand is missing else l_0_brand) and (undefined(name='team') if l_0_team is missing else l_0_team)) else ((undefined(name='team') if l_0_team is missing else l_0_team) or (undefined(name='brand') if l_0_brand is missing else l_0_brand)))
    _block_vars['who'] = l_0_who
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        yield '\n'
        yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    elif (undefined(name='who') if l_0_who is missing else l_0_who):
        pass
        yield 'The '
        yield str((undefined(name='who') if l_0_who is missing else l_0_who))
        yield ' team'

def block_dm_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_team = resolve('team')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='brand') if l_0_brand is missing else l_0_brand), ' ', (undefined(name='team') if l_0_team is missing else l_0_team), )) if ((undefined(name='brand') if l_0_brand is missing else l_0_brand) and (undefined(name='team') if l_0_team is missing else l_0_team)) else ((undefined(name='team') if l_0_team is missing else l_0_team) or (undefined(name='brand') if l_0_brand is missing else l_0_brand)))
    _block_vars['who'] = l_0_who
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='who') if l_0_who is missing else l_0_who):
            pass
            yield ', '
            yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    elif (undefined(name='who') if l_0_who is missing else l_0_who):
        pass
        yield str((undefined(name='who') if l_0_who is missing else l_0_who))

blocks = {'letter': block_letter, 'dm': block_dm, 'public': block_public, 'letter_plain': block_letter_plain, 'dm_plain': block_dm_plain}
debug_info = '2=11&8=12&12=13&16=14&21=15&2=17&3=29&5=32&6=36&8=43&9=55&10=57&12=68&13=80&14=82&16=93&17=105&18=107&19=111&21=118&22=130&23=132'
