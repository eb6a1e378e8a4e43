# Generated from es/moves/steps.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '1681bce6-1295'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/steps.j2'

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
    yield 'Estos son los próximos pasos:\n1. Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'con noticias de la entrega', 'damaged-item': 'con el número de seguimiento del nuevo envío', 'product-defect': 'con el número de seguimiento del nuevo envío', 'billing': 'para confirmarle que ya hemos hecho el reembolso', 'policy-misreading': 'para ver cómo prefiere seguir'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'para confirmarle que todo ha quedado solucionado', _block_vars=_block_vars))
    yield '.\n2. Si necesitamos algo más de usted, se lo pediremos en ese mismo mensaje.\n'

def block_unclear(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Estos son los próximos pasos:\n1. Le escribiremos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' con el resultado o, si aún no lo tenemos, con lo que sepamos hasta entonces.\n2. Si necesitamos algo más de usted, se lo pediremos en ese mismo mensaje.\n'

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Estos son los próximos pasos:\n1. Hemos registrado su consulta.\n2. Le escribimos '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' para comprobar que todo ha quedado resuelto.\n3. Si todo está bien, cerramos la consulta; si no, seguimos con usted hasta resolverlo.\n'

blocks = {'fix': block_fix, 'unclear': block_unclear, 'follow': block_follow}
debug_info = '2=11&7=12&12=13&2=15&4=26&7=31&9=41&12=44&15=54'
