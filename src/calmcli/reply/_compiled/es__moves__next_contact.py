# Generated from es/moves/next_contact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '60c549d3-1655'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/next_contact.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['confirm'][0](context)
    yield from context.blocks['confirm_spoken'][0](context)
    yield from context.blocks['update'][0](context)
    yield from context.blocks['update_spoken'][0](context)
    yield from context.blocks['answer'][0](context)
    yield from context.blocks['answer_spoken'][0](context)
    yield from context.blocks['restock'][0](context)
    yield from context.blocks['restock_spoken'][0](context)
    yield from context.blocks['end'][0](context)

def block_confirm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_moment = resolve('moment')
    l_0_zone_label = resolve('zone_label')
    try:
        t_1 = environment.filters['clock']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clock' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Le escribiremos el '
    yield str(t_2(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    yield ', antes de '
    yield str(t_1(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    if (undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label):
        pass
        yield ' ('
        yield str((undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label))
        yield ')'
    yield ', para confirmarle que todo está resuelto.\n'

def block_confirm_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_moment = resolve('moment')
    l_0_zone_label = resolve('zone_label')
    try:
        t_1 = environment.filters['clock']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clock' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'El '
    yield str(t_2(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    yield ', antes de '
    yield str(t_1(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    if (undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label):
        pass
        yield ' ('
        yield str((undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label))
        yield ')'
    yield ', le vuelvo a llamar para confirmar que todo está resuelto.\n'

def block_update(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_moment = resolve('moment')
    l_0_zone_label = resolve('zone_label')
    try:
        t_1 = environment.filters['clock']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clock' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'El '
    yield str(t_2(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    yield ', antes de '
    yield str(t_1(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    if (undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label):
        pass
        yield ' ('
        yield str((undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label))
        yield ')'
    yield ', le escribiremos con lo que sepamos hasta entonces, tengamos o no la respuesta definitiva.\n'

def block_update_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_moment = resolve('moment')
    l_0_zone_label = resolve('zone_label')
    try:
        t_1 = environment.filters['clock']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clock' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'El '
    yield str(t_2(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    yield ', antes de '
    yield str(t_1(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    if (undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label):
        pass
        yield ' ('
        yield str((undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label))
        yield ')'
    yield ', le vuelvo a llamar con lo que sepa hasta entonces.\n'

def block_answer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_moment = resolve('moment')
    l_0_zone_label = resolve('zone_label')
    try:
        t_1 = environment.filters['clock']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clock' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Le responderemos como muy tarde el '
    yield str(t_2(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    yield ', antes de '
    yield str(t_1(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    if (undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label):
        pass
        yield ' ('
        yield str((undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label))
        yield ')'
    yield '.\n'

def block_answer_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_moment = resolve('moment')
    l_0_zone_label = resolve('zone_label')
    try:
        t_1 = environment.filters['clock']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clock' found.")
    try:
        t_2 = environment.filters['day']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'day' found.")
    pass
    yield 'Le daré una respuesta como muy tarde el '
    yield str(t_2(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    yield ', antes de '
    yield str(t_1(context, (undefined(name='moment') if l_0_moment is missing else l_0_moment)))
    if (undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label):
        pass
        yield ' ('
        yield str((undefined(name='zone_label') if l_0_zone_label is missing else l_0_zone_label))
        yield ')'
    yield '.\n'

def block_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le escribiremos en cuanto vuelva a estar disponible.\n'

def block_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le llamaré en cuanto vuelva a estar disponible.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Su caso sigue abierto y lo seguiremos revisando.\n'

blocks = {'confirm': block_confirm, 'confirm_spoken': block_confirm_spoken, 'update': block_update, 'update_spoken': block_update_spoken, 'answer': block_answer, 'answer_spoken': block_answer_spoken, 'restock': block_restock, 'restock_spoken': block_restock_spoken, 'end': block_end}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&2=21&3=44&5=54&6=77&8=87&9=110&11=120&12=143&14=153&15=176&17=186&18=209&20=219&23=229&26=239'
