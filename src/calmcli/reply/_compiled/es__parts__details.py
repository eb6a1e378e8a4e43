# Generated from es/parts/details.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '77023c63-1472'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/details.j2'

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
        yield 'Los detalles que nos señala son pertinentes y los hemos revisado uno por uno.\n\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'steps'):
        pass
        yield 'Estos son exactamente los próximos pasos:\n1. Hoy registramos su incidencia'
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield ', asociada al pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        yield '.\n2. '
        yield str(str_join((t_1((undefined(name='promise') if l_0_promise is missing else l_0_promise)[:1]), (undefined(name='promise') if l_0_promise is missing else l_0_promise)[1:], )))
        yield ', le enviaremos el resultado.\n3. En cuanto nos confirme que todo está en orden, cerraremos la incidencia.\n\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'facts'):
        pass
        if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking') and ((undefined(name='incident') if l_0_incident is missing else l_0_incident) != 'shipping-delay')):
            pass
            yield 'Con el número de seguimiento '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'))
            yield ' puede consultar el estado del envío por su cuenta en la web de la empresa de transporte. '
        if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote') and ((undefined(name='incident') if l_0_incident is missing else l_0_incident) != 'policy-misreading')):
            pass
            yield 'Nuestras condiciones establecen lo siguiente: «'
            yield str((environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')[:-1] if ((environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')[-1:] == '.') and (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')[-3:] != '...')) else environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')))
            yield '». '
        yield 'Cada paso queda registrado en '
        if (undefined(name='order') if l_0_order is missing else l_0_order):
            pass
            yield 'el historial de su pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
        else:
            pass
            yield 'el historial de su incidencia'
        yield ', y le confirmaremos cada uno por escrito.\n\n'
    if environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'invite'):
        pass
        yield 'Si hay alguna solución que a usted le parezca justa, díganoslo y la estudiaremos con atención.\n'

blocks = {}
debug_info = '2=22&6=25&8=28&9=33&13=35&14=37&15=42&16=48&19=56'
