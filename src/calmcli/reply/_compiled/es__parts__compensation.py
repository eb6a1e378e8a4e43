# Generated from es/parts/compensation.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '01736476-850'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/compensation.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_compensation = resolve('compensation')
    l_0_fault = resolve('fault')
    pass
    if ((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation) and ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'troll')):
        pass
        if (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'discount'):
            pass
            yield 'Para compensar las molestias, queremos ofrecerle un '
            yield str(environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'percent'))
            yield ' % de descuento en su próxima compra.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'free-shipping'):
            pass
            yield 'Para compensar las molestias, el envío de su próximo pedido será gratuito.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'free-return'):
            pass
            yield 'Para facilitarle la devolución, le enviaremos una etiqueta de envío prepagada.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'gift'):
            pass
            yield 'Para compensar las molestias, incluiremos un pequeño obsequio en su próximo pedido.\n'

blocks = {}
debug_info = '2=13&3=15&4=18&5=20&7=23&9=26'
