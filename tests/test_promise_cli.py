"""Issue 12, checked on the command line: with a team calendar, `calm reply --now ... --json` at
many clock times and in all four languages promises a moment inside opening hours on a working
day that is not a public holiday of that country and subdivision, the follow-up is due at it,
and the reply's text states that same time or day."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import pytest
from babel.dates import format_date

from tests.helpers import LANGS, run, write_tree

MADRID = ZoneInfo("Europe/Madrid")
TEAM = """\
settings:
  calendar:
    time_zone: Europe/Madrid
    hours:
      mon: ["09:00-14:00", "15:00-18:00"]
      tue: ["09:00-18:00"]
      wed: ["09:00-18:00"]
      thu: ["09:00-18:00"]
      fri: ["09:00-15:00"]
      sat: []
      sun: []
    holidays: {country: ES, subdivision: CT}
    closed: [2026-12-24, 2026-12-31]
"""
OPEN = {  # the same hours, written out again for the check (minutes after midnight)
    0: [(540, 840), (900, 1080)],
    1: [(540, 1080)],
    2: [(540, 1080)],
    3: [(540, 1080)],
    4: [(540, 900)],
}
CLOSED = {date(2026, 12, 24), date(2026, 12, 31)}
# Clock times around the edges: Friday after closing, the weekend, the eves of holidays (8, 25,
# 26 Dec, 1 and 6 Jan, 11 Sep), lunch on Monday, both DST changes, early and late hours.
CLOCKS = [
    "2026-12-04T14:55",
    "2026-12-04T17:55",
    "2026-12-05T12:00",
    "2026-12-06T23:30",
    "2026-12-07T13:40",
    "2026-12-07T08:10",
    "2026-12-23T17:30",
    "2026-12-30T16:00",
    "2027-01-05T11:00",
    "2026-09-10T17:00",
    "2026-03-27T14:30",
    "2026-10-23T14:30",
    "2026-11-11T02:00",
]
BABEL = {"ca": "ca_ES", "es": "es_ES", "pl": "pl_PL", "en": "en_GB"}


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tree(tmp_path_factory.mktemp("team"), {"settings.yaml": TEAM})


def promise_of(team: Path, now: str, lang: str, *flags: str) -> tuple[datetime, str]:
    result = run(
        "reply", "--fault", "unclear", "--channel", "email", "--lang", lang, "--now", now,
        "--playbooks", str(team), "--no-check", "--json", *flags,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    due = datetime.fromisoformat(data["follow_up"]["due"])
    return due, data["messages"][0]["text"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("now", CLOCKS)
def test_the_promise_is_inside_opening_hours_and_stated(team: Path, now: str, lang: str) -> None:
    due, text = promise_of(team, f"{now}+01:00" if "-03-" not in now else now, lang)
    assert due.utcoffset() is not None  # ISO 8601 with its offset
    local = due.astimezone(MADRID)
    assert due.utcoffset() == local.utcoffset()  # given in the team's zone
    assert local.date() not in holidays.country_holidays("ES", subdiv="CT", years=local.year)
    assert local.date() not in CLOSED
    minute = local.hour * 60 + local.minute
    assert any(start <= minute <= end for start, end in OPEN.get(local.weekday(), [])), local
    assert due >= datetime.fromisoformat(now).replace(tzinfo=due.tzinfo) - timedelta(hours=1)
    day_and_month = format_date(
        local, "d 'de' MMMM" if lang == "es" else "d MMMM", locale=BABEL[lang]
    )
    if lang == "ca":  # "3 de desembre" / "3 d’abril": the day, then the month as it follows
        day_and_month = format_date(local, "d", locale="ca_ES")
    assert day_and_month in text, (day_and_month, text)
    closes = max(end for _, end in OPEN[local.weekday()])
    assert f"{local:%H:%M}" in text or minute == closes, text


def test_a_customer_three_zones_away_reads_their_own_time(team: Path) -> None:
    # Thursday 10:20 in Madrid; a customer in New York (6 hours behind) is given New York's time.
    due, text = promise_of(
        team, "2026-12-03T10:20+01:00", "en", "--customer-tz", "America/New_York"
    )
    new_york = due.astimezone(ZoneInfo("America/New_York"))
    day = f"{new_york:%A} {new_york.day} {new_york:%B}"
    assert f"by {new_york:%H:%M} on {day} (New York time)" in text
    due_es, text_es = promise_of(
        team, "2026-12-03T10:20+01:00", "es", "--customer-tz", "America/Mexico_City"
    )
    mexico = due_es.astimezone(ZoneInfo("America/Mexico_City"))
    # Spanish moves word the calendar's promise phrase (reply/when.py): clock, day and zone.
    assert f"antes de las {mexico:%H:%M} del " in text_es
    assert f" {mexico.day} de diciembre (hora de Ciudad de México)" in text_es


def test_the_customer_zone_from_the_calendar_per_language(tmp_path: Path) -> None:
    team = write_tree(
        tmp_path,
        {"settings.yaml": TEAM + "    customer_time_zones: {pl: Europe/London}\n"},
    )
    due, text = promise_of(team, "2026-12-03T10:20+01:00", "pl")
    london = due.astimezone(ZoneInfo("Europe/London"))
    assert f"do godz. {london:%H:%M} (czas lokalny: Londyn)" in text


def test_unknown_customer_zone_is_one_line(team: Path) -> None:
    result = run(
        "reply", "--fault", "ours", "--channel", "chat", "--customer-tz", "Mars/Base",
        "--playbooks", str(team),
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "calm: unknown time zone 'Mars/Base'; use an IANA name like Europe/Madrid"
    ]


def test_bad_now_is_one_line() -> None:
    result = run("reply", "--fault", "ours", "--channel", "chat", "--now", "yesterday")
    assert result.exit_code == 2 and "bad --now 'yesterday'" in result.stderr
