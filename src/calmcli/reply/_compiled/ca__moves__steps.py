# Generated from ca/moves/steps.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '6ed23191-1048'
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
    pass
    yield 'Li explico com continuarem:\n1. Li escrivim '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' per explicar-li com va.\n2. Si necessitem res més de vostè, l’hi demanarem aleshores.\n3. Quan ens confirmi que tot està bé, tanquem la incidència.\n'

def block_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Li explico com continuarem:\n1. Li escrivim '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' amb el resultat o, si encara no el tenim, amb el que sapiguem fins aleshores.\n2. Si necessitem res més de vostè, l’hi demanarem aleshores.\n3. Quan el cas estigui resolt i ens ho confirmi, tanquem la incidència.\n'

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
debug_info = '2=11&8=12&14=13&2=15&4=25&8=28&10=38&14=41&17=51'
