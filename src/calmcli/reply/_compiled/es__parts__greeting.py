# Generated from es/parts/greeting.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '5558d73a-908'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/parts/greeting.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_channel = resolve('channel')
    l_0_customer = resolve('customer')
    l_0_agent = resolve('agent')
    l_0_signature = resolve('signature')
    l_0_formal = resolve('formal')
    l_0_vars = resolve('vars')
    l_0_first_name = resolve('first_name')
    pass
    if ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'phone'):
        pass
        yield 'Hola'
        if (undefined(name='customer') if l_0_customer is missing else l_0_customer):
            pass
            yield ', '
            yield str((undefined(name='customer') if l_0_customer is missing else l_0_customer))
        yield ', '
        if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
            pass
            yield 'le habla '
            yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
            yield ', de '
            yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
        else:
            pass
            yield 'le atiende '
            yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
        yield '. Gracias por su tiempo.\n'
    elif ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'email'):
        pass
        l_0_formal = ((undefined(name='customer') if l_0_customer is missing else l_0_customer) and ((undefined(name='customer') if l_0_customer is missing else l_0_customer)[:1] != '@'))
        context.vars['formal'] = l_0_formal
        context.exported_vars.add('formal')
        if ((undefined(name='formal') if l_0_formal is missing else l_0_formal) and (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') == 'f')):
            pass
            yield 'Estimada '
            yield str((undefined(name='customer') if l_0_customer is missing else l_0_customer))
            yield ':'
        elif ((undefined(name='formal') if l_0_formal is missing else l_0_formal) and (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') == 'm')):
            pass
            yield 'Estimado '
            yield str((undefined(name='customer') if l_0_customer is missing else l_0_customer))
            yield ':'
        elif (undefined(name='customer') if l_0_customer is missing else l_0_customer):
            pass
            yield 'Hola, '
            yield str((undefined(name='customer') if l_0_customer is missing else l_0_customer))
            yield ':'
        else:
            pass
            yield 'Hola:'
    else:
        pass
        yield 'Hola'
        if (undefined(name='first_name') if l_0_first_name is missing else l_0_first_name):
            pass
            yield ', '
            yield str((undefined(name='first_name') if l_0_first_name is missing else l_0_first_name))
        yield ':\n'

blocks = {}
debug_info = '3=18&4=21&5=37&6=39&7=42&9=63'
