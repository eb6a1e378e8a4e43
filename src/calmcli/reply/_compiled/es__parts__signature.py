# Generated from es/parts/signature.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '3f8f46b4-334'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/signature.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_audience = resolve('audience')
    l_0_agent = resolve('agent')
    l_0_signature = resolve('signature')
    pass
    if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'public'):
        pass
        if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
            pass
            yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
            yield ', '
        yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
        yield '\n'
    else:
        pass
        yield 'Un cordial saludo,\n'
        if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
            pass
            yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
            yield '\n'
        yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
        yield '\n'

blocks = {}
debug_info = '1=14&2=16&5=25&7=29'
