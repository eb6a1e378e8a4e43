# Generated from pl/moves/own.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '5b421ed5-1262'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/own.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['own'][0](context)
    yield from context.blocks['own_spoken'][0](context)
    yield from context.blocks['public'][0](context)
    yield from context.blocks['again'][0](context)
    yield from context.blocks['sorry'][0](context)
    yield from context.blocks['public_sorry'][0](context)
    yield from context.blocks['heard_spoken'][0](context)
    yield from context.blocks['cause'][0](context)
    yield from context.blocks['cause_spoken'][0](context)
    yield from context.blocks['cause_again'][0](context)

def block_own(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszamy – to nasz błąd.\n'

def block_own_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'To był nasz błąd i bardzo za niego przepraszam.\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'To był nasz błąd.\n'

def block_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszamy za kłopot.\n'

def block_sorry(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszamy za kłopot.\n'

def block_public_sorry(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszamy za kłopot – naprawimy to.\n'

def block_heard_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Bardzo przepraszam, to nasz błąd. Naprawimy to na nasz koszt.\n'

def block_cause(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_1 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield 'To nasza wina: '
    yield str(t_1(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '. Bardzo przepraszamy.\n'

def block_cause_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_1 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield 'To była nasza wina: '
    yield str(t_1(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '. Bardzo przepraszam.\n'

def block_cause_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_1 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield 'Wiemy już, co poszło nie tak: '
    yield str(t_1(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield '. Jeszcze raz przepraszamy za kłopot.\n'

blocks = {'own': block_own, 'own_spoken': block_own_spoken, 'public': block_public, 'again': block_again, 'sorry': block_sorry, 'public_sorry': block_public_sorry, 'heard_spoken': block_heard_spoken, 'cause': block_cause, 'cause_spoken': block_cause_spoken, 'cause_again': block_cause_again}
debug_info = '1=11&4=12&7=13&10=14&14=15&17=16&21=17&25=18&28=19&31=20&1=22&4=32&7=42&10=52&14=62&17=72&21=82&25=92&26=108&28=111&29=127&31=130&32=146'
