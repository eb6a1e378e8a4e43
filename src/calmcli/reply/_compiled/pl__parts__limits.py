# Generated from pl/parts/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '6410af05-1120'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/parts/limits.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_warning_level = resolve('warning_level')
    l_0_channel = resolve('channel')
    l_0_fault = resolve('fault')
    l_0_style = resolve('style')
    pass
    if ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) == 1):
        pass
        yield 'W naszych kanałach nie akceptujemy obraźliwych wypowiedzi ani gróźb. Jeśli będą się powtarzać, będziemy zmuszeni zakończyć tę rozmowę.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) == 2):
        pass
        yield 'Ponownie prosimy o zachowanie kultury rozmowy. Jeśli obraźliwe wypowiedzi się powtórzą, zakończymy tę rozmowę, ale sprawa pozostanie otwarta i zajmiemy się nią zgodnie z ustaleniami.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) >= 3):
        pass
        yield 'Ponieważ obraźliwe wypowiedzi się powtarzają, w tym miejscu kończymy rozmowę. Sprawa pozostaje otwarta i zajmiemy się nią zgodnie z ustaleniami.'
        if ((undefined(name='channel') if l_0_channel is missing else l_0_channel) != 'email'):
            pass
            yield ' W razie pytań nadal można skontaktować się z nami drogą mailową.'
    elif (((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll') or environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'limits')):
        pass
        yield 'Bardzo chcemy pomóc – najłatwiej będzie to zrobić w rozmowie opartej na wzajemnym szacunku.\n'

blocks = {}
debug_info = '2=15&4=18&6=21&7=24&8=27'
