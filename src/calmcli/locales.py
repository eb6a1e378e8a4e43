"""Language tags and locale-aware formatting of dates and times in replies."""

from __future__ import annotations

from datetime import datetime, timedelta


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
    return default, (f"no reply templates for language {tag!r}; using {default!r} "
                     f"(available: {', '.join(sorted(available))})")


def _babel_locale(lang: str) -> str:
    return {"ca": "ca_ES", "es": "es_ES", "pl": "pl_PL", "en": "en_GB"}.get(lang, lang)


# CLDR has no full-weekday skeleton that every locale resolves well, so the four first-class
# languages get explicit patterns (Catalan month names already carry "de"/"d’").
_DAY_PATTERNS = {"ca": "EEEE d MMMM", "es": "EEEE d 'de' MMMM", "pl": "EEEE, d MMMM",
                 "en": "EEEE d MMMM"}


def format_day(moment: datetime, lang: str) -> str:
    """A weekday and date as a native speaker writes it: 'Friday 27 November'."""
    from babel.dates import format_datetime

    pattern = _DAY_PATTERNS.get(lang, "EEEE d MMMM")
    return format_datetime(moment, pattern, tzinfo=moment.tzinfo, locale=_babel_locale(lang))


def format_date(moment: datetime, lang: str) -> str:
    """A full date: '27 November 2026', '27 de noviembre de 2026'."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(moment, format="long", locale=_babel_locale(lang))


def format_time(moment: datetime, lang: str) -> str:
    """A clock time in the locale's short form: '14:30'."""
    from babel.dates import format_time as babel_format_time

    return babel_format_time(moment, format="short", locale=_babel_locale(lang))


def format_relative(delta: timedelta, lang: str) -> str:
    """'in 2 days', 'dentro de 2 días', 'za 2 dni', 'd’aquí a 2 dies'."""
    from babel.dates import format_timedelta

    return format_timedelta(delta, add_direction=True, locale=_babel_locale(lang))
