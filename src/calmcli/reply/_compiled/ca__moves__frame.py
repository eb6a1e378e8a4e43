# Generated from ca/moves/frame.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '47c61941-1425'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/frame.j2'

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
    yield from context.blocks['reopen_order'][0](context)
    yield from context.blocks['reopen_here'][0](context)
    yield from context.blocks['reopen_here_order'][0](context)

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si ha tingut algun problema amb una comanda, l’ajudarem amb molt de gust.\n'

def block_path(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si ens indica el número de comanda i què ha passat, ho revisarem.\n'

def block_path_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si ens explica què ha passat exactament amb la comanda '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', ho revisarem.\n'

def block_path_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si em dona el número de comanda i em diu què ha passat, ho reviso ara mateix.\n'

def block_path_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si em diu què ha passat exactament amb la comanda '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', ho reviso ara mateix.\n'

def block_reopen(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si vol que revisem alguna comanda, escrigui’ns per correu electrònic amb el número de comanda i els detalls, i ens n’ocuparem.\n'

def block_reopen_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si vol que revisem la comanda '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', escrigui’ns per correu electrònic amb els detalls i ens n’ocuparem.\n'

def block_reopen_here(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si vol que revisem alguna comanda, enviï’ns només el número de comanda i els detalls, i ens n’ocuparem.\n'

def block_reopen_here_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si vol que revisem la comanda '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', enviï’ns només els detalls i ens n’ocuparem.\n'

blocks = {'public': block_public, 'path': block_path, 'path_order': block_path_order, 'path_spoken': block_path_spoken, 'path_order_spoken': block_path_order_spoken, 'reopen': block_reopen, 'reopen_order': block_reopen_order, 'reopen_here': block_reopen_here, 'reopen_here_order': block_reopen_here_order}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&2=21&5=31&8=41&9=51&11=54&14=64&15=74&17=77&20=87&21=97&23=100&26=110&27=120'
