# Generated from en/moves/returning.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '5c56611b-750'
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

def block_again(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_contacts = resolve('contacts')
    pass
    if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) > 1):
        pass
        yield "We know you've already written to us "
        yield str((environment.getitem(['', '', 'twice', 'three times', 'four times', 'five times'], (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 6) else str_join(((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), ' times', ))))
        yield ' about this'
    else:
        pass
        yield "We know this isn't the first time you've contacted us about this"
    yield ", and we're sorry you've had to chase it.\n"

def block_again_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "I know this isn't the first time you've been in touch about this, and I'm sorry you've had to chase it.\n"

blocks = {'again': block_again, 'again_spoken': block_again_spoken}
debug_info = '2=11&5=12&2=14&3=23&5=33'
