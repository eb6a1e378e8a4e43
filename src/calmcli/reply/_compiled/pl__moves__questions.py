# Generated from pl/moves/questions.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '1532bd98-1303'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/questions.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['address'][0](context)
    yield from context.blocks['urgent'][0](context)
    yield from context.blocks['terms'][0](context)
    yield from context.blocks['symptoms'][0](context)
    yield from context.blocks['charge_date'][0](context)
    yield from context.blocks['charge'][0](context)
    yield from context.blocks['what_happened'][0](context)
    yield from context.blocks['need'][0](context)
    yield from context.blocks['carrier'][0](context)
    yield from context.blocks['damage'][0](context)

def block_address(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Proszę potwierdzić adres dostawy.\n'

def block_urgent(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Czy zamówienie jest pilne?\n'

def block_terms(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jakie warunki wyświetlały się przy składaniu zamówienia?\n'

def block_symptoms(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Na czym dokładnie polega usterka i od kiedy występuje?\n'

def block_charge_date(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Proszę podać datę tego obciążenia.\n'

def block_charge(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Proszę podać datę i kwotę tego obciążenia.\n'

def block_what_happened(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Co dokładnie się stało?\n'

def block_need(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'W czym dokładnie możemy pomóc'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' w sprawie zamówienia nr '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '?\n'

def block_carrier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Czy przewoźnik przysłał jakieś powiadomienie?\n'

def block_damage(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Co dokładnie dotarło uszkodzone? Zdjęcia przesłane e-mailem pomogą mi to sprawdzić.\n'

blocks = {'address': block_address, 'urgent': block_urgent, 'terms': block_terms, 'symptoms': block_symptoms, 'charge_date': block_charge_date, 'charge': block_charge, 'what_happened': block_what_happened, 'need': block_need, 'carrier': block_carrier, 'damage': block_damage}
debug_info = '2=11&5=12&8=13&11=14&15=15&18=16&21=17&24=18&28=19&31=20&2=22&5=32&8=42&11=52&15=62&18=72&21=82&24=92&25=102&28=108&31=118'
