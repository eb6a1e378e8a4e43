# Generated from en/moves/greet.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'd76e0a03-1176'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/greet.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['letter'][0](context)
    yield from context.blocks['dm'][0](context)
    yield from context.blocks['public'][0](context)
    yield from context.blocks['chat'][0](context)
    yield from context.blocks['spoken'][0](context)

def block_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    pass
    if ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) and ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as)[:1] != '@')):
        pass
        yield 'Dear '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield ','
    elif (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield 'Hello '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield ','
    else:
        pass
        yield 'Hello,'

def block_dm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    pass
    yield 'Hi'
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ' '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
    yield ',\n'

def block_public(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    pass
    yield 'Hi'
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ' '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
    yield ',\n'

def block_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_greet_as = resolve('greet_as')
    l_0_agent = resolve('agent')
    l_0_team = resolve('team')
    pass
    yield 'Hi'
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ' '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
    yield ', '
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield 'this is '
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ' from '
            yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        yield '.'
    else:
        pass
        yield 'thanks for waiting.'

def block_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_daypart = resolve('daypart')
    l_0_greet_as = resolve('greet_as')
    l_0_agent = resolve('agent')
    l_0_team = resolve('team')
    l_0_brand = resolve('brand')
    pass
    yield str(environment.getitem({'morning': 'Good morning', 'afternoon': 'Good afternoon', 'evening': 'Good evening'}, (undefined(name='daypart') if l_0_daypart is missing else l_0_daypart)))
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield ', am I speaking with '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield '?'
    else:
        pass
        yield '.'
    yield ' '
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield 'This is '
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='team') if l_0_team is missing else l_0_team):
            pass
            yield ' from '
            yield str((undefined(name='team') if l_0_team is missing else l_0_team))
            if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
                pass
                yield ' at '
                yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
        yield '.'
    elif (undefined(name='team') if l_0_team is missing else l_0_team):
        pass
        yield "I'm calling from "
        yield str((undefined(name='team') if l_0_team is missing else l_0_team))
        if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
            pass
            yield ' at '
            yield str((undefined(name='brand') if l_0_brand is missing else l_0_brand))
        yield '.'

blocks = {'letter': block_letter, 'dm': block_dm, 'public': block_public, 'chat': block_chat, 'spoken': block_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&2=17&3=26&5=40&6=50&8=56&9=66&11=72&12=84&14=102&15=115'
