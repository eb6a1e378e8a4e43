# Generated from pl/moves/next_contact.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = '61b32d0e-8763'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pl/moves/next_contact.j2'

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
    yield from context.blocks['follow'][0](context)
    yield from context.blocks['follow_spoken'][0](context)
    yield from context.blocks['carrier'][0](context)
    yield from context.blocks['carrier_spoken'][0](context)
    yield from context.blocks['supplier'][0](context)
    yield from context.blocks['supplier_spoken'][0](context)
    yield from context.blocks['quote'][0](context)
    yield from context.blocks['quote_spoken'][0](context)
    yield from context.blocks['awaiting'][0](context)
    yield from context.blocks['awaiting_spoken'][0](context)
    yield from context.blocks['choice'][0](context)
    yield from context.blocks['choice_spoken'][0](context)
    yield from context.blocks['settled'][0](context)
    yield from context.blocks['settled_spoken'][0](context)
    yield from context.blocks['confirm_chat'][0](context)
    yield from context.blocks['update_chat'][0](context)
    yield from context.blocks['restock_chat'][0](context)
    yield from context.blocks['follow_chat'][0](context)
    yield from context.blocks['carrier_chat'][0](context)
    yield from context.blocks['supplier_chat'][0](context)
    yield from context.blocks['quote_chat'][0](context)
    yield from context.blocks['awaiting_chat'][0](context)
    yield from context.blocks['choice_chat'][0](context)
    yield from context.blocks['settled_chat'][0](context)
    yield from context.blocks['settled_chat_closed'][0](context)
    yield from context.blocks['check_spoken'][0](context)
    yield from context.blocks['restock_choice'][0](context)
    yield from context.blocks['restock_choice_spoken'][0](context)
    yield from context.blocks['restock_choice_chat'][0](context)
    yield from context.blocks['photos_spoken'][0](context)
    yield from context.blocks['restock_dispatch'][0](context)
    yield from context.blocks['restock_dispatch_spoken'][0](context)
    yield from context.blocks['restock_dispatch_chat'][0](context)
    yield from context.blocks['resend'][0](context)
    yield from context.blocks['resend_chat'][0](context)
    yield from context.blocks['contest'][0](context)
    yield from context.blocks['contest_chat'][0](context)
    yield from context.blocks['contest_spoken'][0](context)

def block_confirm(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_incident = resolve('incident')
    pass
    yield 'Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'żeby przekazać, co z dostawą', 'damaged-item': 'żeby podać numer przesyłki z nowym produktem', 'product-defect': 'żeby podać numer przesyłki z nowym produktem', 'billing': 'żeby potwierdzić, że zleciliśmy zwrot', 'policy-misreading': 'żeby ustalić dalsze kroki'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'żeby potwierdzić, że wszystko zostało załatwione', _block_vars=_block_vars))
    yield '.\n'

def block_confirm_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_incident = resolve('incident')
    pass
    yield 'Zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'żeby przekazać, co z dostawą', 'damaged-item': 'żeby podać numer przesyłki z nowym produktem', 'product-defect': 'żeby podać numer przesyłki z nowym produktem', 'billing': 'żeby potwierdzić, że zleciliśmy zwrot', 'policy-misreading': 'żeby ustalić dalsze kroki'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'żeby potwierdzić, że wszystko zostało załatwione', _block_vars=_block_vars))
    yield '.\n'

def block_update(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Odezwiemy się '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', i przekażemy wszystko, czego się do tego czasu dowiemy, nawet jeśli sprawa nie będzie jeszcze zamknięta.\n'

def block_update_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', i przekażę, czego się dowiem.\n'

def block_answer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_within = resolve('within')
    pass
    yield 'Gdy dostaniemy od '
    yield str(environment.call(context, environment.getattr({'f': 'Pani', 'm': 'Pana', 'either': 'Pana/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwa', _block_vars=_block_vars))
    yield ' odpowiedź, odpiszemy '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

def block_answer_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Odpowiem najpóźniej '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_restock(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby dać znać, czy dostawa już do nas dotarła.\n'

def block_restock_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Zadzwonię '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby dać znać, czy dostawa już do nas dotarła.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Sprawa pozostaje otwarta i nadal się nią zajmujemy.\n'

def block_follow(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby upewnić się, że paczka została odebrana.\n'

def block_follow_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby upewnić się, że paczka została odebrana.\n'

def block_carrier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', z odpowiedzią przewoźnika albo z informacją, na jakim etapie jest sprawa.\n'

def block_carrier_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', z odpowiedzią przewoźnika albo z informacją, na jakim etapie jest sprawa.\n'

def block_supplier(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Odezwiemy się '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ' – z terminem od dostawcy, jeśli już go poda, albo z informacją, na jakim etapie jest sprawa.\n'

def block_supplier_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', z terminem od dostawcy albo z informacją, na jakim etapie jest sprawa.\n'

def block_quote(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby wyjaśnić, jak wygląda naprawa i jak przesłać produkt do wyceny.\n'

def block_quote_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Jeszcze dziś wyślę e-mailem informację, jak przesłać produkt do wyceny, i zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby upewnić się, że wszystko dotarło, i odpowiedzieć na pytania.\n'

def block_awaiting(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_incident = resolve('incident')
    l_0_within = resolve('within')
    pass
    yield 'Gdy dostaniemy '
    yield str(('zdjęcia' if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item') else 'odpowiedź'))
    yield ', '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' napiszemy, co możemy zrobić.\n'

def block_awaiting_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Gdy dostanę te informacje, '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' oddzwonię i powiem, co możemy zrobić.\n'

def block_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_promise = resolve('promise')
    pass
    yield 'Prosimy dać znać, które rozwiązanie '
    yield str(environment.call(context, environment.getattr({'f': 'Pani wybiera', 'm': 'Pan wybiera', 'either': 'Pan/Pani wybiera'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwo wybierają', _block_vars=_block_vars))
    yield ', a my zajmiemy się resztą. Jeśli nie dostaniemy odpowiedzi, napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_choice_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield '[Po wyborze:] Od razu się tym zajmę.\n[Jeśli potrzeba czasu do namysłu:] Oczywiście, zadzwonię ponownie '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_settled(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Jeśli coś jest jeszcze niejasne, prosimy o wiadomość – odpiszemy '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

def block_settled_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Gdyby później pojawiły się jakieś pytania, proszę śmiało do nas dzwonić.\n'

def block_confirm_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    l_0_incident = resolve('incident')
    pass
    yield 'Napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', '
    yield str(environment.call(context, environment.getattr({'shipping-delay': 'żeby przekazać, co z dostawą', 'damaged-item': 'żeby podać numer przesyłki z nowym produktem', 'product-defect': 'żeby podać numer przesyłki z nowym produktem', 'billing': 'żeby potwierdzić, że zleciliśmy zwrot', 'policy-misreading': 'żeby ustalić dalsze kroki'}, 'get'), (undefined(name='incident') if l_0_incident is missing else l_0_incident), 'żeby potwierdzić, że wszystko zostało załatwione', _block_vars=_block_vars))
    yield '.\n'

def block_update_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', i przekażemy, czego się do tego czasu dowiemy.\n'

def block_restock_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby dać znać, czy dostawa już do nas dotarła.\n'

def block_follow_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby upewnić się, że paczka została odebrana.\n'

def block_carrier_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', z odpowiedzią przewoźnika albo z informacją, na jakim etapie jest sprawa.\n'

def block_supplier_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', z terminem od dostawcy albo z informacją, na jakim etapie jest sprawa.\n'

def block_quote_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby wyjaśnić, jak wygląda naprawa i jak przesłać produkt do wyceny.\n'

def block_awaiting_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_incident = resolve('incident')
    l_0_within = resolve('within')
    pass
    yield 'Gdy dostaniemy '
    yield str(('zdjęcia' if ((undefined(name='incident') if l_0_incident is missing else l_0_incident) == 'damaged-item') else 'odpowiedź'))
    yield ', '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' napiszemy e-mailem, co możemy zrobić.\n'

def block_choice_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_promise = resolve('promise')
    pass
    yield 'Które rozwiązanie '
    yield str(environment.call(context, environment.getattr({'f': 'Pani wybiera', 'm': 'Pan wybiera', 'either': 'Pan/Pani wybiera'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwo wybierają', _block_vars=_block_vars))
    yield '? Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'potrzebuje Pani', 'm': 'potrzebuje Pan', 'either': 'potrzebuje Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'potrzebują Państwo', _block_vars=_block_vars))
    yield ' czasu do namysłu, napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_settled_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Jeśli coś jest jeszcze niejasne, prosimy pytać tutaj.\n'

def block_settled_chat_closed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_resume = resolve('resume')
    pass
    yield 'Jeśli coś jest jeszcze niejasne, prosimy zostawić pytanie tutaj – odpowiemy '
    yield str((undefined(name='resume') if l_0_resume is missing else l_0_resume))
    yield '.\n'

def block_check_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Sprawdzę to i oddzwonię '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield '.\n'

def block_restock_choice(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_promise = resolve('promise')
    pass
    yield 'Prosimy dać znać, które rozwiązanie '
    yield str(environment.call(context, environment.getattr({'f': 'Pani wybiera', 'm': 'Pan wybiera', 'either': 'Pan/Pani wybiera'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwo wybierają', _block_vars=_block_vars))
    yield ', a my zajmiemy się resztą. Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'zdecyduje się Pani', 'm': 'zdecyduje się Pan', 'either': 'zdecyduje się Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'zdecydują się Państwo', _block_vars=_block_vars))
    yield ' poczekać, napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby dać znać, czy dostawa już do nas dotarła.\n'

def block_restock_choice_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield '[Po wyborze:] Od razu się tym zajmę.\n[Jeśli rozmówca woli poczekać:] Zadzwonię '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby dać znać, czy dostawa już do nas dotarła.\n'

def block_restock_choice_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_address = resolve('address')
    l_0_promise = resolve('promise')
    pass
    yield 'Które rozwiązanie '
    yield str(environment.call(context, environment.getattr({'f': 'Pani wybiera', 'm': 'Pan wybiera', 'either': 'Pan/Pani wybiera'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'Państwo wybierają', _block_vars=_block_vars))
    yield '? Jeśli '
    yield str(environment.call(context, environment.getattr({'f': 'zdecyduje się Pani', 'm': 'zdecyduje się Pan', 'either': 'zdecyduje się Pan/Pani'}, 'get'), (undefined(name='address') if l_0_address is missing else l_0_address), 'zdecydują się Państwo', _block_vars=_block_vars))
    yield ' poczekać, napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby dać znać, czy dostawa już do nas dotarła.\n'

def block_photos_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Gdy dostanę zdjęcia, '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' oddzwonię i powiem, co możemy zrobić.\n'

def block_restock_dispatch(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby podać numer przesyłki z nowym egzemplarzem – albo dać znać, jeśli dostawa się opóźni.\n'

def block_restock_dispatch_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Zadzwonię '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby podać numer przesyłki z nowym egzemplarzem – albo dać znać, jeśli dostawa się opóźni.\n'

def block_restock_dispatch_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_promise = resolve('promise')
    pass
    yield 'Napiszemy e-mailem '
    yield str((undefined(name='promise') if l_0_promise is missing else l_0_promise))
    yield ', żeby podać numer przesyłki z nowym egzemplarzem – albo dać znać, jeśli dostawa się opóźni.\n'

def block_resend(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Gdy dostaniemy adres, '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' wyślemy paczkę ponownie i prześlemy nowy numer przesyłki.\n'

def block_resend_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Gdy dostaniemy adres, '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' wyślemy paczkę ponownie i prześlemy nowy numer przesyłki.\n'

def block_contest(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Jeśli dostaniemy zdjęcia, odpowiemy '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield '.\n'

def block_contest_chat(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Jeśli dostaniemy zdjęcia, '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' odpowiemy e-mailem.\n'

def block_contest_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_within = resolve('within')
    pass
    yield 'Jeśli dostanę zdjęcia, '
    yield str((undefined(name='within') if l_0_within is missing else l_0_within))
    yield ' oddzwonię i powiem, co możemy zrobić.\n'

blocks = {'confirm': block_confirm, 'confirm_spoken': block_confirm_spoken, 'update': block_update, 'update_spoken': block_update_spoken, 'answer': block_answer, 'answer_spoken': block_answer_spoken, 'restock': block_restock, 'restock_spoken': block_restock_spoken, 'end': block_end, 'follow': block_follow, 'follow_spoken': block_follow_spoken, 'carrier': block_carrier, 'carrier_spoken': block_carrier_spoken, 'supplier': block_supplier, 'supplier_spoken': block_supplier_spoken, 'quote': block_quote, 'quote_spoken': block_quote_spoken, 'awaiting': block_awaiting, 'awaiting_spoken': block_awaiting_spoken, 'choice': block_choice, 'choice_spoken': block_choice_spoken, 'settled': block_settled, 'settled_spoken': block_settled_spoken, 'confirm_chat': block_confirm_chat, 'update_chat': block_update_chat, 'restock_chat': block_restock_chat, 'follow_chat': block_follow_chat, 'carrier_chat': block_carrier_chat, 'supplier_chat': block_supplier_chat, 'quote_chat': block_quote_chat, 'awaiting_chat': block_awaiting_chat, 'choice_chat': block_choice_chat, 'settled_chat': block_settled_chat, 'settled_chat_closed': block_settled_chat_closed, 'check_spoken': block_check_spoken, 'restock_choice': block_restock_choice, 'restock_choice_spoken': block_restock_choice_spoken, 'restock_choice_chat': block_restock_choice_chat, 'photos_spoken': block_photos_spoken, 'restock_dispatch': block_restock_dispatch, 'restock_dispatch_spoken': block_restock_dispatch_spoken, 'restock_dispatch_chat': block_restock_dispatch_chat, 'resend': block_resend, 'resend_chat': block_resend_chat, 'contest': block_contest, 'contest_chat': block_contest_chat, 'contest_spoken': block_contest_spoken}
debug_info = '2=11&5=12&8=13&11=14&14=15&17=16&20=17&23=18&26=19&29=20&32=21&35=22&38=23&41=24&44=25&47=26&50=27&53=28&56=29&59=30&62=31&66=32&69=33&72=34&75=35&78=36&81=37&84=38&87=39&90=40&93=41&96=42&99=43&102=44&105=45&108=46&111=47&115=48&118=49&121=50&124=51&127=52&131=53&134=54&138=55&141=56&144=57&2=59&3=70&5=75&6=86&8=91&9=101&11=104&12=114&14=117&15=128&17=133&18=143&20=146&21=156&23=159&24=169&26=172&29=182&30=192&32=195&33=205&35=208&36=218&38=221&39=231&41=234&42=244&44=247&45=257&47=260&48=270&50=273&51=283&53=286&54=297&56=302&57=312&59=315&60=326&62=331&64=341&66=344&67=354&69=357&72=367&73=378&75=383&76=393&78=396&79=406&81=409&82=419&84=422&85=432&87=435&88=445&90=448&91=458&93=461&94=472&96=477&97=488&99=495&102=505&103=515&105=518&106=528&108=531&109=542&111=549&113=559&115=562&116=573&118=580&119=590&121=593&122=603&124=606&125=616&127=619&128=629&131=632&132=642&134=645&135=655&138=658&139=668&141=671&142=681&144=684&145=694'
