# Generated from es/moves/greet.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '550d1e76-1663'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/greet.j2'

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
    yield from context.blocks['chat'][0](context)
    yield from context.blocks['spoken'][0](context)
    yield from context.blocks['chat_plain'][0](context)

def block_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    l_0_address = resolve('address')
    pass
    if ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) and ((undefined(name='address') if l_0_address is missing else l_0_address) == 'f')):
        pass
        yield 'Estimada '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield ':'
    elif ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) and ((undefined(name='address') if l_0_address is missing else l_0_address) == 'm')):
        pass
        yield 'Estimado '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield ':'
    elif (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield 'Hola, '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield ':'
    else:
        pass
        yield 'Hola:'

def block_dm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    pass
    yield 'Hola'
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ', '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
    yield ':\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    pass
    yield 'Hola'
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ', '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
    yield '.\n'

def block_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    l_0_agent = resolve('agent')
    l_0_team = resolve('team')
    pass
    yield 'Hola'
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ', '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
    yield '. '
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield 'Le atiende '
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ', de '
            yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        yield '.'
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield 'Le atiende el equipo de '
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        yield '.'

def block_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_agent = resolve('agent')
    l_0_agent_slot = resolve('agent_slot')
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    l_0_daypart = resolve('daypart')
    l_0_greet_as = resolve('greet_as')
    l_0_order = resolve('order')
    l_0_me = l_0_hello = missing
    pass
    l_0_me = (str_join(('Soy ', ((undefined(name='agent') if l_0_agent is missing else l_0_agent) or '[nombre]'), (str_join((', de ', (undefined(name='team') if l_0_team is missing else l_0_team), (str_join((' de ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else ''), '.', )) if ((undefined(name='agent') if l_0_agent is missing else l_0_agent) or (undefined(name='agent_slot') if l_0_agent_slot is missing else l_0_agent_slot)) else (str_join(('Le llamo de ', (undefined(name='team') if l_0_team is missing else l_0_team), (str_join((' de ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), '.', )) if (undefined(name='team') if l_0_team is missing else l_0_team) else ''))
    _block_vars['me'] = l_0_me
    l_0_hello = environment.getitem({'morning': 'Buenos días', 'afternoon': 'Buenas tardes', 'evening': 'Buenas noches'}, (undefined(name='daypart') if l_0_daypart is missing else l_0_daypart))
    _block_vars['hello'] = l_0_hello
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield str((undefined(name='hello') if l_0_hello is missing else l_0_hello))
        yield ', ¿hablo con '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield '? '
        yield str((undefined(name='me') if l_0_me is missing else l_0_me))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield str((undefined(name='hello') if l_0_hello is missing else l_0_hello))
        yield '. '
        yield str((undefined(name='me') if l_0_me is missing else l_0_me))
        yield ' ¿Hablo con la persona que hizo el pedido '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '?'
    else:
        pass
        yield str((undefined(name='hello') if l_0_hello is missing else l_0_hello))
        yield '. '
        yield str((undefined(name='me') if l_0_me is missing else l_0_me))

def block_chat_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    l_0_agent = resolve('agent')
    l_0_team = resolve('team')
    pass
    yield 'Hola'
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ', '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
    yield '. '
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield 'Le atiende '
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ', de '
            yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        yield '.'
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield 'Le atiende el equipo de '
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        yield '.'

blocks = {'letter': block_letter, 'dm': block_dm, 'public': block_public, 'chat': block_chat, 'spoken': block_spoken, 'chat_plain': block_chat_plain}
debug_info = '2=11&5=12&8=13&11=14&14=15&19=16&2=18&3=28&5=47&6=57&8=63&9=73&11=79&12=91&14=111&15=127&16=129&17=131&19=152&20=164'
