# Generated from ca/parts/compensation.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'c49df953-1012'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/compensation.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_compensation = resolve('compensation')
    l_0_fault = resolve('fault')
    l_0_prep = resolve('prep')
    try:
        t_1 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    pass
    if ((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation) and ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'troll')):
        pass
        if (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'discount'):
            pass
            l_0_prep = ('de l’' if (t_1(environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'percent')) in ['1', '11']) else 'del ')
            context.vars['prep'] = l_0_prep
            context.exported_vars.add('prep')
            yield 'Per compensar les molèsties, li volem oferir un descompte '
            yield str((undefined(name='prep') if l_0_prep is missing else l_0_prep))
            yield str(environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'percent'))
            yield ' % per a la seva propera compra.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'free-shipping'):
            pass
            yield 'Per compensar les molèsties, la seva propera comanda tindrà l’enviament gratuït.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'free-return'):
            pass
            yield 'Perquè li resulti més còmode, li enviarem una etiqueta de devolució prepagada.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'gift'):
            pass
            yield 'Per compensar les molèsties, inclourem un petit obsequi amb la seva propera comanda.\n'

blocks = {}
debug_info = '2=20&3=22&5=24&6=28&7=31&9=34&11=37'
