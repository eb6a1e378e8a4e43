# Generated from pl/moves/frame.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '1b51e523-3786'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/frame.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['public'][0](context)
    yield from context.blocks['path'][0](context)
    yield from context.blocks['path_order'][0](context)
    yield from context.blocks['path_spoken'][0](context)
    yield from context.blocks['path_order_spoken'][0](context)
    yield from context.blocks['reopen'][0](context)
    yield from context.blocks['reopen_at'][0](context)
    yield from context.blocks['reopen_order_at'][0](context)
    yield from context.blocks['reopen_order'][0](context)
    yield from context.blocks['reopen_here'][0](context)
    yield from context.blocks['reopen_here_order'][0](context)
    yield from context.blocks['call_spoken'][0](context)
    yield from context.blocks['call_order_spoken'][0](context)
    yield from context.blocks['call_other_spoken'][0](context)
    yield from context.blocks['call_order_other_spoken'][0](context)
    yield from context.blocks['path_chat'][0](context)
    yield from context.blocks['path_order_chat'][0](context)
    yield from context.blocks['reopen_call_spoken'][0](context)
    yield from context.blocks['reopen_call_order_spoken'][0](context)

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeśli pojawił się problem z zamówieniem, chętnie pomożemy.\n'

def block_path(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeśli coś jest nie tak z zamówieniem, prosimy podać jego numer i napisać, co się stało – sprawdzimy to.\n'

def block_path_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Prosimy napisać, co dokładnie jest nie tak z zamówieniem nr '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – sprawdzimy to.\n'

def block_path_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Proszę podać numer zamówienia i powiedzieć, co się stało – od razu to sprawdzę.\n'

def block_path_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Proszę powiedzieć, co dokładnie jest nie tak z zamówieniem nr '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ' – od razu to sprawdzę.\n'

def block_reopen(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeśli sprawa dotyczy konkretnego zamówienia, prosimy przesłać nam e-mailem jego numer i opis problemu – wtedy się tym zajmiemy.\n'

def block_reopen_at(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_email = resolve('email')
    pass
    yield 'Jeśli sprawa dotyczy konkretnego zamówienia, prosimy przesłać jego numer i opis problemu na adres '
    yield str((undefined(name='email') if l_0_email is missing else l_0_email))
    yield ' – wtedy się tym zajmiemy.\n'

def block_reopen_order_at(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_email = resolve('email')
    pass
    yield 'Jeśli chodzi o zamówienie nr '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', prosimy przesłać opis problemu na adres '
    yield str((undefined(name='email') if l_0_email is missing else l_0_email))
    yield ' – wtedy się tym zajmiemy.\n'

def block_reopen_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Jeśli chodzi o zamówienie nr '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', prosimy przesłać nam e-mailem opis problemu – wtedy się tym zajmiemy.\n'

def block_reopen_here(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeśli sprawa dotyczy konkretnego zamówienia, prosimy przesłać nam tylko jego numer i opis problemu – wtedy się tym zajmiemy.\n'

def block_reopen_here_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Jeśli chodzi o zamówienie nr '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', prosimy przesłać nam tylko opis problemu – wtedy się tym zajmiemy.\n'

def block_call_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Czy '
    yield str(environment.call(context, environment.getattr({'f': 'może Pani', 'm': 'może Pan', 'either': 'może Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'może Pan/Pani', _block_vars=_block_vars))
    yield ' podać numer zamówienia?\n'

def block_call_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Chodzi o zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '.'

def block_call_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Czy '
    yield str(environment.call(context, environment.getattr({'f': 'może Pani', 'm': 'może Pan', 'either': 'może Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'może Pan/Pani', _block_vars=_block_vars))
    yield ' podać numer zamówienia i krótko powiedzieć, co się stało?\n'

def block_call_order_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield 'Chodzi o zamówienie nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '. '
    yield 'Proszę krótko powiedzieć, co się stało.\n'

def block_path_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_incident = resolve('incident')
    l_0_check = missing
    pass
    l_0_check = environment.call(context, environment.getattr({'shipping-delay': ', gdzie jest przesyłka', 'damaged-item': ', co się stało z uszkodzonym produktem', 'out-of-stock': ', kiedy produkt znów będzie dostępny', 'policy-misreading': ', jakie warunki obowiązują przy tym zamówieniu', 'product-defect': ', co możemy zrobić z usterką', 'billing': ' tę płatność'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), _block_vars=_block_vars)
    _block_vars['check'] = l_0_check
    if (undefined(name='check') if l_0_check is missing else l_0_check):
        pass
        yield 'Prosimy podać numer zamówienia – sprawdzimy'
        yield str((undefined(name='check') if l_0_check is missing else l_0_check))
        yield '.'
    else:
        pass
        yield 'Prosimy podać numer zamówienia i krótko opisać, co się stało.'

def block_path_order_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Co dokładnie jest nie tak z zamówieniem nr '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '?\n'

def block_reopen_call_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_email = resolve('email')
    try:
        t_1 = environment.filters['spoken_email']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'spoken_email' found.")
    pass
    yield 'Od teraz będziemy prowadzić tę sprawę wyłącznie pisemnie: proszę przesłać nam e-mailem'
    if (undefined(name='email') if l_0_email is missing else l_0_email):
        pass
        yield ' na adres '
        yield str(t_1(context, (undefined(name='email') if l_0_email is missing else l_0_email)))
    yield ' numer zamówienia i szczegóły – wtedy się tym zajmiemy.\n'

def block_reopen_call_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_email = resolve('email')
    try:
        t_1 = environment.filters['spoken_email']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'spoken_email' found.")
    pass
    yield 'Od teraz sprawę '
    yield str((str_join(('zamówienia nr ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'tego zamówienia'))
    yield ' będziemy prowadzić wyłącznie pisemnie: proszę przesłać nam szczegóły e-mailem'
    if (undefined(name='email') if l_0_email is missing else l_0_email):
        pass
        yield ' na adres '
        yield str(t_1(context, (undefined(name='email') if l_0_email is missing else l_0_email)))
    yield ' – wtedy się tym zajmiemy.\n'

blocks = {'public': block_public, 'path': block_path, 'path_order': block_path_order, 'path_spoken': block_path_spoken, 'path_order_spoken': block_path_order_spoken, 'reopen': block_reopen, 'reopen_at': block_reopen_at, 'reopen_order_at': block_reopen_order_at, 'reopen_order': block_reopen_order, 'reopen_here': block_reopen_here, 'reopen_here_order': block_reopen_here_order, 'call_spoken': block_call_spoken, 'call_order_spoken': block_call_order_spoken, 'call_other_spoken': block_call_other_spoken, 'call_order_other_spoken': block_call_order_other_spoken, 'path_chat': block_path_chat, 'path_order_chat': block_path_order_chat, 'reopen_call_spoken': block_reopen_call_spoken, 'reopen_call_order_spoken': block_reopen_call_order_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&44=25&47=26&51=27&54=28&57=29&2=31&5=41&8=51&9=61&11=64&14=74&15=84&17=87&20=97&21=107&23=110&24=121&26=126&27=136&29=139&32=149&33=159&35=162&36=172&38=175&39=184&41=190&42=200&44=203&45=212&47=219&48=229&49=231&51=240&52=250&54=253&55=269&57=275&58=292'
