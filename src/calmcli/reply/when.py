"""The promised moment in words, the way a native agent writes it in each language.

`promise_words(moment, lang, day_end=..., zone_label=...)` words the moment the team's calendar
promised (`Calendar.promise`, playbook/calendar.py), already in the zone the customer reads it
in: a time of day ("by 13:00 on Thursday 3 December", "antes de las 13:00 del jueves 3 de
diciembre", "abans de les 13:00 del dijous 3 de desembre", "w czwartek, 3 grudnia, do godz.
13:00"), or the whole day when the promise is the day's close ("by the end of Thursday 3
December"). `zone_label(zone, lang)` names a zone that is not the team's ("Mexico City time");
it is appended in brackets. The phrase is the complement of a sentence ("We will get back to
you {phrase}"); templates word the rest.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from calmcli.reply.locales import PL_WEEKDAY_GENITIVE, format_day, format_on_day, format_time


def promise_words(
    moment: datetime,
    lang: str,
    *,
    day_end: bool = False,
    zone_label: str | None = None,
    today: bool = False,
    spoken: bool = False,
) -> str:
    """The promise's date and time as a phrase in `lang` (see the module's docstring);
    `today`: the promise falls on the day the customer reads it ('by 17:30 today'); `spoken`:
    said on a call, the time as it is said aloud ('by half past five this afternoon', 'hoy
    mismo antes de las cinco y media de la tarde', 'avui mateix abans de dos quarts de sis de
    la tarda', 'jeszcze dziś, do siedemnastej trzydzieści')."""
    day, clock = format_day(moment, lang), format_time(moment, lang)
    said = spoken_time(moment, lang) if spoken else None
    whole_day = day_end and zone_label is None  # another zone's customer gets a clock time
    if said and today:
        phrase = _spoken_today(lang, said, moment)
    elif today and lang in _TODAY:  # the day's close said as a time: 'by 17:30 today'
        phrase = _TODAY[lang].format(clock=clock, article=_hour_article(moment.hour, lang))
    elif said and not whole_day:
        phrase = _spoken_time_phrase(lang, day, said, moment)
    else:
        phrase = (_day_phrase if whole_day else _time_phrase)(lang, day, clock, moment)
    return f"{phrase} ({zone_label})" if zone_label else phrase


# -- a time said aloud on a call ------------------------------------------------------------
_EN_HOURS = ("twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven")  # fmt: skip
_EN_MINUTES = {5: "five", 10: "ten", 20: "twenty", 25: "twenty-five"}
_ES_HOURS = ("las doce", "la una", "las dos", "las tres", "las cuatro", "las cinco", "las seis",
             "las siete", "las ocho", "las nueve", "las diez", "las once")  # fmt: skip
_ES_MINUTES = {5: "cinco", 10: "diez", 15: "cuarto", 20: "veinte", 25: "veinticinco",
               30: "media"}  # fmt: skip
_CA_HOURS = ("les dotze", "la una", "les dues", "les tres", "les quatre", "les cinc", "les sis",
             "les set", "les vuit", "les nou", "les deu", "les onze")  # fmt: skip
_CA_QUARTS = ("un quart", "dos quarts", "tres quarts")
_PL_HOURS = ("zerowej", "pierwszej", "drugiej", "trzeciej", "czwartej", "piątej", "szóstej",
             "siódmej", "ósmej", "dziewiątej", "dziesiątej", "jedenastej", "dwunastej",
             "trzynastej", "czternastej", "piętnastej", "szesnastej", "siedemnastej",
             "osiemnastej", "dziewiętnastej", "dwudziestej", "dwudziestej pierwszej",
             "dwudziestej drugiej", "dwudziestej trzeciej")  # fmt: skip
_PL_MINUTES = {5: "zero pięć", 10: "dziesięć", 15: "piętnaście", 20: "dwadzieścia",
               25: "dwadzieścia pięć", 30: "trzydzieści", 35: "trzydzieści pięć",
               40: "czterdzieści", 45: "czterdzieści pięć", 50: "pięćdziesiąt",
               55: "pięćdziesiąt pięć"}  # fmt: skip


def spoken_time(moment: datetime, lang: str) -> str | None:
    """A clock time as an agent says it on the phone ('half past five', 'las cinco y media de
    la tarde', 'dos quarts de sis de la tarda', 'siedemnastej trzydzieści'); None when the
    minutes have no spoken form of their own (the written time is read out then)."""
    hour, minute = moment.hour, moment.minute
    if lang == "en":
        if minute == 0:
            return "midday" if hour == 12 else f"{_EN_HOURS[hour % 12]} o'clock"
        if minute in (15, 30):
            return f"{'quarter' if minute == 15 else 'half'} past {_EN_HOURS[hour % 12]}"
        if minute == 45:
            return f"quarter to {_EN_HOURS[(hour + 1) % 12]}"
        if minute in _EN_MINUTES:
            return f"{_EN_MINUTES[minute]} past {_EN_HOURS[hour % 12]}"
        if 60 - minute in _EN_MINUTES:
            return f"{_EN_MINUTES[60 - minute]} to {_EN_HOURS[(hour + 1) % 12]}"
        return None
    if lang == "es":
        if minute and minute not in _ES_MINUTES and 60 - minute not in _ES_MINUTES:
            return None
        after = minute in _ES_MINUTES or not minute
        shown = hour if after else hour + 1
        words = _ES_HOURS[shown % 12]
        if minute:
            words += f" y {_ES_MINUTES[minute]}" if after else f" menos {_ES_MINUTES[60 - minute]}"
        return f"{words} {_es_daypart(shown)}"
    if lang == "ca":
        if minute == 0:
            return f"{_CA_HOURS[hour % 12]} {_ca_daypart(hour)}"
        if minute % 15:
            return None
        coming = _CA_HOURS[(hour + 1) % 12].split(" ", 1)[1]
        to = "d’" if coming[:1] in "ou" else "de "
        return f"{_CA_QUARTS[minute // 15 - 1]} {to}{coming} {_ca_daypart(hour)}"
    if lang == "pl":
        if minute and minute not in _PL_MINUTES:
            return None
        return _PL_HOURS[hour] + (f" {_PL_MINUTES[minute]}" if minute else "")
    return None


def _es_daypart(hour: int) -> str:
    if hour < 12:
        return "de la mañana"
    if hour < 14:
        return "del mediodía"
    return "de la tarde" if hour < 21 else "de la noche"


def _ca_daypart(hour: int) -> str:
    if hour < 12:
        return "del matí"
    if hour < 15:
        return "del migdia"
    return "de la tarda" if hour < 20 else "del vespre"


def _en_today(said: str, moment: datetime) -> str:
    if said == "midday":
        return "by midday today"
    part = "morning" if moment.hour < 12 else "afternoon" if moment.hour < 18 else "evening"
    return f"by {said} this {part}"


def _before(said: str, lang: str) -> str:
    """'abans de les cinc', 'abans d’un quart de sis'; 'antes de las cinco'."""
    if lang == "ca" and said.startswith("un "):
        return f"abans d’{said}"
    return f"{'abans' if lang == 'ca' else 'antes'} de {said}"


def _spoken_today(lang: str, said: str, moment: datetime) -> str:
    if lang == "en":
        return _en_today(said, moment)
    if lang == "pl":
        return f"jeszcze dziś, do {said}"
    return f"{'avui mateix' if lang == 'ca' else 'hoy mismo'} {_before(said, lang)}"


def _spoken_time_phrase(lang: str, day: str, said: str, moment: datetime) -> str:
    if lang in ("es", "ca"):
        return f"{_before(said, lang)} del {day}"
    if lang == "pl":
        return f"{format_on_day(moment, lang)}, do {said}"
    return f"by {said} on {day}"


# A promise for the day it is read, with its time. Polish templates close the
# phrase's apposition with a comma, as they do after a date ("jeszcze dziś, do godz. 16:00,").
_TODAY = {
    "en": "by {clock} today",
    "es": "hoy mismo antes de {article} {clock}",
    "ca": "avui mateix abans de {article} {clock}",
    "pl": "jeszcze dziś, do godz. {clock}",
}


def _hour_article(hour: int, lang: str) -> str:
    """The article before a clock time: 'la 1:00', 'las 13:00' (es), 'les 13:00' (ca)."""
    return "la" if hour == 1 else "les" if lang == "ca" else "las"


def _time_phrase(lang: str, day: str, clock: str, moment: datetime) -> str:
    if lang == "es":
        return f"antes de {_hour_article(moment.hour, lang)} {clock} del {day}"
    if lang == "ca":
        return f"abans de {_hour_article(moment.hour, lang)} {clock} del {day}"
    if lang == "pl":
        return f"{format_on_day(moment, lang)}, do godz. {clock}"
    return f"by {clock} on {day}"


def _day_phrase(lang: str, day: str, clock: str, moment: datetime) -> str:
    if lang == "es":
        return f"antes de que acabe el {day}"
    if lang == "ca":
        return f"abans que acabi el {day}"
    if lang == "pl":
        return f"do końca {PL_WEEKDAY_GENITIVE[moment.weekday()]},{day.split(',', 1)[1]}"
    return f"by the end of {day}"


def zone_label(zone: tzinfo, lang: str) -> str:
    """'Mexico City time', 'hora de Ciudad de México', 'hora de Varsòvia', 'czas lokalny:
    Warszawa': the zone's main city in the customer's language (babel's CLDR names)."""
    from babel.dates import get_timezone_location

    from calmcli.reply.locales import babel_locale

    city = str(get_timezone_location(zone, babel_locale(lang), return_city=True))
    city = city.replace(" (miasto)", "")
    if lang == "en" and city == "Canaries":
        city = "Canary Islands"  # CLDR's short form reads as a nickname in 'Canaries time'
    if lang == "ca" and city.startswith("Illes "):
        return f"hora de les {city.removeprefix('Illes ')}"  # 'hora de les Canàries'
    if lang == "es":
        return f"hora de {city}"
    if lang == "ca":
        return f"hora d’{city}" if city[:1].lower() in "aeiouàèéíòóú" else f"hora de {city}"
    if lang == "pl":
        return f"czas lokalny: {city}"
    return f"{city} time"


# A delay counted from the customer's reply, worded per language ("within two working days").
_NUMBERS = {
    "en": ("one", "two", "three", "four", "five"),
    "es": ("un", "dos", "tres", "cuatro", "cinco"),
    "ca": ("un", "dos", "tres", "quatre", "cinc"),
}
_PL_GENITIVE_NUMBERS = ("jednego", "dwóch", "trzech", "czterech", "pięciu")
_UNITS = {  # (business, unit) -> singular, plural
    "en": {"days": ("working day", "working days"), "hours": ("working hour", "working hours"),
           "": ("day", "days"), "h": ("hour", "hours")},
    "es": {"days": ("día laborable", "días laborables"),
           "hours": ("hora laborable", "horas laborables"), "": ("día", "días"),
           "h": ("hora", "horas")},
    "ca": {"days": ("dia feiner", "dies feiners"), "hours": ("hora laborable", "hores laborables"),
           "": ("dia", "dies"), "h": ("hora", "hores")},
    "pl": {"days": ("dnia roboczego", "dni roboczych"),
           "hours": ("godziny roboczej", "godzin roboczych"), "": ("dnia", "dni"),
           "h": ("godziny", "godzin")},
}  # fmt: skip


def within_words(delay: Any, lang: str) -> str:
    """A playbook delay as the time we take after the customer's reply: 'within two working
    days', 'en un plazo de dos días laborables', 'en un termini de dos dies feiners', 'w ciągu
    dwóch dni roboczych' (days for `N business days` and whole days, else hours)."""
    hours = delay.span.total_seconds() / 3600
    if delay.business == "days" or (not delay.business and hours >= 24 and hours % 24 == 0):
        amount, unit = (delay.span.days, "days" if delay.business else "")
    else:
        amount, unit = (max(1, round(hours)), "hours" if delay.business else "h")
    one, many = _UNITS.get(lang, _UNITS["en"])[unit]
    if lang == "pl":
        count = _PL_GENITIVE_NUMBERS[amount - 1] if 1 <= amount <= 5 else str(amount)
        if amount == 1 and unit in ("hours", "h"):
            count = "jednej"  # godzina is feminine
        return f"w ciągu {count} {one if amount == 1 else many}"
    words = _NUMBERS.get(lang, _NUMBERS["en"])
    count = words[amount - 1] if 1 <= amount <= 5 else str(amount)
    if lang in ("es", "ca") and amount == 1:
        count = "una" if unit in ("hours", "h") else "un"  # hora is feminine
    phrase = f"{count} {one if amount == 1 else many}"
    if lang == "es":  # 'en un día laborable como máximo' (one), 'en un plazo de dos días …'
        return f"en {phrase} como máximo" if amount == 1 else f"en un plazo de {phrase}"
    if lang == "ca":
        return f"en un termini {'d’' if phrase[:1] in 'aeiouu' else 'de '}{phrase}"
    return f"within {phrase}"


# The team's next opening, said by a reply written while it is closed (plan.resume_kind picks
# the kind): later today, tomorrow, a weekday after the weekend, or a dated day after closed
# working days, whose reason is named ('after Christmas'). An adverbial phrase: templates put it
# at the end of their sentence, or first with capfirst.
_RESUME_NEAR = {
    "en": {"morning": "as soon as we open this morning",
           "afternoon": "as soon as we open this afternoon",
           "tomorrow": "first thing tomorrow", "weekday": "first thing on {weekday}"},
    "es": {"morning": "esta mañana, en cuanto abramos",
           "afternoon": "esta tarde, en cuanto abramos",
           "tomorrow": "mañana a primera hora", "weekday": "el {weekday} a primera hora"},
    "ca": {"morning": "aquest matí, tan bon punt obrim",
           "afternoon": "aquesta tarda, tan bon punt obrim",
           "tomorrow": "demà a primera hora", "weekday": "{weekday} a primera hora"},
    "pl": {"morning": "dziś rano", "afternoon": "dziś po południu",
           "tomorrow": "jutro rano", "weekday": "{weekday} rano"},
}  # fmt: skip
_RESUME_AFTER = {
    "en": {"christmas": "after Christmas", "new_year": "after New Year",
           "holiday": "after the holiday", "holidays": "after the holidays"},
    "es": {"christmas": "después de Navidad", "new_year": "después de Año Nuevo",
           "holiday": "después del festivo", "holidays": "después de los festivos"},
    "ca": {"christmas": "després de Nadal", "new_year": "després de Cap d’Any",
           "holiday": "després del festiu", "holidays": "després dels festius"},
    "pl": {"christmas": "po świętach", "new_year": "po Nowym Roku",
           "holiday": "po dniu wolnym", "holidays": "po dniach wolnych"},
}  # fmt: skip
_RESUME_DATED = {
    "en": "{after}, first thing {on_day}",
    "es": "{after}, {on_day} a primera hora",
    "ca": "{after}, {on_day} a primera hora",
    "pl": "{after}, {on_day}, z samego rana",
}


# A public post names the reason only ('after Christmas'): the private half gives the day.
_RESUME_BACK = {
    "en": {"christmas": "as soon as we're back after Christmas",
           "new_year": "as soon as we're back after New Year",
           "holiday": "as soon as we're back after the holiday",
           "holidays": "as soon as we're back after the holidays"},
    "es": {"christmas": "en cuanto volvamos después de Navidad",
           "new_year": "en cuanto volvamos después de Año Nuevo",
           "holiday": "en cuanto volvamos después del festivo",
           "holidays": "en cuanto volvamos después de los festivos"},
    "ca": {"christmas": "quan tornem després de Nadal",
           "new_year": "quan tornem després de Cap d’Any",
           "holiday": "quan tornem després del festiu",
           "holidays": "quan tornem després dels festius"},
    "pl": {"christmas": "zaraz po świętach", "new_year": "zaraz po Nowym Roku",
           "holiday": "zaraz po dniu wolnym", "holidays": "zaraz po dniach wolnych"},
}  # fmt: skip


def resume_words(moment: datetime, kind: str, lang: str, public: bool = False) -> str:
    """The next opening as a reply names it: 'first thing tomorrow', 'el lunes a primera hora',
    'després de Nadal, el dilluns 28 de desembre a primera hora', 'w poniedziałek rano'."""
    from calmcli.reply.locales import PL_WEEKDAY_ACCUSATIVE, day_words

    lang = lang if lang in _RESUME_NEAR else "en"
    if public and kind in _RESUME_BACK[lang]:
        return _RESUME_BACK[lang][kind]
    near = _RESUME_NEAR[lang]
    if kind == "today":
        return near["morning" if moment.hour < 12 else "afternoon"]
    if kind in ("tomorrow",):
        return near["tomorrow"]
    if kind == "weekday":
        if lang == "pl":
            weekday = PL_WEEKDAY_ACCUSATIVE[moment.weekday()]
            weekday = f"{'we' if moment.weekday() == 1 else 'w'} {weekday}"
        else:
            weekday = day_words(lang).weekdays[moment.weekday()]
        return near["weekday"].format(weekday=weekday)
    dated = _RESUME_DATED[lang]
    if kind == "dated":  # just after midnight: the day named, no 'today' or 'tomorrow'
        return dated.split(", ", 1)[1].format(on_day=format_on_day(moment, lang))
    after = _RESUME_AFTER[lang].get(kind, _RESUME_AFTER[lang]["holiday"])
    return dated.format(after=after, on_day=format_on_day(moment, lang))


def closed_days_words(first: date, last: date, lang: str) -> str:
    """The working days the team is closed on, as a reply names them: 'on Tuesday 8 December',
    'from Friday 25 to Monday 28 December', 'del jueves 24 al viernes 25 de diciembre', 'del
    dijous 31 de desembre al divendres 1 de gener', 'we wtorek, 8 grudnia', 'od 24 do 28
    grudnia' (not the office 'w dniach 24–28 grudnia')."""
    from calmcli.reply.locales import day_words

    if first == last:
        return format_on_day(first, lang)
    words = day_words(lang if lang in ("en", "es", "ca", "pl") else "en")
    same_month = (first.year, first.month) == (last.year, last.month)
    if lang == "pl":
        months = words.months  # genitive: 'grudnia'
        if same_month:
            return f"od {first.day} do {last.day} {months[last.month - 1]}"
        return f"od {first.day} {months[first.month - 1]} do {last.day} {months[last.month - 1]}"
    begin = f"{words.weekdays[first.weekday()]} {first.day}"
    if not same_month:
        begin = format_day(first, lang)  # type: ignore[arg-type]
    end = format_day(last, lang)  # type: ignore[arg-type]
    if lang == "es":
        return f"del {begin} al {end}"
    if lang == "ca":
        return f"del {begin} al {end}"
    return f"from {begin} to {end}"


def back_words(back: date, last: date, lang: str, short: bool = False) -> str:
    """The day we are back after a closure: 'on Monday 28 December', 'w poniedziałek, 28
    grudnia'; `short`, after a sentence that already named the month, Spanish and Catalan
    drop it ('cerramos del viernes 25 al domingo 27 de diciembre y volvemos el lunes 28')."""
    words = format_on_day(back, lang)
    if short and lang in ("es", "ca") and (back.year, back.month) == (last.year, last.month):
        return words.rsplit(" de ", 1)[0]
    return words
