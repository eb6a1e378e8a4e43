# Generated from pl/moves/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '58721a3d-1995'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/limits.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['warn'][0](context)
    yield from context.blocks['final'][0](context)
    yield from context.blocks['end'][0](context)
    yield from context.blocks['respect'][0](context)
    yield from context.blocks['warn_spoken'][0](context)
    yield from context.blocks['final_spoken'][0](context)
    yield from context.blocks['end_spoken'][0](context)
    yield from context.blocks['respect_spoken'][0](context)
    yield from context.blocks['warn_letter'][0](context)
    yield from context.blocks['final_letter'][0](context)
    yield from context.blocks['end_letter'][0](context)
    yield from context.blocks['warn_first_spoken'][0](context)
    yield from context.blocks['final_first_spoken'][0](context)

def block_warn(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Prosimy o rozmowę bez obraźliwych słów – jeśli się powtórzą, będziemy musieli ją zakończyć.\n'

def block_final(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeśli obraźliwe słowa się powtórzą, zakończymy tę rozmowę bez dalszych ostrzeżeń.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ponieważ obraźliwe wypowiedzi się powtarzają, kończymy tę rozmowę.\n'

def block_respect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Chętnie pomożemy – prosimy tylko o zachowanie uprzejmego tonu.\n'

def block_warn_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Jeśli rozmówca nadal obraża:] Chętnie pomogę, ale jeśli to się powtórzy, zakończę rozmowę.\n'

def block_final_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Jeśli rozmówca nadal obraża:] Uprzedzam po raz ostatni: jeśli to się powtórzy, zakończę rozmowę.\n'

def block_end_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Jeśli rozmówca znów obraża:] W takim tonie nie mogę kontynuować rozmowy, dlatego ją kończę.\n'

def block_respect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Jeśli rozmowa robi się nerwowa:] Chętnie pomogę – łatwiej nam będzie, jeśli porozmawiamy spokojnie.\n'

def block_warn_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Prosimy pisać do nas bez obraźliwych słów – jeśli się powtórzą, nie będziemy mogli dalej odpowiadać.\n'

def block_final_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeśli obraźliwe słowa się powtórzą, bez dalszych ostrzeżeń przestaniemy odpowiadać na wiadomości.\n'

def block_end_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Ponieważ obraźliwe wypowiedzi się powtarzają, nie będziemy odpowiadać na kolejne wiadomości w tym tonie.\n'

def block_warn_first_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Zanim przejdziemy do sprawy: chętnie pomogę, ale proszę o rozmowę bez obraźliwych słów – inaczej zakończę rozmowę.\n'

def block_final_first_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Zanim przejdziemy do sprawy: uprzedzam po raz ostatni – jeśli obraźliwe słowa się powtórzą, zakończę rozmowę.\n'

blocks = {'warn': block_warn, 'final': block_final, 'end': block_end, 'respect': block_respect, 'warn_spoken': block_warn_spoken, 'final_spoken': block_final_spoken, 'end_spoken': block_end_spoken, 'respect_spoken': block_respect_spoken, 'warn_letter': block_warn_letter, 'final_letter': block_final_letter, 'end_letter': block_end_letter, 'warn_first_spoken': block_warn_first_spoken, 'final_first_spoken': block_final_first_spoken}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&22=18&25=19&28=20&31=21&34=22&37=23&1=25&4=35&7=45&10=55&13=65&16=75&19=85&22=95&25=105&28=115&31=125&34=135&37=145'
