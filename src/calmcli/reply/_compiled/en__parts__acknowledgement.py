# Generated from en/parts/acknowledgement.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'eede74f1-1395'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/acknowledgement.j2'

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
    l_0_what = {'shipping-delay': 'your order has not arrived on time', 'damaged-item': 'your order arrived damaged', 'out-of-stock': 'the item you ordered turned out to be out of stock', 'policy-misreading': 'our terms were not applied the way you expected', 'product-defect': 'the product is not working as it should', 'billing': 'there is a problem with a charge or your invoice', 'other': 'something has not gone the way it should'}
    context.vars['what'] = l_0_what
    context.exported_vars.add('what')
    l_0_thanks = ''
    context.vars['thanks'] = l_0_thanks
    context.exported_vars.add('thanks')
    if (environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'acknowledge') and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) != 'public')):
        pass
        l_0_thanks = str_join((' We ', ('' if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll') else 'also '), 'appreciate you explaining everything in such detail: it gives us the full picture, so you will not need to tell the story again.', ))
        context.vars['thanks'] = l_0_thanks
        context.exported_vars.add('thanks')
    if (((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll') and ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'phone')):
        pass
        yield 'I understand you are calling because '
        yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
        yield '.'
        yield str((undefined(name='thanks') if l_0_thanks is missing else l_0_thanks))
        yield '\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll'):
        pass
        yield 'We have read your message saying that '
        yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
        yield '.'
        yield str((undefined(name='thanks') if l_0_thanks is missing else l_0_thanks))
        yield '\n'
    else:
        pass
        yield 'Thank you for letting us know that '
        yield str(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), (undefined(name='incident') if l_0_incident is missing else l_0_incident)))
        yield '. We understand how frustrating that is'
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'ours'):
            pass
            yield ', and we want to help'
        yield '.'
        yield str((undefined(name='thanks') if l_0_thanks is missing else l_0_thanks))
        yield '\n'

blocks = {}
debug_info = '2=17&11=20&12=23&13=25&15=28&16=31&17=35&18=38&20=45'
