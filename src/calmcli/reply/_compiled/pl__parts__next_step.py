# Generated from pl/parts/next_step.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '6286a21b-1586'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/next_step.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_next_contact = resolve('next_contact')
    l_0_fault = resolve('fault')
    l_0_promise = resolve('promise')
    l_0_warning_level = resolve('warning_level')
    l_0_channel = resolve('channel')
    l_0_style = resolve('style')
    l_0_g = l_0_day = l_0_on_day = missing
    try:
        t_1 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    l_0_day = t_2(context.eval_ctx, t_2(context.eval_ctx, t_2(context.eval_ctx, t_1(context, (undefined(name='next_contact') if l_0_next_contact is missing else l_0_next_contact)), 'środa', 'środę'), 'sobota', 'sobotę'), 'niedziela', 'niedzielę')
    context.vars['day'] = l_0_day
    context.exported_vars.add('day')
    l_0_on_day = str_join((('we ' if ((undefined(name='day') if l_0_day is missing else l_0_day)[:6] == 'wtorek') else 'w '), (undefined(name='day') if l_0_day is missing else l_0_day), ))
    context.vars['on_day'] = l_0_on_day
    context.exported_vars.add('on_day')
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
        pass
        yield 'Odezwiemy się najpóźniej '
        yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
        yield ' – nawet jeśli wciąż będziemy czekać na nowe informacje.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) >= 3):
        pass
        yield 'Do sprawy wrócimy '
        yield str((undefined(name='on_day') if l_0_on_day is missing else l_0_on_day))
        yield '.\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        yield 'Jeśli z zamówieniem jest jakiś problem, prosimy przekazać nam szczegóły – zajmiemy się nim. Do sprawy wrócimy '
        yield str((undefined(name='on_day') if l_0_on_day is missing else l_0_on_day))
        yield '.\n'
    elif ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'chat'):
        pass
        yield 'Najpóźniej '
        yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
        yield ' przekażemy '
        yield str(environment.getitem({'f': 'Pani', 'm': 'Panu', 'n': 'Państwu'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' informację o postępach.\n'
    elif environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'steps'):
        pass
        yield 'Gdyby w międzyczasie pojawiły się jakiekolwiek pytania, jesteśmy do '
        yield str(environment.getitem({'f': 'Pani', 'm': 'Pana', 'n': 'Państwa'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ' dyspozycji.\n'
    else:
        pass
        yield 'Najpóźniej '
        yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
        yield ' skontaktujemy się z '
        yield str(environment.getitem({'f': 'Panią', 'm': 'Panem', 'n': 'Państwem'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield ', żeby potwierdzić, że sprawa została rozwiązana.\n'

blocks = {}
debug_info = '3=31&4=34&5=37&6=40&7=43&8=45&9=48&10=50&11=53&12=55&13=58&14=62&16=65&18=70'
