# Generated from pl/parts/continuation.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '6dc7dd99-502'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/continuation.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_vars = resolve('vars')
    l_0_fault = resolve('fault')
    l_0_g = missing
    pass
    l_0_g = (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') if (environment.getattr((undefined(name='vars') if l_0_vars is missing else l_0_vars), 'address') in ['f', 'm']) else 'n')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    yield 'Tak jak zapowiedzieliśmy w publicznej odpowiedzi, piszemy do '
    yield str(environment.getitem({'f': 'Pani', 'm': 'Pana', 'n': 'Państwa'}, (undefined(name='g') if l_0_g is missing else l_0_g)))
    yield ' tutaj, żeby ustalić szczegóły.'
    if ((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'ours'):
        pass
        yield ' Jeszcze raz przepraszamy za kłopot.'

blocks = {}
debug_info = '2=14&3=18'
