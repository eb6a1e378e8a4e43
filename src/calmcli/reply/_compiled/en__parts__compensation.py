# Generated from en/parts/compensation.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'd6b241fb-836'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'en/parts/compensation.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_compensation = resolve('compensation')
    l_0_fault = resolve('fault')
    pass
    if ((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation) and ((undefined(name='fault') if l_0_fault is missing else l_0_fault) != 'troll')):
        pass
        if (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'discount'):
            pass
            yield 'To make up for the inconvenience, we would like to offer you a '
            yield str(environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'percent'))
            yield '% discount on your next purchase.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'free-shipping'):
            pass
            yield 'To make up for the inconvenience, your next order will ship free of charge.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'free-return'):
            pass
            yield 'To make the return easy for you, we will send you a prepaid label.\n'
        elif (environment.getattr((undefined(name='compensation') if l_0_compensation is missing else l_0_compensation), 'kind') == 'gift'):
            pass
            yield 'To make up for the inconvenience, we will include a small gift with your next order.\n'

blocks = {}
debug_info = '2=13&3=15&4=18&5=20&7=23&9=26'
