# Generated from ca/parts/handover.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '87b3d7cc-548'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/handover.j2'

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
        yield 'Li hem enviat un missatge privat per revisar els detalls del seu cas i donar-li una resposta concreta.\n'
    else:
        pass
        yield 'Per no haver de publicar cap dada aquí, li hem enviat un missatge privat per revisar els detalls de la comanda.\n'

blocks = {}
debug_info = '2=12'
