# Generated from es/parts/options.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '9a9ec895-1421'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/options.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_style = resolve('style')
    l_0_options = resolve('options')
    l_0_names = missing
    pass
    l_0_names = {'wait': 'Esperar: seguimos de cerca el paquete y le avisamos en cuanto haya novedades', 'reship': 'Nuevo envío: le mandamos hoy mismo un paquete nuevo', 'refund': 'Reembolso: le devolvemos el importe íntegro', 'replacement': 'Sustitución: le enviamos un artículo nuevo sin ningún coste', 'repair': 'Reparación: se lo reparamos dentro de la garantía', 'backorder': 'Esperar la reposición: se lo enviamos con prioridad en cuanto nos llegue', 'alternative': 'Alternativa: le proponemos un artículo similar que ya tenemos en almacén', 'return': 'Devolución: nos devuelve el artículo y le reembolsamos el importe', 'exchange': 'Cambio: se lo cambiamos por otra talla u otro modelo', 'store-credit': 'Saldo en tienda: le abonamos el importe íntegro como saldo para sus próximas compras', 'corrected-invoice': 'Factura corregida: le emitimos una nueva factura con los datos correctos'}
    context.vars['names'] = l_0_names
    context.exported_vars.add('names')
    if (environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'options') and (undefined(name='options') if l_0_options is missing else l_0_options)):
        pass
        yield 'Puede elegir la opción que mejor le convenga:\n'
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options)[:3], undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_loop, 'index'))
            yield '. '
            yield str(environment.getitem((undefined(name='names') if l_0_names is missing else l_0_names), l_1_option))
            yield '.\n'
        l_1_loop = l_1_option = missing
        yield 'Si tiene dudas, la primera opción suele ser la más rápida.\n'

blocks = {}
debug_info = '2=14&15=17&17=21&18=24'
