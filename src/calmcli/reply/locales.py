"""Language tags and locale-aware formatting of dates and times in replies."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

from calmcli.base.records import record


def base_language(tag: str) -> str:
    """`es-MX` -> `es`, `ca_ES@valencia` -> `ca`, `PL` -> `pl`."""
    return tag.strip().replace("_", "-").split("-")[0].split("@")[0].lower()


def resolve_language(tag: str | None, available: list[str], default: str) -> tuple[str, str | None]:
    """Pick the template language for a tag; return it and a warning if we had to fall back."""
    if not tag:
        return default, None
    base = base_language(tag)
    if base in available:
        return base, None
    return default, (
        f"no reply templates for language {tag!r}; using {default!r} "
        f"(available: {', '.join(sorted(available))})"
    )


def babel_locale(lang: str) -> str:
    """The babel locale calm words a language's dates in."""
    return _babel_locale(lang)


def _babel_locale(lang: str) -> str:
    return {"ca": "ca_ES", "es": "es_ES", "pl": "pl_PL", "en": "en_GB"}.get(lang, lang)


# The first-class languages get explicit day formats (CLDR has no full-weekday skeleton they
# all resolve well); Catalan month names in a date already carry "de"/"d’".
_DAY_TEMPLATES = {
    "ca": "{weekday} {day} {month}",
    "es": "{weekday} {day} de {month}",
    "pl": "{weekday}, {day} {month}",
    "en": "{weekday} {day} {month}",
}


@record
class DayWords:
    """The CLDR words a reply date needs, kept so one reply need not load a whole locale."""

    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday()
    months: tuple[str, ...]  # January first, in the form used inside a date
    time_pattern: str  # CLDR short time pattern, e.g. "HH:mm"


@cache
def day_words(lang: str) -> DayWords:
    """Load a language's date words from babel once, then from calm's cache."""
    import babel

    from calmcli.base.cache import cached

    locale_file = Path(babel.__file__).parent / "locale-data" / f"{_babel_locale(lang)}.dat"
    return cached(
        f"daywords-{lang}",
        [locale_file] if locale_file.exists() else [],
        lambda: _load_day_words(lang),
        DayWords,
    )


def _load_day_words(lang: str) -> DayWords:
    from babel import Locale

    locale = Locale.parse(_babel_locale(lang))
    names = locale.days["format"]["wide"]
    months = locale.months["format"]["wide"]
    return DayWords(
        weekdays=tuple(names[i] for i in range(7)),
        months=tuple(months[i] for i in range(1, 13)),
        time_pattern=str(locale.time_formats["short"].pattern),
    )


def format_day(moment: datetime, lang: str) -> str:
    """A weekday and date as a native speaker writes it: 'Friday 27 November'."""
    template = _DAY_TEMPLATES.get(lang)
    if template is None:
        from babel.dates import format_skeleton

        return format_skeleton("MMMMEEEEd", moment, locale=_babel_locale(lang))
    words = day_words(lang)
    return template.format(
        weekday=words.weekdays[moment.weekday()],
        day=moment.day,
        month=words.months[moment.month - 1],
    )


def format_time(moment: datetime, lang: str) -> str:
    """A clock time in the locale's short form: '14:30' (or '2:30 PM' where that is usual)."""
    pattern = day_words(lang).time_pattern
    if pattern in ("HH:mm", "H:mm"):  # the first-class languages: no locale load needed
        hour = f"{moment.hour:02d}" if pattern == "HH:mm" else str(moment.hour)
        return f"{hour}:{moment.minute:02d}"
    from babel.dates import format_time as babel_format_time

    return babel_format_time(moment, format="short", locale=_babel_locale(lang))


def format_date(moment: datetime, lang: str) -> str:
    """A full date: '27 November 2026', '27 de noviembre de 2026'."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(moment, format="long", locale=_babel_locale(lang))


def format_relative(delta: timedelta, lang: str) -> str:
    """'in 2 days', 'dentro de 2 días', 'za 2 dni', 'd’aquí a 2 dies'."""
    from babel.dates import format_timedelta

    return format_timedelta(delta, add_direction=True, locale=_babel_locale(lang))


# Currency symbols as each language writes them; an unknown code is written as the code.
_SYMBOLS = {"EUR": "€", "PLN": "zł", "GBP": "£", "USD": "$"}


def format_money(amount: Decimal, currency: str | None, lang: str) -> str:
    """'49,90 €', '1.250,00 €' (ca), '1250,00 zł', '€49.90', '$1,250.00', '1250,00 MXN'."""
    whole, _, cents = f"{amount:.2f}".partition(".")
    english = lang == "en"
    group = {"en": ",", "ca": ".", "es": ".", "pl": "\u00a0"}.get(lang, "\u00a0")
    # Spanish and Polish group thousands only from five digits on (CLDR minimum grouping 2).
    if len(whole) > 4 or (len(whole) == 4 and lang in ("en", "ca")):
        whole = f"{int(whole):,}".replace(",", group)
    number = f"{whole}{'.' if english else ','}{cents}"
    if currency is None:
        return number
    symbol = _SYMBOLS.get(currency, currency)
    if english and symbol in ("€", "£", "$"):
        return f"{symbol}{number}"
    return f"{number}\u00a0{symbol}"


def format_plain_date(day: date, lang: str) -> str:
    """A date without its weekday: '10 de diciembre de 2026', '10 grudnia 2026'."""
    words = day_words(lang) if lang in _DAY_TEMPLATES else None
    if words is None:
        return format_date(datetime(day.year, day.month, day.day), lang)
    month = words.months[day.month - 1]
    return {
        "ca": f"{day.day} {month} de {day.year}",
        "es": f"{day.day} de {month} de {day.year}",
        "pl": f"{day.day} {month} {day.year}",
        "en": f"{day.day} {month} {day.year}",
    }[lang]


def format_clock(moment: datetime, lang: str) -> str:
    """A clock time as it follows 'before'/'at': 'las 13:00', 'la 1:00' (es), 'les 13:00' (ca)."""
    time = format_time(moment, lang)
    if lang == "es":
        return f"{'la' if moment.hour == 1 else 'las'} {time}"
    if lang == "ca":
        return f"{'la' if moment.hour == 1 else 'les'} {time}"
    return time


def capitalise_first(text: str) -> str:
    """The agent's free text as the start of a sentence: only its first letter raised."""
    return text[:1].upper() + text[1:]


# A Polish pickup point as the agent names it (the nominative: 'paczkomat WAW123M, ul. Długa 5,
# Warszawa') after 'w', in the locative its head noun takes; the address after the first comma
# in brackets, as it cannot be declined. An unknown head keeps its words after 'w punkcie odbioru'.
_PL_POINT_HEADS = (
    (re.compile(r"paczkomat(?:u|cie)?\b", re.I), "paczkomacie"),
    (re.compile(r"automat paczkowy\b", re.I), "automacie paczkowym"),
    (re.compile(r"placówka pocztowa\b", re.I), "placówce pocztowej"),
    (re.compile(r"placówka\b", re.I), "placówce"),
    (re.compile(r"urząd pocztowy\b", re.I), "urzędzie pocztowym"),
    (re.compile(r"punkt odbioru\b", re.I), "punkcie odbioru"),
    (re.compile(r"punkt\b", re.I), "punkcie"),
    (re.compile(r"oddział\b", re.I), "oddziale"),
    (re.compile(r"sklep\b", re.I), "sklepie"),
    (re.compile(r"kiosk\b", re.I), "kiosku"),
)


def polish_point(point: str) -> str:
    """'paczkomat WAW123M, ul. Długa 5, Warszawa' -> 'w paczkomacie WAW123M (ul. Długa 5,
    Warszawa)'; 'placówka pocztowa Kraków 31' -> 'w placówce pocztowej Kraków 31'."""
    name, _, address = " ".join(point.split()).partition(", ")
    where = f" ({address})" if address else ""
    for head, locative in _PL_POINT_HEADS:
        if found := head.match(name):
            return f"w {locative}{name[found.end() :]}{where}"
    return f"w punkcie odbioru {name}{where}"


def without_full_stop(text: str) -> str:
    """A quotation's own final full stop dropped (the sentence around it has one); '...' kept."""
    text = " ".join(str(text).split())
    return text[:-1] if text.endswith(".") and not text.endswith("...") else text


# An email address read aloud on a call ('help at oleoshop dot co dot uk').
_SPOKEN_EMAIL = {
    "en": ("at", "dot"),
    "es": ("arroba", "punto"),
    "ca": ("arrova", "punt"),
    "pl": ("małpa", "kropka"),
}


def in_speech(text: str) -> str:
    """A policy clause said in indirect speech ('Our terms say that items from the Outlet
    section cannot be returned'): no final full stop, its first letter lowered unless it
    starts an acronym ('DPD', 'IVA')."""
    clause = " ".join(str(text).split()).rstrip(" .")
    return clause if clause[1:2].isupper() else clause[:1].lower() + clause[1:]


def spoken_email(address: str, lang: str) -> str:
    """An email address as the agent says it: 'atencio arrova oleoshop punt cat'."""
    at, dot = _SPOKEN_EMAIL.get(lang, _SPOKEN_EMAIL["en"])
    local, _, domain = str(address).partition("@")
    if not domain:
        return str(address)
    return f"{local} {at} " + f" {dot} ".join(domain.split("."))


_CA_VOWEL = re.compile(r"^h?[aeiouàèéíòóú]", re.I)
_CA_NUMBER = re.compile(r"^\d[\d.\u00a0\u202f ]*(?=,|\b|$)")
_CONTRACTIONS = {
    "es": {("a", "el"): "al", ("de", "el"): "del"},
    "ca": {
        ("a", "el"): "al", ("de", "el"): "del", ("per", "el"): "pel",
        ("a", "els"): "als", ("de", "els"): "dels", ("per", "els"): "pels",
    },
}  # fmt: skip


def with_preposition(text: str, word: str, lang: str) -> str:
    """'a' + 'el teléfono' -> 'al teléfono'; ca 'de' + 'Atenció al client' -> 'd’Atenció al
    client', 'de' + '11,50 €' -> 'd’11,50 €'; otherwise the two words as they are."""
    text = str(text)
    first, _, rest = text.partition(" ")
    joined = _CONTRACTIONS.get(lang, {}).get((word.lower(), first))
    if joined and rest:
        return f"{joined} {rest}"
    if lang == "ca" and word.lower() == "de" and _ca_elides(text):
        return f"d’{text}"
    return f"{word} {text}"


def _ca_elides(text: str) -> bool:
    """Catalan 'de' becomes d’ before a vowel sound: 'hora', 'Atenció', 1 (u), 11 (onze), 8..."""
    if _CA_VOWEL.match(text):
        return True
    number = _CA_NUMBER.match(text)
    if not number:
        return False
    digits = re.sub(r"\D", "", number.group(0))
    value = int(digits) if digits else 0
    return digits.startswith("8") or value in (1, 11) or 11_000 <= value < 12_000


PL_WEEKDAY_ACCUSATIVE = (
    "poniedziałek",
    "wtorek",
    "środę",
    "czwartek",
    "piątek",
    "sobotę",
    "niedzielę",
)
PL_WEEKDAY_GENITIVE = (
    "poniedziałku",
    "wtorku",
    "środy",
    "czwartku",
    "piątku",
    "soboty",
    "niedzieli",
)


def format_on_day(moment: date, lang: str) -> str:
    """The day something happens: 'el jueves 3 de diciembre', 'w środę, 9 grudnia' (Polish
    weekdays in the accusative), 'on Thursday 3 December'."""
    day = format_day(moment, lang)  # type: ignore[arg-type]
    if lang == "pl":
        weekday = PL_WEEKDAY_ACCUSATIVE[moment.weekday()]
        rest = day.split(",", 1)[1]
        return f"{'we' if moment.weekday() == 1 else 'w'} {weekday},{rest}"
    return {"es": f"el {day}", "ca": f"el {day}", "en": f"on {day}"}.get(lang, day)


def format_until_day(moment: date, lang: str) -> str:
    """The last day: 'hasta el jueves 3 de diciembre', 'do środy, 9 grudnia'."""
    day = format_day(moment, lang)  # type: ignore[arg-type]
    if lang == "pl":
        return f"do {PL_WEEKDAY_GENITIVE[moment.weekday()]},{day.split(',', 1)[1]}"
    return {"es": f"hasta el {day}", "ca": f"fins al {day}", "en": f"until {day}"}.get(lang, day)


# The item's grammatical form, from its article: ms, fs, mp, fp (masculine/feminine, singular/
# plural). Catalan l’ and Spanish 'el agua' tell nothing reliable: masculine singular unless the
# agent says otherwise with --set item_form=f (m, f, m-pl, f-pl).
_ARTICLES = {
    "ca": {"el": "ms", "la": "fs", "els": "mp", "les": "fp", "un": "ms", "una": "fs",
           "uns": "mp", "unes": "fp", "aquest": "ms", "aquesta": "fs"},
    "es": {"el": "ms", "la": "fs", "los": "mp", "las": "fp", "un": "ms", "una": "fs",
           "unos": "mp", "unas": "fp", "este": "ms", "esta": "fs"},
}  # fmt: skip
ITEM_FORMS = {"m": "ms", "f": "fs", "m-pl": "mp", "f-pl": "fp", "pl": "mp", "n": "ns"}


def item_form(text: str | None, lang: str, given: str | None = None) -> str:
    """'les sabatilles Trail 40' -> 'fp', 'la cafetera' -> 'fs', 'el abrigo' -> 'ms'; the
    agent's --set item_form wins; without an item (or an article) masculine singular, which is
    how the templates name a product they do not know ('l’article', 'el artículo')."""
    if given:
        return ITEM_FORMS[given]
    if lang == "en":  # no gender; a plural noun at the end: 'the Trail 40 trainers'
        last = str(text or "").split(" ")[-1].lower()
        plural = re.fullmatch(r"[a-z]+[^su]s", last) is not None
        return "mp" if plural else "ms"
    if lang == "pl":
        return _polish_form(str(text or ""))
    first = str(text or "").split(" ", 1)[0].lower()
    return _ARTICLES.get(lang, {}).get(first, "ms")


# Polish has no article: the head noun's ending tells ('lampa stojąca Nordik' f, 'wełniany
# płaszcz' m, 'buty Trail 40' plural, 'etui' or 'radio' n); a preposed adjective is skipped.
_PL_ADJECTIVE = re.compile(
    r".*(?:ny|na|ne|wy|wa|we|ski|ska|skie|cki|cka|ckie|ący|ąca|ące|owy|owa|owe)"
)
_PL_STOP = frozenset({"do", "z", "ze", "na", "dla", "w", "we", "od", "i"})


def _polish_form(text: str) -> str:
    words: list[str] = []
    for word in text.split():
        if word.lower() in _PL_STOP or not word[:1].islower():
            break
        words.append(word.lower())
    if not words:
        return "ms"
    head = words[1] if len(words) > 1 and _PL_ADJECTIVE.fullmatch(words[0]) else words[0]
    if head.endswith(("o", "um", "ę")) or head in ("etui", "radio"):
        return "ns"
    if head.endswith("a"):
        return "fs"
    if head.endswith(("y", "i", "e")):
        return "mp"
    return "ms"


def agreeing(form: str, forms: tuple[str, ...]) -> str:
    """The word for the form: (singular, plural), (ms, fs, mp, fp), or Polish (ms, fs, mp, fp,
    ns) with the neuter singular last (a neuter without its own form takes the masculine)."""
    if len(forms) == 2:
        return forms[form.endswith("p")]
    if form == "ns":
        return forms[4] if len(forms) == 5 else forms[0]
    return forms[("ms", "fs", "mp", "fp").index(form)]


_STRAIGHT_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def typographic(text: str, lang: str) -> str:
    """Catalan text takes the typographic apostrophe (l'abric -> l’abric), as the templates do."""
    return _STRAIGHT_APOSTROPHE.sub("’", text) if lang == "ca" else text


# The agent's own words in a letter that addresses the customer formally (vostè, usted): a
# cause typed as to a friend or a group ('el vostre banc', 'vuestro banco') takes the formal
# possessive the rest of the letter uses ('el seu banc', 'su banco'). Only possessives: they
# are unambiguous, and a wrong one is a must-fix error in a native's eyes.
_FORMAL_POSSESSIVES = {
    # Catalan 'vostres' after 'les' is feminine ('les seves'), else masculine ('els seus')
    "ca": ((r"\b(les\s+)vostres\b", r"\1seves"), (r"\bvostres\b", "seus"),
           (r"\bvostra\b", "seva"), (r"\bvostre\b", "seu")),
    "es": ((r"\bvuestr[oa]s\b", "sus"), (r"\bvuestr[oa]\b", "su")),
}  # fmt: skip


def formal_possessives(text: str, lang: str) -> str:
    """'el vostre banc' -> 'el seu banc', 'la vostra targeta' -> 'la seva targeta', 'vuestro
    banco' -> 'su banco' (ca, es); other languages and other words unchanged."""
    for informal, formal in _FORMAL_POSSESSIVES.get(lang, ()):

        def formal_word(found: re.Match[str], formal: str = formal) -> str:
            return _keep_case(found.group(0), found.expand(formal))

        text = re.sub(informal, formal_word, text, flags=re.IGNORECASE)
    return text


def _keep_case(found: str, word: str) -> str:
    return word[:1].upper() + word[1:] if found[:1].isupper() and word[:1].islower() else word


def leading_phrase(phrase: str, lang: str) -> str:
    """A time phrase put first in its sentence, capitalised, with the comma the language
    wants after it: English always ('First thing tomorrow, we'll…'); Spanish and Catalan only
    after a long one with commas of its own ('Después de Navidad, el lunes 28 de diciembre a
    primera hora, preguntaremos…', but 'Mañana a primera hora preguntaremos…'); Polish never
    ('Jutro rano sprawdzimy…')."""
    lead = capitalise_first(phrase)
    if lang == "pl" or (lang in ("es", "ca") and "," not in phrase):
        return lead
    return lead + ","
