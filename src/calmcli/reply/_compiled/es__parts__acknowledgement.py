# Generated from es/parts/acknowledgement.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '104fbc0a-1401'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/acknowledgement.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_style = resolve('style')
    l_0_audience = resolve('audience')
    l_0_fault = resolve('fault')
    l_0_channel = resolve('channel')
    l_0_incident = resolve('incident')
    l_0_what = l_0_thanks = missing
    pass
    l_0_what = {'shipping-delay': 'su pedido no ha llegado en el plazo previsto', 'damaged-item': 'su pedido ha llegado dañado', 'out-of-stock': 'el artículo que pidió estaba agotado', 'policy-misreading': 'nuestras condiciones no se han aplicado como usted esperaba', 'product-defect': 'el producto no funciona como debería', 'billing': 'hay un problema con un cargo o con su factura', 'other': 'algo no ha salido como debía'}
    context.vars['what'] = l_0_what
    context.exported_vars.add('what')
    l_0_thanks = ''
    context.vars['thanks'] = l_0_thanks
    context.exported_vars.add('thanks')
    if (environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'acknowledge') and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) != 'public')):
        pass
        l_0_thanks = str_join((' Le agradecemos ', ('' if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll') else 'también '), 'que nos lo haya explicado con tanto detalle: así tenemos una visión completa del caso y no tendrá que volver a contárnoslo.', ))
        context.vars['thanks'] = l_0_thanks
        context.exported_vars.add('thanks')
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        if ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'phone'):
            pass
            yield 'Nos comenta que '
            yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
            yield '.'
            yield str((undefined(name='thanks') if l_0_thanks is missing else l_0_thanks))
            yield '\n'
        else:
            pass
            yield 'Hemos leído su mensaje, en el que nos indica que '
            yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
            yield '.'
            yield str((undefined(name='thanks') if l_0_thanks is missing else l_0_thanks))
            yield '\n'
    else:
        pass
        yield 'Gracias por avisarnos de que '
        yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
        yield '. Entendemos lo molesto que resulta'
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'ours'):
            pass
            yield ' y queremos ayudarle'
        yield '.'
        yield str((undefined(name='thanks') if l_0_thanks is missing else l_0_thanks))
        yield '\n'

blocks = {}
debug_info = '2=17&11=20&12=23&13=25&15=28&16=30&17=33&19=40&22=47'
