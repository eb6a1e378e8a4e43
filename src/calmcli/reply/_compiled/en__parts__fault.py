# Generated from en/parts/fault.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '27053051-907'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/fault.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fault = resolve('fault')
    l_0_vars = resolve('vars')
    pass
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
        pass
        yield 'This was our mistake, and we are sorry. We are already putting it right, and we are handling it personally.\n'
    elif (((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'not-ours') and environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'cause')):
        pass
        yield 'We have looked into it carefully, and this is what happened: '
        yield str(environment.call(context, environment.getattr(environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'cause'), 'rstrip'), '.'))
        yield '.\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'not-ours'):
        pass
        yield 'We have looked into it carefully, and we would like to go through what happened with you, step by step, so that everything is clear.\n'
    elif ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'unclear'):
        pass
        yield 'We do not know the cause yet and we would rather not guess, so we are already looking into it.\n'
    else:
        pass
        yield 'We are happy to help with any specific problem you have with your order.\n'

blocks = {}
debug_info = '2=13&4=16&5=19&6=21&8=24'
