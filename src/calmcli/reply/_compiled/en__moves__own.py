# Generated from en/moves/own.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '6634140f-3239'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/own.j2'

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
    l_0_audience = resolve('audience')
    l_0_item_fact = resolve('item_fact')
    l_0_incident = resolve('incident')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'private'):
        pass
        yield 'Sorry again about this: it was our mistake.'
    else:
        pass
        yield str(environment.call(context, environment.getattr({'shipping-delay': 'The delay is our fault', 'damaged-item': str_join((t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'It', 'They'), ' should have reached you in perfect condition', )), 'billing': 'We got the charge wrong', 'policy-misreading': 'We applied the wrong terms', 'product-defect': str_join(('We should have caught the fault before sending ', t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'), )), 'out-of-stock': 'We should have checked our stock before taking your order'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'The mistake was ours', _block_vars=_block_vars))
        yield ', and we apologise.'

def block_own_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_incident = resolve('incident')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    pass
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'The delay is our fault', 'damaged-item': str_join((t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'It', 'They'), ' should have reached you in perfect condition', )), 'billing': 'We got the charge wrong', 'policy-misreading': 'We applied the wrong terms', 'product-defect': str_join(('We should have caught the fault before sending ', t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'), )), 'out-of-stock': 'We should have checked our stock before taking your order'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'The mistake was ours', _block_vars=_block_vars))
    yield ", and I'm sorry.\n"

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'That was our mistake.\n'

def block_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'We apologise for the trouble this has caused.\n'

def block_sorry(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We're sorry for the trouble this has caused.\n"

def block_public_sorry(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We're sorry for the trouble, and we'll put it right.\n"

def block_heard_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "I'm so sorry about that. It's our mistake, and I'll put it right at no cost to you.\n"

def block_cause(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_incident = resolve('incident')
    l_0_cause = resolve('cause')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'The delay is our fault', 'damaged-item': str_join((t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'It', 'They'), ' should have reached you in perfect condition', )), 'billing': 'We got the charge wrong', 'policy-misreading': 'We applied the wrong terms', 'product-defect': str_join(('We should have caught the fault before sending ', t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'), )), 'out-of-stock': 'We should have checked our stock before taking your order'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'The mistake was ours', _block_vars=_block_vars))
    yield ': '
    yield str(t_2(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield ', and we apologise.\n'

def block_cause_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item_fact = resolve('item_fact')
    l_0_incident = resolve('incident')
    l_0_cause = resolve('cause')
    try:
        t_1 = environment.filters['agree']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'agree' found.")
    try:
        t_2 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'The delay is our fault', 'damaged-item': str_join((t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'It', 'They'), ' should have reached you in perfect condition', )), 'billing': 'We got the charge wrong', 'policy-misreading': 'We applied the wrong terms', 'product-defect': str_join(('We should have caught the fault before sending ', t_1(context, (undefined(name='item_fact') if l_0_item_fact is missing else l_0_item_fact), 'it', 'them'), )), 'out-of-stock': 'We should have checked our stock before taking your order'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'The mistake was ours', _block_vars=_block_vars))
    yield ': '
    yield str(t_2(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield ", and I'm sorry.\n"

def block_cause_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cause = resolve('cause')
    try:
        t_2 = environment.filters['clause']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'clause' found.")
    pass
    yield "We've found what went wrong: "
    yield str(t_2(context, (undefined(name='cause') if l_0_cause is missing else l_0_cause)))
    yield ". We're sorry again for the trouble.\n"

blocks = {'own': block_own, 'own_spoken': block_own_spoken, 'public': block_public, 'again': block_again, 'sorry': block_sorry, 'public_sorry': block_public_sorry, 'heard_spoken': block_heard_spoken, 'cause': block_cause, 'cause_spoken': block_cause_spoken, 'cause_again': block_cause_again}
debug_info = '2=11&5=12&8=13&11=14&15=15&18=16&22=17&26=18&29=19&32=20&2=22&3=39&5=47&6=63&8=66&11=76&15=86&18=96&22=106&26=116&27=139&29=144&30=167&32=172&33=188'
