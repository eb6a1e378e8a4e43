# Generated from es/parts/handover.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'b98b35f6-578'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/handover.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fault = resolve('fault')
    pass
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        yield 'Tratamos cada caso con la misma atención. Le hemos enviado un mensaje privado para revisar los detalles de su caso.\n'
    else:
        pass
        yield 'Ya estamos trabajando en ello. Le hemos enviado un mensaje privado para revisar los detalles de su pedido sin tener que compartirlos aquí.\n'

blocks = {}
debug_info = '2=12'
