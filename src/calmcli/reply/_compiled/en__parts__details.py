# Generated from en/parts/details.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '946aabfa-1371'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/details.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_style = resolve('style')
    l_0_order = resolve('order')
    l_0_promise = resolve('promise')
    l_0_vars = resolve('vars')
    l_0_incident = resolve('incident')
    try:
        t_1 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'expertise'):
        pass
        yield 'The details you point out are relevant, and we have checked every one of them.\n\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'steps'):
        pass
        yield 'This is exactly what happens next:\n1. Today we register your case'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ' under order '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '.\n2. '
        yield str(str_join((t_1((undefined(name='promise') if l_0_promise is missing else l_0_promise)[:1]), (undefined(name='promise') if l_0_promise is missing else l_0_promise)[1:], )))
        yield ', we will send you the result.\n3. Once you confirm that everything is in order, we will close the case.\n\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'facts'):
        pass
        if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking') and ((undefined(name='incident') if l_0_incident is missing else l_0_incident) != 'shipping-delay')):
            pass
            yield 'With tracking number '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'))
            yield ", you can check the parcel's status yourself on the carrier's website. "
        if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote') and ((undefined(name='incident') if l_0_incident is missing else l_0_incident) != 'policy-misreading')):
            pass
            yield 'Our terms state: "'
            yield str(environment.call(context, environment.getattr(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote'), 'rstrip'), '.'))
            yield str(('' if (environment.call(context, environment.getattr(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote'), 'rstrip'), '.')[-1:] in '!?') else '.'))
            yield '" '
        yield 'Every step is recorded in '
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield 'the history of order '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        else:
            pass
            yield 'your case history'
        yield ', and we will confirm each one to you in writing.\n\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'invite'):
        pass
        yield 'If you have a solution in mind that you would consider fair, let us know and we will give it serious consideration.\n'

blocks = {}
debug_info = '2=22&6=25&8=28&9=33&13=35&14=37&15=42&16=49&19=57'
