# Generated from es/parts/incident.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '3486b520-2713'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/incident.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_order = resolve('order')
    l_0_audience = resolve('audience')
    l_0_incident = resolve('incident')
    l_0_fault = resolve('fault')
    l_0_vars = resolve('vars')
    l_0_show = l_0_ref = missing
    pass
    l_0_show = ((undefined(name='order') if l_0_order is missing else l_0_order) and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) != 'public'))
    context.vars['show'] = l_0_show
    context.exported_vars.add('show')
    l_0_ref = (str_join((' del pedido ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if (undefined(name='show') if l_0_show is missing else l_0_show) else '')
    context.vars['ref'] = l_0_ref
    context.exported_vars.add('ref')
    if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'shipping-delay'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'Estamos preguntando a la empresa de transporte dónde se encuentra el paquete'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '.'
        else:
            pass
            yield 'Ya nos hemos comunicado directamente con la empresa de transporte por el envío'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '; usted no tiene que hacer nada.'
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'):
            pass
            yield ' El número de seguimiento es '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'))
            yield ', con el que puede consultar el estado del envío en cualquier momento.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'Estamos revisando qué le ocurrió al artículo'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' durante el embalaje y el transporte.'
        else:
            pass
            yield 'Nos hacemos cargo del artículo dañado'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ': devolverlo no le costará nada.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'out-of-stock'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'restock_date'):
            pass
            yield 'El artículo'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' volverá a estar disponible el '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'restock_date'))
            yield '.'
        else:
            pass
            yield 'Estamos confirmando con nuestro departamento de compras cuándo volverá a estar disponible el artículo'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '.'
        yield ' Su dinero queda a buen recaudo hasta que usted decida qué prefiere.\n'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'policy-misreading'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote'):
            pass
            yield 'Nuestras condiciones dicen, textualmente: «'
            yield str((environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')[:-1] if ((environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')[-1:] == '.') and (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')[-3:] != '...')) else environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote')))
            yield '».'
        else:
            pass
            yield 'Hemos repasado punto por punto las condiciones que se aplican a '
            if (undefined(name='show') if l_0_show is missing else l_0_show):
                pass
                yield 'su pedido '
                yield str((undefined(name='order') if l_0_order is missing else l_0_order))
            else:
                pass
                yield 'su compra'
            yield '.'
        yield ' Dentro de lo que permiten, buscaremos la mejor opción para usted.\n'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'product-defect'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'Estamos revisando el producto'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' con nuestro equipo técnico para encontrar la causa.'
        else:
            pass
            yield 'El producto'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' está cubierto por la garantía, así que la solución no le costará nada.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'billing'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'amount'):
            pass
            yield 'Estamos revisando el cargo de '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'amount'))
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '.'
        else:
            pass
            yield 'Estamos revisando línea por línea el cargo'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' y la factura correspondiente.'
        yield ' '
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
            pass
            yield 'Corregiremos el importe y le devolveremos la diferencia.'
        else:
            pass
            yield 'Si hay algún error, lo corregiremos y le devolveremos la diferencia.'
    else:
        pass
        yield 'Estamos revisando su caso'
        if (undefined(name='show') if l_0_show is missing else l_0_show):
            pass
            yield ', relacionado con el pedido '
            yield str((undefined(name='order') if l_0_order is missing else l_0_order))
            yield ','
        yield ' y una sola persona se ocupará de él hasta que esté resuelto.\n'

blocks = {}
debug_info = '2=17&3=20&4=23&5=25&6=35&7=40&8=42&9=52&10=54&11=67&12=69&13=86&14=88&15=98&16=100&18=121'
