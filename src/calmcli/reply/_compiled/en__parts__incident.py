# Generated from en/parts/incident.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'd926be74-2369'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/incident.j2'

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
    l_0_ref = missing
    pass
    l_0_ref = (str_join((' for order ', (undefined(name='order') if l_0_order is missing else l_0_order), )) if ((undefined(name='order') if l_0_order is missing else l_0_order) and ((undefined(name='audience') if l_0_audience is missing else l_0_audience) != 'public')) else '')
    context.vars['ref'] = l_0_ref
    context.exported_vars.add('ref')
    if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'shipping-delay'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'We are asking the carrier where the parcel'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' is now.'
        else:
            pass
            yield 'We have contacted the carrier ourselves about the parcel'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '; you do not need to do anything.'
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'):
            pass
            yield ' The tracking number is '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'tracking'))
            yield ', so you can follow it at any time.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'We are reviewing what happened to the item'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' during packing and transport.'
        else:
            pass
            yield 'We will take care of the damaged item'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ': you will not have to pay anything to return it.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'out-of-stock'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'restock_date'):
            pass
            yield 'The item'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' will be back in stock on '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'restock_date'))
            yield '.'
        else:
            pass
            yield 'We are confirming with our purchasing team when the item'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' will be back in stock.'
        yield ' Your money is safe with us until you decide what you would prefer.\n'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'policy-misreading'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote'):
            pass
            yield 'Our terms say, word for word: "'
            yield str(environment.call(context, environment.getattr(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote'), 'rstrip'), '.'))
            yield str(('' if (environment.call(context, environment.getattr(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'policy_quote'), 'rstrip'), '.')[-1:] in '!?') else '.'))
            yield '"'
        else:
            pass
            yield 'We have gone through the terms that apply to your purchase'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' point by point.'
        yield ' Within those terms, we will find the best option for you.\n'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'product-defect'):
        pass
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
            pass
            yield 'We are checking the product'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' with our technical team to find the cause.'
        else:
            pass
            yield 'The product'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' is covered by our warranty, so putting it right will cost you nothing.'
    elif ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'billing'):
        pass
        if environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'amount'):
            pass
            yield 'We are reviewing the charge of '
            yield str(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'amount'))
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield '.'
        else:
            pass
            yield 'We are reviewing the charge'
            yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
            yield ' and its invoice line by line.'
        yield ' '
        if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
            pass
            yield 'We will correct the amount and refund the difference.'
        else:
            pass
            yield 'If anything is wrong, we will correct it and refund the difference.'
    else:
        pass
        yield 'We are reviewing your case'
        yield str((undefined(name='ref') if l_0_ref is missing else l_0_ref))
        yield ', and one person will look after it until it is resolved.\n'

blocks = {}
debug_info = '2=17&3=20&4=22&5=32&6=37&7=39&8=49&9=51&10=64&11=66&12=78&13=80&14=90&15=92&17=113'
