# Generated from ca/moves/gesture.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '511961dd-774'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/gesture.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['discount'][0](context)
    yield from context.blocks['free_shipping'][0](context)
    yield from context.blocks['free_return'][0](context)
    yield from context.blocks['free_return_label'][0](context)
    yield from context.blocks['gift'][0](context)

def block_discount(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_percent = resolve('percent')
    pass
    yield 'A més, li oferim un '
    yield str((undefined(name='percent') if l_0_percent is missing else l_0_percent))
    yield '\xa0% de descompte en la seva pròxima compra.\n'

def block_free_shipping(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'A més, l’enviament de la seva pròxima comanda serà gratuït.\n'

def block_free_return(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'La devolució no li costarà res: li enviem una etiqueta d’enviament prepagada.\n'

def block_free_return_label(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'A més, li enviarem una etiqueta prepagada per a la devolució.\n'

def block_gift(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'A més, inclourem un petit obsequi a la seva pròxima comanda.\n'

blocks = {'discount': block_discount, 'free_shipping': block_free_shipping, 'free_return': block_free_return, 'free_return_label': block_free_return_label, 'gift': block_gift}
debug_info = '2=11&5=12&8=13&11=14&14=15&2=17&3=27&5=30&8=40&11=50&14=60'
