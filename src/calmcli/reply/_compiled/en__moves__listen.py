# Generated from en/moves/listen.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'fab34c5f-717'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/moves/listen.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['thanks_spoken'][0](context)
    yield from context.blocks['noted_spoken'][0](context)
    yield from context.blocks['plain_spoken'][0](context)
    yield from context.blocks['answer_troll_spoken'][0](context)

def block_thanks_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Listen.] Thank you.\n'

def block_noted_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Listen.] I see. Thank you for explaining.\n'

def block_plain_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Listen.]\n'

def block_answer_troll_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Listen.] Understood.\n'

blocks = {'thanks_spoken': block_thanks_spoken, 'noted_spoken': block_noted_spoken, 'plain_spoken': block_plain_spoken, 'answer_troll_spoken': block_answer_troll_spoken}
debug_info = '2=11&5=12&9=13&13=14&2=16&5=26&9=36&13=46'
