# Generated from en/moves/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '2eeff722-1891'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/limits.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['warn'][0](context)
    yield from context.blocks['final'][0](context)
    yield from context.blocks['end'][0](context)
    yield from context.blocks['respect'][0](context)
    yield from context.blocks['warn_spoken'][0](context)
    yield from context.blocks['final_spoken'][0](context)
    yield from context.blocks['end_spoken'][0](context)
    yield from context.blocks['respect_spoken'][0](context)
    yield from context.blocks['warn_letter'][0](context)
    yield from context.blocks['final_letter'][0](context)
    yield from context.blocks['end_letter'][0](context)
    yield from context.blocks['warn_first_spoken'][0](context)
    yield from context.blocks['final_first_spoken'][0](context)

def block_warn(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Please keep things civil: if the insults continue, we won't be able to carry on this conversation.\n"

def block_final(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "This is our final warning: if the insults continue, we won't carry on this conversation.\n"

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "As the insults have continued, we're ending this conversation here.\n"

def block_respect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "We do want to help, and that's much easier when messages stay civil.\n"

def block_warn_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "[If the insults continue:] I'd like to help, but if this goes on I'll have to end the call.\n"

def block_final_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "[If the insults continue:] This is my last warning: if it goes on, I'll end the call.\n"

def block_end_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "[If the insults start again:] I can't carry on the call like this, so I'm going to end it here.\n"

def block_respect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "[If the tone rises:] I want to help you, and it's easier for both of us if we keep this calm.\n"

def block_warn_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Please keep your messages respectful: if the insults continue, we won't be able to reply further.\n"

def block_final_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "This is our final warning: if the insults continue, we won't reply to further messages.\n"

def block_end_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "As the insults have continued, we won't reply to further messages in this tone.\n"

def block_warn_first_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Before we go on: I want to help, but I need us to keep this civil. If the insults continue, I'll have to end the call.\n"

def block_final_first_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "Before we go on, this is my last warning: if the insults continue, I'll end the call.\n"

blocks = {'warn': block_warn, 'final': block_final, 'end': block_end, 'respect': block_respect, 'warn_spoken': block_warn_spoken, 'final_spoken': block_final_spoken, 'end_spoken': block_end_spoken, 'respect_spoken': block_respect_spoken, 'warn_letter': block_warn_letter, 'final_letter': block_final_letter, 'end_letter': block_end_letter, 'warn_first_spoken': block_warn_first_spoken, 'final_first_spoken': block_final_first_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&2=25&5=35&8=45&11=55&14=65&17=75&20=85&23=95&26=105&29=115&32=125&35=135&38=145'
