# Generated from en/moves/greet.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '773fcbab-1775'
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
    yield from context.blocks['chat_plain'][0](context)

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
    yield 'Hi '
    yield str(((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) if ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) and ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as)[:1] != '@')) else 'there'))
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
    yield 'Hi '
    yield str(((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) or 'there'))
    yield ',\n'

def block_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_team = resolve('team')
    l_0_greet_as = resolve('greet_as')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='brand') if l_0_brand is missing else l_0_brand), ' ', (undefined(name='team') if l_0_team is missing else l_0_team), )) if ((undefined(name='brand') if l_0_brand is missing else l_0_brand) and (undefined(name='team') if l_0_team is missing else l_0_team)) else ((undefined(name='team') if l_0_team is missing else l_0_team) or (undefined(name='brand') if l_0_brand is missing else l_0_brand)))
    _block_vars['who'] = l_0_who
    yield 'Hi '
    yield str(((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) if ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) and ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as)[:1] != '@')) else 'there'))
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield ', this is '
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='who') if l_0_who is missing else l_0_who):
            pass
            yield ' from '
            yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    elif (undefined(name='who') if l_0_who is missing else l_0_who):
        pass
        yield ', this is '
        yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    yield '.\n'

def block_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_team = resolve('team')
    l_0_agent = resolve('agent')
    l_0_agent_slot = resolve('agent_slot')
    l_0_daypart = resolve('daypart')
    l_0_greet_as = resolve('greet_as')
    l_0_order = resolve('order')
    l_0_who = l_0_me = l_0_hello = missing
    pass
    l_0_who = (str_join(((undefined(name='brand') if l_0_brand is missing else l_0_brand), ' ', (undefined(name='team') if l_0_team is missing else l_0_team), )) if ((undefined(name='brand') if l_0_brand is missing else l_0_brand) and (undefined(name='team') if l_0_team is missing else l_0_team)) else ((undefined(name='team') if l_0_team is missing else l_0_team) or (undefined(name='brand') if l_0_brand is missing else l_0_brand)))
    _block_vars['who'] = l_0_who
    l_0_me = (str_join(('This is ', ((undefined(name='agent') if l_0_agent is missing else l_0_agent) or '[your name]'), (str_join((' from ', (undefined(name='who') if l_0_who is missing else l_0_who), )) if (undefined(name='who') if l_0_who is missing else l_0_who) else ''), '.', )) if ((undefined(name='agent') if l_0_agent is missing else l_0_agent) or (undefined(name='agent_slot') if l_0_agent_slot is missing else l_0_agent_slot)) else (str_join(("I'm calling from ", (undefined(name='who') if l_0_who is missing else l_0_who), '.', )) if (undefined(name='who') if l_0_who is missing else l_0_who) else ''))
    _block_vars['me'] = l_0_me
    l_0_hello = environment.getitem({'morning': 'Good morning', 'afternoon': 'Good afternoon', 'evening': 'Good evening'}, (undefined(name='daypart') if l_0_daypart is missing else l_0_daypart))
    _block_vars['hello'] = l_0_hello
    if (undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as):
        pass
        yield str((undefined(name='hello') if l_0_hello is missing else l_0_hello))
        yield ', is that '
        yield str((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as))
        yield '? '
        yield str((undefined(name='me') if l_0_me is missing else l_0_me))
    elif (undefined(name='order') if l_0_order is missing else l_0_order):
        pass
        yield str((undefined(name='hello') if l_0_hello is missing else l_0_hello))
        yield '. '
        yield str((undefined(name='me') if l_0_me is missing else l_0_me))
        yield ' Am I speaking to the person who placed order '
        yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '?'
    else:
        pass
        yield str((undefined(name='hello') if l_0_hello is missing else l_0_hello))
        yield '. '
        yield str((undefined(name='me') if l_0_me is missing else l_0_me))

def block_chat_plain(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_team = resolve('team')
    l_0_greet_as = resolve('greet_as')
    l_0_agent = resolve('agent')
    l_0_who = missing
    pass
    l_0_who = (str_join(((undefined(name='brand') if l_0_brand is missing else l_0_brand), ' ', (undefined(name='team') if l_0_team is missing else l_0_team), )) if ((undefined(name='brand') if l_0_brand is missing else l_0_brand) and (undefined(name='team') if l_0_team is missing else l_0_team)) else ((undefined(name='team') if l_0_team is missing else l_0_team) or (undefined(name='brand') if l_0_brand is missing else l_0_brand)))
    _block_vars['who'] = l_0_who
    yield 'Hi '
    yield str(((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) if ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as) and ((undefined(name='greet_as') if l_0_greet_as is missing else l_0_greet_as)[:1] != '@')) else 'there'))
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield ', this is '
        yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
        if (undefined(name='who') if l_0_who is missing else l_0_who):
            pass
            yield ' from '
            yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    elif (undefined(name='who') if l_0_who is missing else l_0_who):
        pass
        yield ', this is '
        yield str((undefined(name='who') if l_0_who is missing else l_0_who))
    yield '.\n'

blocks = {'letter': block_letter, 'dm': block_dm, 'public': block_public, 'chat': block_chat, 'spoken': block_spoken, 'chat_plain': block_chat_plain}
debug_info = '3=11&6=12&9=13&12=14&16=15&22=16&3=18&4=27&6=36&7=46&9=49&10=59&12=62&13=75&14=78&16=93&17=109&18=111&19=113&20=115&22=136&23=149&24=152'
