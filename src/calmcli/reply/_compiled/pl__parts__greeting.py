# Generated from pl/parts/greeting.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'df5a81e4-908'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/greeting.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_channel = resolve('channel')
    l_0_agent = resolve('agent')
    l_0_signature = resolve('signature')
    l_0_first_name = resolve('first_name')
    l_0_g = missing
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    if ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'phone'):
        pass
        yield 'Dzień dobry, '
        if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
            pass
            yield 'z tej strony '
            yield str((undefined(name='agent') if l_0_agent is missing else l_0_agent))
            yield ', '
            yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
            yield '. Dziękuję'
        else:
            pass
            yield 'tu '
            yield str((undefined(name='signature') if l_0_signature is missing else l_0_signature))
            yield '. Dziękujemy'
        yield ' za poświęcony czas.\n'
    elif ((undefined(name='channel') if l_0_channel is missing else l_0_channel) == 'email'):
        pass
        yield str(environment.getitem({'f': 'Szanowna Pani,', 'm': 'Szanowny Panie,', 'n': 'Dzień dobry,'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
        yield '\n'
    else:
        pass
        yield 'Dzień dobry'
        if ((undefined(name='first_name') if l_0_first_name is missing else l_0_first_name) and ((undefined(name='first_name') if l_0_first_name is missing else l_0_first_name)[:1] == '@')):
            pass
            yield ', '
            yield str((undefined(name='first_name') if l_0_first_name is missing else l_0_first_name))
        yield ',\n'

blocks = {}
debug_info = '4=17&5=20&6=23&7=36&8=38&10=43'
