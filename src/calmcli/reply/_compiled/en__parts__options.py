# Generated from en/parts/options.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'a5eae639-1179'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/options.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_style = resolve('style')
    l_0_options = resolve('options')
    l_0_names = missing
    try:
        t_1 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    l_0_names = {'wait': 'we keep tracking the parcel and tell you as soon as it moves', 'reship': 'we send you a new parcel today', 'refund': 'we refund the full amount', 'replacement': 'we send you a replacement at no cost', 'repair': 'we repair the product under warranty', 'backorder': 'you wait for the restock and we ship it to you as a priority', 'alternative': 'we suggest a similar item that is available now', 'return': 'you return the item and we refund you', 'exchange': 'you exchange it for another size or model', 'store-credit': 'we give you store credit for the full amount', 'corrected-invoice': 'we issue a corrected invoice'}
    context.vars['names'] = l_0_names
    context.exported_vars.add('names')
    if (environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'options') and (undefined(name='options') if l_0_options is missing else l_0_options)):
        pass
        yield 'You can choose whichever suits you best:\n'
        l_1_loop = missing
        for l_1_option, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options)[:3], undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_loop, 'index'))
            yield '. '
            yield str(t_1(environment.getitem((undefined(name='names') if l_0_names is missing else l_0_names), l_1_option)[:1]))
            yield str(environment.getitem((undefined(name='names') if l_0_names is missing else l_0_names), l_1_option)[1:])
            yield '.\n'
        l_1_loop = l_1_option = missing
        yield 'If you are not sure, just reply and we will help you choose.\n'

blocks = {}
debug_info = '2=20&15=23&17=27&18=30'
