"""The facts of time as the customer reads them, in all four languages: a past restock or
delivery date is never given as coming, and a phone script written while the team is closed is
the script of the call at its next opening, greeted for that hour, with every date after it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import LANGS, run, write_tree

TEAM = """\
settings:
  calendar:
    time_zone: Europe/Madrid
    hours: {mon: ["09:00-18:00"], tue: ["09:00-18:00"], wed: ["09:00-18:00"],
            thu: ["09:00-18:00"], fri: ["09:00-18:00"]}
    holidays: {country: ES, subdivision: CT}
"""
MORNING = {"ca": "Bon dia", "es": "Buenos días", "pl": "Dzień dobry", "en": "Good morning"}
RESTOCK_WORDS = {  # the restock day: Monday 21 December
    "ca": "21 de desembre",
    "es": "21 de diciembre",
    "pl": "21 grudnia",
    "en": "21 December",
}


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tree(tmp_path_factory.mktemp("team"), {"settings.yaml": TEAM})


def reply(team: Path, *args: str) -> dict[str, Any]:
    result = run("reply", "--json", "--no-check", "--playbooks", str(team), *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("channel", ["email", "phone", "chat"])
def test_a_past_restock_date_is_late_and_the_follow_up_is_ahead(
    team: Path, lang: str, channel: str
) -> None:
    now = "2026-12-31T11:00+01:00"  # ten days after the supplier's date
    data = reply(team, "--lang", lang, "--fault", "not-ours", "--channel", channel,
                 "--incident", "out-of-stock", "--set", "restock_date=2026-12-21",
                 "--now", now)  # fmt: skip
    due = datetime.fromisoformat(data["follow_up"]["due"])
    assert due > datetime.fromisoformat(now)
    (message,) = data["messages"]
    variants = [m["variant"] for m in message["plan"]]
    assert "out_of_stock_not_ours_late" in variants or "out_of_stock_not_ours_late_choice" in (
        variants
    )
    assert RESTOCK_WORDS[lang] in message["text"]  # said as the date that has passed
    assert str(due.day) in message["text"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_restock_on_a_sunday_is_confirmed_on_monday(team: Path, lang: str) -> None:
    data = reply(team, "--lang", lang, "--fault", "ours", "--channel", "email",
                 "--incident", "out-of-stock", "--set", "restock_date=2026-12-20",
                 "--now", "2026-12-17T10:00+01:00")  # fmt: skip
    assert data["follow_up"]["due"] == "2026-12-21T18:00:00+01:00"
    assert RESTOCK_WORDS[lang] in data["messages"][0]["text"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_past_delivery_date_is_not_the_new_one(team: Path, lang: str) -> None:
    data = reply(team, "--lang", lang, "--fault", "unclear", "--channel", "email",
                 "--incident", "shipping-delay", "--set", "delivery_date=2026-12-12",
                 "--now", "2026-12-23T08:00+01:00")  # fmt: skip
    (message,) = data["messages"]
    assert "12 " not in message["text"].replace("2026-12", "")
    assert "delivery_date_passed" in [m["variant"] for m in message["plan"]]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("now", "call_at"),
    [
        ("2026-12-24T23:55+01:00", "2026-12-28T09:00:00+01:00"),  # Christmas, Sant Esteve, Sunday
        ("2026-12-06T15:00+01:00", "2026-12-07T09:00:00+01:00"),  # a Sunday afternoon
        ("2026-12-09T06:10+01:00", "2026-12-09T09:00:00+01:00"),  # before opening
    ],
)
def test_a_call_is_placed_when_the_team_is_open(
    team: Path, lang: str, now: str, call_at: str
) -> None:
    data = reply(team, "--lang", lang, "--fault", "unclear", "--channel", "phone",
                 "--incident", "shipping-delay", "--customer", "Jordi Solà",
                 "--now", now)  # fmt: skip
    (script,) = data["messages"]
    assert script["call_at"] == call_at
    first, second = script["text"].splitlines()[:2]
    assert first.startswith("[") and str(datetime.fromisoformat(call_at).day) in first
    assert second.startswith(f"- {MORNING[lang]}")  # the greeting of the call's hour
    assert datetime.fromisoformat(data["follow_up"]["due"]) > datetime.fromisoformat(call_at)


@pytest.mark.parametrize("lang", LANGS)
def test_a_call_while_open_is_now(team: Path, lang: str) -> None:
    data = reply(team, "--lang", lang, "--fault", "ours", "--channel", "phone",
                 "--incident", "billing", "--now", "2026-12-09T12:30+01:00")  # fmt: skip
    (script,) = data["messages"]
    assert "call_at" not in script and script["text"].startswith("- ")
    afternoon = {"en": "- Good afternoon", "es": "- Buenos días", "ca": "- Bon dia",
                 "pl": "- Dzień dobry"}  # fmt: skip
    assert script["text"].startswith(afternoon[lang])
