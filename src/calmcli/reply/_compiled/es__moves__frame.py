# Generated from es/moves/frame.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'cc64fc56-4344'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/frame.j2'

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
    yield 'Si ha tenido algún problema con un pedido, le ayudamos con gusto.\n'

def block_path(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si nos indica el número de pedido y qué ha ocurrido, lo revisamos.\n'

def block_path_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si nos dice qué ha ocurrido exactamente con el pedido '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', lo revisamos.\n'

def block_path_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si me da el número de pedido y me dice qué ha ocurrido, lo reviso ahora mismo.\n'

def block_path_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si me dice qué ha ocurrido exactamente con el pedido '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', lo reviso ahora mismo.\n'

def block_reopen(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si quiere que revisemos algún pedido, escríbanos por correo electrónico con el número de pedido y los detalles, y nos ocuparemos de ello.\n'

def block_reopen_at(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_email = resolve('email')
    pass
    yield 'Si quiere que revisemos algún pedido, escríbanos a '
    yield str((undefined(name='email') if l_0_email is missing else l_0_email))
    yield ' con el número de pedido y los detalles, y nos ocuparemos de ello.\n'

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
    yield 'Si quiere que revisemos el pedido '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', escríbanos a '
    yield str((undefined(name='email') if l_0_email is missing else l_0_email))
    yield ' con los detalles y nos ocuparemos de ello.\n'

def block_reopen_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si quiere que revisemos el pedido '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', escríbanos por correo electrónico con los detalles y nos ocuparemos de ello.\n'

def block_reopen_here(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Si quiere que revisemos algún pedido, envíenos solo el número de pedido y los detalles, y nos ocuparemos de ello.\n'

def block_reopen_here_order(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Si quiere que revisemos el pedido '
    yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield ', envíenos solo los detalles y nos ocuparemos de ello.\n'

def block_call_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_incident = resolve('incident')
    l_0_pedido = missing
    pass
    l_0_pedido = 'su pedido'
    _block_vars['pedido'] = l_0_pedido
    yield 'Es por el mensaje que nos envió sobre '
    yield str(environment.call(context, environment.getattr({'shipping-delay': str_join(('la entrega de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'damaged-item': str_join(('el artículo dañado de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'out-of-stock': str_join(('el artículo agotado de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'policy-misreading': str_join(('las condiciones aplicadas a ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'product-defect': str_join(('el artículo defectuoso de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'billing': str_join(('el cargo de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), ))}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), _block_vars=_block_vars))
    yield '. ¿Me da el número de pedido?\n'

def block_call_order_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    l_0_incident = resolve('incident')
    l_0_pedido = missing
    pass
    l_0_pedido = (str_join(('su pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su pedido')
    _block_vars['pedido'] = l_0_pedido
    yield 'Es por el mensaje que nos envió sobre '
    yield str(environment.call(context, environment.getattr({'shipping-delay': str_join(('la entrega de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'damaged-item': str_join(('el artículo dañado de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'out-of-stock': str_join(('el artículo agotado de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'policy-misreading': str_join(('las condiciones aplicadas a ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'product-defect': str_join(('el artículo defectuoso de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), )), 'billing': str_join(('el cargo de ', (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), ))}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), (undefined(name='pedido') if l_0_pedido is missing else l_0_pedido), _block_vars=_block_vars))
    yield '.\n'

def block_call_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Es por el mensaje que nos envió. ¿Me da el número de pedido y me cuenta brevemente qué ha pasado?\n'

def block_call_order_other_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield 'Es por el mensaje que nos envió sobre su pedido'
    if (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield ' '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
    yield '. ¿Me cuenta brevemente qué ha pasado?\n'

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
    l_0_check = environment.call(context, environment.getattr({'shipping-delay': 'dónde está su envío', 'damaged-item': 'qué ha pasado con el artículo dañado', 'out-of-stock': 'cuándo vuelve a estar disponible el artículo', 'policy-misreading': 'qué condiciones se aplican a su pedido', 'product-defect': 'qué podemos hacer con la avería', 'billing': 'el cargo'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), _block_vars=_block_vars)
    _block_vars['check'] = l_0_check
    if (undefined(name='check') if l_0_check is missing else l_0_check):
        pass
        yield '¿Nos indica el número de pedido? Así miramos '
        yield str((undefined(name='check') if l_0_check is missing else l_0_check))
        yield '.'
    else:
        pass
        yield '¿Nos indica el número de pedido y nos cuenta brevemente qué ha pasado?'

def block_path_order_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_order = resolve('order')
    pass
    yield '¿Nos cuenta qué ha pasado con el pedido '
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
    yield 'Le llamo por el mensaje que nos envió. A partir de ahora llevaremos este caso solo por escrito: escríbanos'
    if (undefined(name='email') if l_0_email is missing else l_0_email):
        pass
        yield ' a '
        yield str(t_1(context, (undefined(name='email') if l_0_email is missing else l_0_email)))
    else:
        pass
        yield ' por correo electrónico'
    yield ' con el número de pedido y los detalles, y nos ocuparemos de ello.\n'

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
    yield 'Le llamo por '
    yield str((str_join(('el pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='order') if l_0_order is missing else l_0_order) else 'su pedido'))
    yield '. A partir de ahora llevaremos este caso solo por escrito: escríbanos'
    if (undefined(name='email') if l_0_email is missing else l_0_email):
        pass
        yield ' a '
        yield str(t_1(context, (undefined(name='email') if l_0_email is missing else l_0_email)))
    else:
        pass
        yield ' por correo electrónico'
    yield ' con los detalles y nos ocuparemos de ello.\n'

blocks = {'public': block_public, 'path': block_path, 'path_order': block_path_order, 'path_spoken': block_path_spoken, 'path_order_spoken': block_path_order_spoken, 'reopen': block_reopen, 'reopen_at': block_reopen_at, 'reopen_order_at': block_reopen_order_at, 'reopen_order': block_reopen_order, 'reopen_here': block_reopen_here, 'reopen_here_order': block_reopen_here_order, 'call_spoken': block_call_spoken, 'call_order_spoken': block_call_order_spoken, 'call_other_spoken': block_call_other_spoken, 'call_order_other_spoken': block_call_order_other_spoken, 'path_chat': block_path_chat, 'path_order_chat': block_path_order_chat, 'reopen_call_spoken': block_reopen_call_spoken, 'reopen_call_order_spoken': block_reopen_call_order_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&39=23&43=24&46=25&49=26&53=27&56=28&59=29&2=31&5=41&8=51&9=61&11=64&14=74&15=84&17=87&20=97&21=107&23=110&24=121&26=126&27=136&29=139&32=149&33=159&35=162&36=172&37=175&39=178&40=189&41=192&43=195&46=205&47=215&49=221&50=231&51=233&53=242&54=252&56=255&57=271&59=280&60=297'
