# Generated from pl/moves/sign.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '75ce0645-1651'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/sign.j2'

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
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_who = (str_join((('Zespół Obsługi Klienta' if (t_1((undefined(name='team') if l_0_team is missing else l_0_team)) == 'obsługa klienta') else (undefined(name='team') if l_0_team is missing else l_0_team)), (str_join((' ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
    _block_vars['who'] = l_0_who
    yield 'Z pozdrowieniami\n'
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
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_who = (str_join((('Zespół Obsługi Klienta' if (t_1((undefined(name='team') if l_0_team is missing else l_0_team)) == 'obsługa klienta') else (undefined(name='team') if l_0_team is missing else l_0_team)), (str_join((' ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
    _block_vars['who'] = l_0_who
    yield 'Pozdrawiamy\n'
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
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_who = (str_join((('Zespół Obsługi Klienta' if (t_1((undefined(name='team') if l_0_team is missing else l_0_team)) == 'obsługa klienta') else (undefined(name='team') if l_0_team is missing else l_0_team)), (str_join((' ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
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
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_who = (str_join((('Zespół Obsługi Klienta' if (t_1((undefined(name='team') if l_0_team is missing else l_0_team)) == 'obsługa klienta') else (undefined(name='team') if l_0_team is missing else l_0_team)), (str_join((' ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
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
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_who = (str_join((('Zespół Obsługi Klienta' if (t_1((undefined(name='team') if l_0_team is missing else l_0_team)) == 'obsługa klienta') else (undefined(name='team') if l_0_team is missing else l_0_team)), (str_join((' ', (undefined(name='brand') if l_0_brand is missing else l_0_brand), )) if (undefined(name='brand') if l_0_brand is missing else l_0_brand) else ''), )) if (undefined(name='team') if l_0_team is missing else l_0_team) else (undefined(name='brand') if l_0_brand is missing else l_0_brand))
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
debug_info = '3=11&10=12&15=13&19=14&25=15&3=17&4=35&6=38&8=42&10=45&11=63&13=66&15=77&16=95&17=97&19=108&20=126&21=128&23=132&25=135&26=153&27=155'
