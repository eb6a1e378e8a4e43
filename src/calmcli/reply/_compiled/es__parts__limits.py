# Generated from es/parts/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'df65f104-1055'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/limits.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_warning_level = resolve('warning_level')
    l_0_fault = resolve('fault')
    l_0_style = resolve('style')
    pass
    if ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) == 1):
        pass
        yield 'Tenga en cuenta que en nuestros canales no se admiten insultos ni amenazas. Si continúan, tendremos que dar por finalizada esta conversación.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) == 2):
        pass
        yield 'Este es nuestro último aviso: si continúan los insultos, daremos por finalizada esta conversación. Su caso seguirá abierto y podrá seguir tratándolo con nosotros por correo electrónico o por mensaje privado.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) >= 3):
        pass
        yield 'Como los insultos no han cesado, damos por finalizada aquí esta conversación. Su caso sigue abierto y puede escribirnos por correo electrónico cuando lo desee.\n'
    elif (((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll') or environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'limits')):
        pass
        yield 'Queremos ayudarle y, para ello, necesitamos que esta conversación se mantenga en un tono respetuoso por ambas partes.\n'

blocks = {}
debug_info = '2=14&4=17&6=20&8=23'
