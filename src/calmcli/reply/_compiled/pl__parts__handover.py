# Generated from pl/parts/handover.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'e9fe5622-719'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/handover.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_fault = resolve('fault')
    l_0_g = l_0_dat = missing
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    l_0_dat = environment.getitem({'f': 'Pani', 'm': 'Panu', 'n': 'Państwu'}, (undefined(name='g') if l_0_g is missing else l_0_g))
    context.vars['dat'] = l_0_dat
    context.exported_vars.add('dat')
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        yield 'Każde zgłoszenie traktujemy z jednakową starannością. Wysłaliśmy '
        yield str((undefined(name='dat') if l_0_dat is missing else l_0_dat))
        yield ' wiadomość prywatną, żeby przyjrzeć się szczegółom.\n'
    else:
        pass
        yield 'Już się tym zajmujemy i wysłaliśmy '
        yield str((undefined(name='dat') if l_0_dat is missing else l_0_dat))
        yield ' wiadomość prywatną, żeby omówić szczegóły zamówienia bez publikowania ich tutaj.\n'

blocks = {}
debug_info = '2=14&3=17&4=20&5=23&7=28'
