# Generated from pl/moves/greet.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'ca99b916-2376'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/greet.j2'

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
    l_0_address = resolve('address')
    pass
    yield str(environment.call(context, environment.getattr({'f': 'Szanowna Pani,', 'm': 'Szanowny Panie,'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Dzień dobry,', _block_vars=_block_vars))
    yield '\n'

def block_dm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Dzień dobry,\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    pass
    if ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) and ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as)[:1] == '@')):
        pass
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield ' Dzień dobry!'
    else:
        pass
        yield 'Dzień dobry,'

def block_chat(context, missing=missing, environment=environment):
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
    yield 'Dzień dobry'
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield ', tu '
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ' – '
            yield str((undefined(name='team') if l_0_team is missing else l_0_team))
            if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
                pass
                yield ' '
                yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield ', tu '
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
            pass
            yield ' '
            yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
    yield '.\n'

def block_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_incident = resolve('incident')
    l_0_team = resolve('team')
    l_0_daypart = resolve('daypart')
    l_0_agent = resolve('agent')
    l_0_agent_slot = resolve('agent_slot')
    l_0_brand = resolve('brand')
    l_0_order = resolve('order')
    l_0_whose = l_0_about = l_0_from_team = missing
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_whose = environment.call(context, environment.getattr({'f': 'Pani ', 'm': 'Pana '}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), '', _block_vars=_block_vars)
    _block_vars['whose'] = l_0_whose
    l_0_about = environment.call(context, environment.getattr({'shipping-delay': str_join(((undefined(name='whose') if l_0_whose is missing else l_0_whose), 'przesyłki, która się opóźnia', )), 'damaged-item': str_join(('uszkodzonego produktu z ', (undefined(name='whose') if l_0_whose is missing else l_0_whose), 'zamówienia', )), 'out-of-stock': str_join(((undefined(name='whose') if l_0_whose is missing else l_0_whose), 'zamówienia', )), 'policy-misreading': str_join(((undefined(name='whose') if l_0_whose is missing else l_0_whose), 'pytania o warunki zakupu', )), 'billing': str_join(('płatności za ', (undefined(name='whose') if l_0_whose is missing else l_0_whose), 'zamówienie', )), 'product-defect': str_join(((undefined(name='whose') if l_0_whose is missing else l_0_whose), 'reklamacji', ))}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), str_join(((undefined(name='whose') if l_0_whose is missing else l_0_whose), 'zgłoszenia', )), _block_vars=_block_vars)
    _block_vars['about'] = l_0_about
    l_0_from_team = (('obsługi klienta' if (t_1((undefined(name='team') if l_0_team is missing else l_0_team)) == 'obsługa klienta') else str_join(('zespołu ', (undefined(name='team') if l_0_team is missing else l_0_team), ))) if (undefined(name='team') if l_0_team is missing else l_0_team) else None)
    _block_vars['from_team'] = l_0_from_team
    yield str(('Dobry wieczór' if ((undefined(name='daypart') if l_0_daypart is missing else l_0_daypart) == 'evening') else 'Dzień dobry'))
    if ((undefined(name='agent') if l_0_agent is missing else l_0_agent) or (undefined(name='agent_slot') if l_0_agent_slot is missing else l_0_agent_slot)):
        pass
        yield ', mówi '
        yield str(((undefined(name='agent') if l_0_agent is missing else l_0_agent) or '[imię]'))
        if (undefined(name='from_team') if l_0_from_team is missing else l_0_from_team):
            pass
            yield ' z '
            yield str((undefined(name='from_team') if l_0_from_team is missing else l_0_from_team))
            if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
                pass
                yield ' '
                yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
    elif (undefined(name='from_team') if l_0_from_team is missing else l_0_from_team):
        pass
        yield ', tu '
        yield str((t_1((undefined(name='team') if l_0_team is missing else l_0_team)) if (t_1((undefined(name='team') if l_0_team is missing else l_0_team)) == 'obsługa klienta') else (undefined(name='team') if l_0_team is missing else l_0_team)))
        if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
            pass
            yield ' '
            yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
    yield '. Dzwonię w sprawie '
    yield str((undefined(name='about') if l_0_about is missing else l_0_about))
    yield '.'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' Czy rozmawiam z osobą, która złożyła zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '?'

def block_chat_plain(context, missing=missing, environment=environment):
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
    yield 'Dzień dobry'
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield ', tu '
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ' – '
            yield str((undefined(name='team') if l_0_team is missing else l_0_team))
            if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
                pass
                yield ' '
                yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield ', tu '
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
            pass
            yield ' '
            yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
    yield '.\n'

blocks = {'letter': block_letter, 'dm': block_dm, 'public': block_public, 'chat': block_chat, 'spoken': block_spoken, 'chat_plain': block_chat_plain}
debug_info = '3=11&6=12&9=13&12=14&15=15&23=16&3=18&4=27&6=30&9=40&10=49&12=57&13=69&15=91&18=114&19=116&20=118&21=120&23=150&24=162'
