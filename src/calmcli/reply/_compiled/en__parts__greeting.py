# Generated from en/parts/greeting.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'c0b032f9-658'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/greeting.j2'

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
    l_0_first_name = resolve('first_name')
    pass
    if ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'phone'):
        pass
        yield 'Hello'
        if (undefined(name='customer') if l_0_customer is missing else l_0_customer):
            pass
            yield ' '
            yield str((undefined(name='customer') if l_0_customer is missing else l_0_customer))
        yield ', this is '
        if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
            pass
            yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
            yield ' from '
        yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
        yield '. Thank you for your time.\n'
    elif ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'email'):
        pass
        if ((undefined(name='customer') if l_0_customer is missing else l_0_customer) and ((undefined(name='customer') if l_0_customer is missing else l_0_customer)[:1] != '@')):
            pass
            yield 'Dear '
            yield str((undefined(name='customer') if l_0_customer is missing else l_0_customer))
            yield ','
        elif (undefined(name='customer') if l_0_customer is missing else l_0_customer):
            pass
            yield 'Hello '
            yield str((undefined(name='customer') if l_0_customer is missing else l_0_customer))
            yield ','
        else:
            pass
            yield 'Hello,'
    else:
        pass
        yield 'Hello'
        if (undefined(name='first_name') if l_0_first_name is missing else l_0_first_name):
            pass
            yield ' '
            yield str((undefined(name='first_name') if l_0_first_name is missing else l_0_first_name))
        yield ',\n'

blocks = {}
debug_info = '2=16&3=19&4=30&5=32&7=48'
