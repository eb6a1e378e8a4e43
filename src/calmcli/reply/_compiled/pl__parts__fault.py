# Generated from pl/parts/fault.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'b9efaec3-1524'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/fault.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_fault = resolve('fault')
    l_0_g = l_0_c = l_0_cause = missing
    try:
        t_1 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    l_0_c = t_1((environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'cause') or ''))
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    l_0_cause = ((undefined(name='c') if l_0_c is missing else l_0_c) if (((undefined(name='c') if l_0_c is missing else l_0_c)[-1:] in ['!', '?', '…']) or ((undefined(name='c') if l_0_c is missing else l_0_c)[-3:] == '...')) else str_join((t_1(environment.call(context, environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'rstrip'), '.')), '.', )))
    context.vars['cause'] = l_0_cause
    context.exported_vars.add('cause')
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
        pass
        yield 'To był nasz błąd, za który bardzo przepraszamy. Naprawimy go i osobiście tego dopilnujemy.\n'
    elif ((((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'not-ours') and environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'cause')) and ((undefined(name='cause') if l_0_cause is missing else l_0_cause) != '.')):
        pass
        yield 'Dokładnie przeanalizowaliśmy sytuację i oto, co się wydarzyło: '
        yield str((undefined(name='cause') if l_0_cause is missing else l_0_cause))
        yield '\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'not-ours'):
        pass
        yield 'Dokładnie przeanalizowaliśmy sytuację i chętnie omówimy z '
        yield str(environment.getitem({'f': 'Panią', 'm': 'Panem', 'n': 'Państwem'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' krok po kroku, co się wydarzyło, tak aby wszystko było jasne.\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
        pass
        yield 'Nie znamy jeszcze przyczyny i nie chcemy zgadywać – najpierw rzetelnie ją ustalimy.\n'
    else:
        pass
        yield 'Chętnie pomożemy rozwiązać każdy konkretny problem z zamówieniem – jest na to prosty sposób.\n'

blocks = {}
debug_info = '5=20&6=23&7=26&8=29&10=32&11=35&12=37&13=40&14=42'
