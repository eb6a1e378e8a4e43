# Generated from pl/moves/returning.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'b37a907d-1673'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/returning.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['again'][0](context)
    yield from context.blocks['again_spoken'][0](context)
    yield from context.blocks['again_noted'][0](context)
    yield from context.blocks['again_noted_spoken'][0](context)

def block_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_contacts = resolve('contacts')
    l_0_address = resolve('address')
    l_0_times = missing
    pass
    l_0_times = (environment.getitem(['drugi', 'trzeci', 'czwarty', 'piąty', 'szósty', 'siódmy', 'ósmy', 'dziewiąty', 'dziesiąty'], ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) - 1)) if (0 < (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 10) else 'kolejny')
    _block_vars['times'] = l_0_times
    yield 'Przepraszamy, że '
    yield str(environment.call(context, environment.getattr({'f': 'musi Pani', 'm': 'musi Pan', 'either': 'musi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'muszą Państwo', _block_vars=_block_vars))
    yield ' pisać do nas w tej sprawie już po raz '
    yield str((undefined(name='times') if l_0_times is missing else l_0_times))
    yield '.\n'

def block_again_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Przepraszam, że '
    yield str(environment.call(context, environment.getattr({'f': 'musi Pani', 'm': 'musi Pan', 'either': 'musi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'muszą Państwo', _block_vars=_block_vars))
    yield ' znowu do nas wracać z tą sprawą.\n'

def block_again_noted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_contacts = resolve('contacts')
    l_0_address = resolve('address')
    l_0_times = missing
    pass
    l_0_times = (environment.getitem(['drugi', 'trzeci', 'czwarty', 'piąty', 'szósty', 'siódmy', 'ósmy', 'dziewiąty', 'dziesiąty'], ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) - 1)) if (0 < (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 10) else 'kolejny')
    _block_vars['times'] = l_0_times
    yield 'Wiemy, że '
    yield str(environment.call(context, environment.getattr({'f': 'musi Pani', 'm': 'musi Pan', 'either': 'musi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'muszą Państwo', _block_vars=_block_vars))
    yield ' pisać do nas w tej sprawie już po raz '
    yield str((undefined(name='times') if l_0_times is missing else l_0_times))
    yield '.\n'

def block_again_noted_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    pass
    yield 'Wiem, że '
    yield str(environment.call(context, environment.getattr({'f': 'musi Pani', 'm': 'musi Pan', 'either': 'musi Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'muszą Państwo', _block_vars=_block_vars))
    yield ' już kolejny raz do nas wracać z tą sprawą.\n'

blocks = {'again': block_again, 'again_spoken': block_again_spoken, 'again_noted': block_again_noted, 'again_noted_spoken': block_again_noted_spoken}
debug_info = '4=11&8=12&12=13&16=14&4=16&5=27&6=30&8=35&9=45&12=48&13=59&14=62&16=67&17=77'
