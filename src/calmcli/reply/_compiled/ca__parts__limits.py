# Generated from ca/parts/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '0de433a5-952'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ca/parts/limits.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_warning_level = resolve('warning_level')
    l_0_fault = resolve('fault')
    l_0_style = resolve('style')
    pass
    if ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) == 1):
        pass
        yield 'Tingui en compte que als nostres canals no s’admeten insults ni amenaces. Si n’hi ha més, haurem de posar fi a aquesta conversa.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) == 2):
        pass
        yield 'Aquest és el nostre últim avís: si els insults continuen, posarem fi a aquesta conversa. El seu cas seguirà obert i hi continuarem treballant.\n'
    elif ((undefined(name='warning_level') if l_0_warning_level is missing else l_0_warning_level) >= 3):
        pass
        yield 'Com que els insults han continuat, donem per acabada aquesta conversa. El seu cas segueix obert i, si ho necessita, ens pot escriure per correu electrònic.\n'
    elif (((undefined(name='fault') if l_0_fault is missing else l_0_fault) == 'troll') or environment.getattr((undefined(name='style') if l_0_style is missing else l_0_style), 'limits')):
        pass
        yield 'Volem trobar-li una solució i, per fer-ho, cal que la conversa sigui respectuosa per totes dues bandes.\n'

blocks = {}
debug_info = '2=14&4=17&6=20&8=23'
