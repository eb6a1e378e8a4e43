# Generated from en/moves/returning.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '3de46018-1234'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/returning.j2'

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
    pass
    if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) > 0):
        pass
        yield "We're sorry you've had to write to us "
        yield str((environment.getitem(['', '', 'twice', 'three times', 'four times', 'five times'], environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 5) else str_join((environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1), ' times', ))))
        yield ' about this'
    else:
        pass
        yield "We're sorry you've had to get in touch about this again"
    yield '.\n'

def block_again_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "I know this isn't the first time you've been in touch about this, and I'm sorry you've had to chase it.\n"

def block_again_noted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_contacts = resolve('contacts')
    pass
    if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) > 0):
        pass
        yield "We're also sorry you've had to write to us "
        yield str((environment.getitem(['', '', 'twice', 'three times', 'four times', 'five times'], environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 5) else str_join((environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1), ' times', ))))
        yield ' about it'
    else:
        pass
        yield "We're also sorry you've had to get in touch about it again"
    yield '.\n'

def block_again_noted_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "I can see you've already been in touch with us about it.\n"

blocks = {'again': block_again, 'again_spoken': block_again_spoken, 'again_noted': block_again_noted, 'again_noted_spoken': block_again_noted_spoken}
debug_info = '2=11&5=12&9=13&12=14&2=16&3=25&5=35&9=45&10=54&12=64'
