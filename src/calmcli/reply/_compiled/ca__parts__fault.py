# Generated from ca/parts/fault.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'ee68b77a-914'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/fault.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fault = resolve('fault')
    l_0_vars = resolve('vars')
    pass
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
        pass
        yield 'Ha estat un error nostre i li’n demanem disculpes. Ens n’ocupem personalment i ho estem solucionant ara mateix.\n'
    elif (((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'not-ours') and environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'cause')):
        pass
        yield 'Hem analitzat el cas amb atenció i això és el que ha passat: '
        yield str(environment.call(context, environment.getattr(environment.call(context, environment.getattr(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'cause'), 'strip')), 'rstrip'), ' .…,;:'))
        yield '.\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'not-ours'):
        pass
        yield 'Hem analitzat el cas amb atenció i ens agradaria repassar-lo amb vostè pas a pas, perquè quedi tot ben clar.\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
        pass
        yield 'Encara no en sabem la causa i no volem fer suposicions, així que ho estem comprovant ara mateix.\n'
    else:
        pass
        yield 'Si hi ha hagut alguna incidència, la resoldrem amb molt de gust.\n'

blocks = {}
debug_info = '2=13&4=16&5=19&6=21&8=24'
