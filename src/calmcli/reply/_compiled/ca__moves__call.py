# Generated from ca/moves/call.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '03efa05f-355'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/moves/call.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['later'][0](context)

def block_later(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_call_at = resolve('call_at')
    try:
        t_1 = environment.filters['clock']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clock' found.")
    try:
        t_2 = environment.filters['on_day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'on_day' found.")
    pass
    yield '[Trucar '
    yield str(t_2(context, (undefined(name='call_at') if l_0_call_at is missing else l_0_call_at)))
    yield ' a partir de '
    yield str(t_1(context, (undefined(name='call_at') if l_0_call_at is missing else l_0_call_at)))
    yield '.]\n'

blocks = {'later': block_later}
debug_info = '2=11&3=35'
