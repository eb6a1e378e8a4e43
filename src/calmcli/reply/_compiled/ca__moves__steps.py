# Generated from ca/moves/steps.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '416c2ae5-1297'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/steps.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['fix'][0](context)
    yield from context.blocks['unclear'][0](context)
    yield from context.blocks['follow'][0](context)

def block_fix(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_incident = resolve('incident')
    pass
    yield 'Aquests són els passos següents:\n1. Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'amb notícies de l’entrega', 'damaged-item': 'amb el número de seguiment del nou enviament', 'product-defect': 'amb el número de seguiment del nou enviament', 'billing': 'per confirmar-li que ja hem fet el reemborsament', 'policy-misreading': 'per veure com vol continuar'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'per confirmar-li que tot ha quedat resolt', _block_vars=_block_vars))
    yield '.\n2. Si necessitem res més de vostè, li ho demanarem en aquell mateix missatge.\n'

def block_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Aquests són els passos següents:\n1. Li escriurem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el resultat o, si encara no el tenim, amb el que sapiguem fins aleshores.\n2. Si necessitem res més de vostè, li ho demanarem en aquell mateix missatge.\n'

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Aquests són els passos següents:\n1. Hem registrat la seva consulta.\n2. Li escrivim '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per comprovar que tot ha quedat resolt.\n3. Si tot està bé, tanquem la consulta; si no, continuem amb vostè fins a resoldre-ho.\n'

blocks = {'fix': block_fix, 'unclear': block_unclear, 'follow': block_follow}
debug_info = '2=11&7=12&12=13&2=15&4=26&7=31&9=41&12=44&15=54'
