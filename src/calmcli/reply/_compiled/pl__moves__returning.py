# Generated from pl/moves/returning.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'fd2724e9-776'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/returning.j2'

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
    yield 'Wiemy, że to nie pierwszy kontakt w tej sprawie'
    if ((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts) > 1):
        pass
        yield ' (to już '
        yield str(environment.call_binop(context, '+', (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 1))
        yield '. kontakt)'
    yield ' – przepraszamy, że trzeba było pisać ponownie.\n'

def block_again_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Wiem, że to nie pierwszy kontakt w tej sprawie – przepraszam, że trzeba było się odzywać ponownie.\n'

def block_again_noted(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Wiemy, że to nie pierwszy kontakt w tej sprawie.\n'

def block_again_noted_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Widzę, że to nie pierwszy kontakt w tej sprawie.\n'

blocks = {'again': block_again, 'again_spoken': block_again_spoken, 'again_noted': block_again_noted, 'again_noted_spoken': block_again_noted_spoken}
debug_info = '1=11&4=12&8=13&11=14&1=16&2=26&4=33&8=43&11=53'
