# Generated from es/parts/closing.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '743a9f6e-514'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/closing.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_warning_level = resolve('warning_level')
    l_0_fault = resolve('fault')
    l_0_channel = resolve('channel')
    pass
    if ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) < 3):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
            pass
            yield 'Gracias.\n'
        elif ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'phone'):
            pass
            yield '¿Hay algo más en lo que pueda ayudarle hoy?\n'
        else:
            pass
            yield 'Gracias por su paciencia'
            if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
                pass
                yield ' y por darnos la oportunidad de solucionarlo'
            yield '.\n'

blocks = {}
debug_info = '2=14&3=16&5=19&8=25'
