# Generated from es/moves/returning.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '606cf6ff-1254'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/returning.j2'

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
        yield 'Lamentamos que haya tenido que escribirnos '
        yield str((environment.getitem(['', '', 'dos', 'tres', 'cuatro', 'cinco'], environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 5) else environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)))
        yield ' veces por este motivo'
    else:
        pass
        yield 'Lamentamos que haya tenido que volver a escribirnos por este motivo'
    yield '.\n'

def block_again_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Sé que no es la primera vez que nos contacta por esto y siento que haya tenido que insistir.\n'

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
        yield 'Lamentamos también que haya tenido que escribirnos '
        yield str((environment.getitem(['', '', 'dos', 'tres', 'cuatro', 'cinco'], environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 5) else environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)))
        yield ' veces por este motivo'
    else:
        pass
        yield 'Lamentamos también que haya tenido que volver a escribirnos por este motivo'
    yield '.\n'

def block_again_noted_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Veo que ya se ha puesto en contacto con nosotros por este motivo.\n'

blocks = {'again': block_again, 'again_spoken': block_again_spoken, 'again_noted': block_again_noted, 'again_noted_spoken': block_again_noted_spoken}
debug_info = '2=11&5=12&9=13&12=14&2=16&3=25&5=35&9=45&10=54&12=64'
