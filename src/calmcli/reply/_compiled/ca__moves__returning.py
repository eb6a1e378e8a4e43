# Generated from ca/moves/returning.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '64961413-1256'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/returning.j2'

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
        yield 'Lamentem que ens hagi hagut d’escriure '
        yield str((environment.getitem(['', '', 'dues', 'tres', 'quatre', 'cinc'], environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 5) else environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)))
        yield ' vegades per aquest motiu'
    else:
        pass
        yield 'Lamentem que ens hagi hagut de tornar a escriure per aquest motiu'
    yield '.\n'

def block_again_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Sé que no és la primera vegada que ens contacta per aquest motiu i sento que hagi hagut d’insistir.\n'

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
        yield 'Lamentem també que ens hagi hagut d’escriure '
        yield str((environment.getitem(['', '', 'dues', 'tres', 'quatre', 'cinc'], environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)) if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) < 5) else environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1)))
        yield ' vegades per aquest motiu'
    else:
        pass
        yield 'Lamentem també que ens hagi hagut de tornar a escriure per aquest motiu'
    yield '.\n'

def block_again_noted_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Veig que ja s’ha posat en contacte amb nosaltres per aquest motiu.\n'

blocks = {'again': block_again, 'again_spoken': block_again_spoken, 'again_noted': block_again_noted, 'again_noted_spoken': block_again_noted_spoken}
debug_info = '2=11&5=12&9=13&12=14&2=16&3=25&5=35&9=45&10=54&12=64'
