# Generated from ca/parts/greeting.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '2ffa433b-841'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/greeting.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_signature = resolve('signature')
    l_0_channel = resolve('channel')
    l_0_customer = resolve('customer')
    l_0_agent = resolve('agent')
    l_0_first_name = resolve('first_name')
    l_0_de = missing
    pass
    l_0_de = ('d’' if ((undefined(name='signature') if l_0_signature is missing else l_0_signature) and ((undefined(name='signature') if l_0_signature is missing else l_0_signature)[:1] in 'AEIOUHaeiouhÀÈÉÍÏÒÓÚÜàèéíïòóúü')) else 'de ')
    context.vars['de'] = l_0_de
    context.exported_vars.add('de')
    if ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'phone'):
        pass
        yield 'Hola'
        if (undefined(name='customer') if l_0_customer is missing else l_0_customer):
            pass
            yield ', '
            yield str((undefined(name='customer') if l_0_customer is missing else l_0_customer))
        yield '. '
        if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
            pass
            yield 'Li parla '
            yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
            yield ', '
            yield str((undefined(name='de') if l_0_de is missing else l_0_de))
            yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
        else:
            pass
            yield 'Li parla l’equip '
            yield str((undefined(name='de') if l_0_de is missing else l_0_de))
            yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
        yield '.\n'
    elif ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'email'):
        pass
        if (undefined(name='customer') if l_0_customer is missing else l_0_customer):
            pass
            yield 'Bon dia, '
            yield str((undefined(name='customer') if l_0_customer is missing else l_0_customer))
            yield ':'
        else:
            pass
            yield 'Bon dia:'
    else:
        pass
        yield 'Hola'
        if (undefined(name='first_name') if l_0_first_name is missing else l_0_first_name):
            pass
            yield ', '
            yield str((undefined(name='first_name') if l_0_first_name is missing else l_0_first_name))
        yield '.\n'

blocks = {}
debug_info = '3=17&4=20&5=23&6=41&7=43&9=54'
