# Generated from ca/moves/greet.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '12827d34-1868'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/greet.j2'

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
        yield 'Benvolguda '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield ','
    elif ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) and ((undefined(name='address') if l_0_address is missing else l_0_address) == 'm')):
        pass
        yield 'Benvolgut '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield ','
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
    l_0_agent_said = resolve('agent_said')
    l_0_team = resolve('team')
    try:
        t_1 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Hola'
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ', '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
    yield '. '
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield 'Li escriu '
        yield str(((undefined(name='agent_said') if l_0_agent_said is missing else l_0_agent_said) or (undefined(name='agent') if l_0_agent is missing else l_0_agent)))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ', '
            yield str(t_1(context, (undefined(name='team') if l_0_team is missing else l_0_team), 'de'))
        yield '.'
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield 'Li escriu l’equip '
        yield str(t_1(context, (undefined(name='team') if l_0_team is missing else l_0_team), 'de'))
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
    l_0_agent_said = resolve('agent_said')
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    l_0_daypart = resolve('daypart')
    l_0_greet_as = resolve('greet_as')
    l_0_asked_for = resolve('asked_for')
    l_0_order = resolve('order')
    l_0_me = l_0_hello = missing
    try:
        t_1 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    l_0_me = (str_join(('Soc ', (((undefined(name='agent_said') if l_0_agent_said is missing else l_0_agent_said) or (undefined(name='agent') if l_0_agent is missing else l_0_agent)) or '[en/la + nom]'), (str_join((', ', t_1(context, (undefined(name='team') if l_0_team is missing else l_0_team), 'de'), (str_join((' ', t_1(context, (undefined(name='brand') if l_0_brand is missing else l_0_brand), 'de'), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else ''), '.', )) if ((undefined(name='agent') if l_0_agent is missing else l_0_agent) or (undefined(name='agent_slot') if l_0_agent_slot is missing else l_0_agent_slot)) else (str_join(('Li truco ', t_1(context, (undefined(name='team') if l_0_team is missing else l_0_team), 'de'), (str_join((' ', t_1(context, (undefined(name='brand') if l_0_brand is missing else l_0_brand), 'de'), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), '.', )) if (undefined(name='team') if l_0_team is missing else l_0_team) else ''))
    _block_vars['me'] = l_0_me
    l_0_hello = environment.getitem({'morning': 'Bon dia', 'afternoon': 'Bona tarda', 'evening': 'Bon vespre'}, (undefined(name='daypart') if l_0_daypart is missing else l_0_daypart))
    _block_vars['hello'] = l_0_hello
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield str((undefined(name='hello') if l_0_hello is missing else l_0_hello))
        yield ', que parlo amb '
        yield str(((undefined(name='asked_for') if l_0_asked_for is missing else l_0_asked_for) or (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as)))
        yield '? '
        yield str((undefined(name='me') if l_0_me is missing else l_0_me))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield str((undefined(name='hello') if l_0_hello is missing else l_0_hello))
        yield '. '
        yield str((undefined(name='me') if l_0_me is missing else l_0_me))
        yield ' Parlo amb la persona que va fer la comanda '
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
    l_0_agent_said = resolve('agent_said')
    l_0_team = resolve('team')
    try:
        t_1 = environment.filters['prep']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'prep' found.")
    pass
    yield 'Hola'
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ', '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
    yield '. '
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield 'Li escriu '
        yield str(((undefined(name='agent_said') if l_0_agent_said is missing else l_0_agent_said) or (undefined(name='agent') if l_0_agent is missing else l_0_agent)))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ', '
            yield str(t_1(context, (undefined(name='team') if l_0_team is missing else l_0_team), 'de'))
        yield '.'
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield 'Li escriu l’equip '
        yield str(t_1(context, (undefined(name='team') if l_0_team is missing else l_0_team), 'de'))
        yield '.'

blocks = {'letter': block_letter, 'dm': block_dm, 'public': block_public, 'chat': block_chat, 'spoken': block_spoken, 'chat_plain': block_chat_plain}
debug_info = '3=11&6=12&9=13&12=14&15=15&20=16&3=18&4=28&6=47&7=57&9=63&10=73&12=79&13=98&15=118&16=142&17=144&18=146&20=167&21=186'
