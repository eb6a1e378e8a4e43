# Generated from ca/parts/options.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '03511e3c-1258'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/options.j2'

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
    l_0_names = {'wait': 'Seguim el paquet de prop i l’avisem tan bon punt hi hagi novetats', 'reship': 'Li enviem un paquet nou avui mateix', 'refund': 'Li retornem l’import íntegre', 'replacement': 'Li canviem l’article per un de nou, sense cap cost', 'repair': 'Li reparem el producte a càrrec de la garantia', 'backorder': 'Li reservem l’article i l’hi enviem amb prioritat tan bon punt ens torni a arribar', 'alternative': 'Li proposem un article semblant que ja tenim disponible', 'return': 'Ens retorna l’article i li reemborsem l’import', 'exchange': 'Li canviem l’article per una altra talla o un altre model', 'store-credit': 'Li fem un val de compra pel mateix import', 'corrected-invoice': 'Li emetem una factura rectificativa'}
    context.vars['names'] = l_0_names
    context.exported_vars.add('names')
    if (environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'options') and (undefined(name='options') if l_0_options is missing else l_0_options)):
        pass
        yield 'Pot triar l’opció que li vagi millor:\n'
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options)[:3], undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_loop, 'index'))
            yield '. '
            yield str(environment.getitem((undefined(name='names') if l_0_names is missing else l_0_names), l_1_option))
            yield '.\n'
        l_1_loop = l_1_option = missing
        yield 'Si li va bé un consell, la primera opció sol ser la més ràpida.\n'

blocks = {}
debug_info = '2=14&15=17&17=21&18=24'
