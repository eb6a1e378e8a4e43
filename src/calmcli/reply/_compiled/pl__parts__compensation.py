# Generated from pl/parts/compensation.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'cb313f4d-1025'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/compensation.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_compensation = resolve('compensation')
    l_0_fault = resolve('fault')
    l_0_g = l_0_dat = missing
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    l_0_dat = environment.getitem({'f': 'Pani', 'm': 'Panu', 'n': 'Państwu'}, (undefined(name='g') if l_0_g is missing else l_0_g))
    context.vars['dat'] = l_0_dat
    context.exported_vars.add('dat')
    if ((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation) and ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'troll')):
        pass
        if (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'discount'):
            pass
            yield 'W ramach rekompensaty za niedogodności chcielibyśmy zaproponować '
            yield str((undefined(name='dat') if l_0_dat is missing else l_0_dat))
            yield ' rabat '
            yield str(environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'percent'))
            yield '% na kolejne zakupy.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'free-shipping'):
            pass
            yield 'W ramach rekompensaty za niedogodności kolejne zamówienie wyślemy '
            yield str((undefined(name='dat') if l_0_dat is missing else l_0_dat))
            yield ' bezpłatnie.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'free-return'):
            pass
            yield 'Koszt zwrotu bierzemy na siebie – prześlemy '
            yield str((undefined(name='dat') if l_0_dat is missing else l_0_dat))
            yield ' opłaconą etykietę zwrotną.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'gift'):
            pass
            yield 'W ramach rekompensaty za niedogodności do kolejnego zamówienia dołączymy drobny upominek.\n'

blocks = {}
debug_info = '2=15&3=18&4=21&5=23&6=26&7=30&8=33&9=35&10=38&11=40'
