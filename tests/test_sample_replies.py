"""bench/sample_replies.py, the review sampler: it renders through each review team's folder,
covers the situation matrix, and dates its facts coherently with its clock."""

from __future__ import annotations

import importlib.util
import io
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]


def _sampler() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "sample_replies", ROOT / "bench" / "sample_replies.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


sampler = _sampler()


def test_renders_the_count_through_each_team_folder() -> None:
    # One test for the four languages: the lexicon index is built once per cache folder.
    for lang, zone in (("ca", "Europe/Madrid"), ("es", "Europe/Madrid"), ("pl", "Europe/Warsaw"),
                       ("en", "Europe/London")):  # fmt: skip
        out, err = io.StringIO(), io.StringIO()
        crashed = sampler.sample(lang, 4, seed=2026, out=out, err=err)
        text = out.getvalue()
        assert crashed == 0, err.getvalue()
        cases = re.split(r"^=== #\d+ · ", text, flags=re.M)[1:]
        assert len(cases) == 4
        for case in cases:
            # The clock with its weekday and the team's zone, then each message with its
            # audience and register.
            assert re.match(rf"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d (Dec 2026|Jan 2027) "
                            rf"\d\d:\d\d \({zone}\)", case), case  # fmt: skip
            messages = re.findall(r"^--- (\w+) \((\w+)\)[^\n]*\n(.+)", case, flags=re.M)
            assert messages and all(body.strip() for _, _, body in messages), case
        assert "Oleoshop" in text  # the team's brand: its settings.yaml was layered
        if lang == "es":  # the same seed draws the same sample
            again = io.StringIO()
            sampler.sample(lang, 4, seed=2026, out=again, err=io.StringIO())
            assert again.getvalue() == text


def test_44_cases_cover_every_value_of_the_situation() -> None:
    from calmcli.playbook.load import load_playbook

    book = load_playbook([ROOT / "bench" / "review_teams" / "es"])
    for seed in range(20):
        rows = sampler.situations(random.Random(seed), book, 44)
        assert len(rows) == 44
        for column, section in zip(zip(*rows, strict=True), sampler.SECTIONS, strict=True):
            assert set(column) == set(getattr(book, section)), section


def test_facts_are_dated_around_the_clock_and_fit_the_case() -> None:
    from calmcli.playbook.load import load_playbook

    for lang in ("ca", "es", "pl", "en"):
        book = load_playbook([ROOT / "bench" / "review_teams" / lang])
        zone = ZoneInfo(str(book.settings.calendar.time_zone))
        holidays = sampler.team_holidays(book.settings.calendar)
        data = {**sampler.load_data(lang), "lang": lang}
        rng = random.Random(lang)
        sections = [list(getattr(book, s)) for s in sampler.SECTIONS]
        for _ in range(250):
            situation = tuple(rng.choice(values) for values in sections)
            now = sampler.draw_moment(rng, zone, holidays)
            case = sampler.draw_case(rng, book, data, situation, rng.choice(data["names"]), now)
            today, facts = now.date(), case.vars
            assert date(2026, 12, 1) <= today <= date(2027, 1, 31)
            if "delivery_date" in facts:
                assert date.fromisoformat(facts["delivery_date"]) < today
            if "restock_date" in facts:
                assert date.fromisoformat(facts["restock_date"]) > today
            if "pickup_until" in facts:
                until = date.fromisoformat(facts["pickup_until"])
                assert today + timedelta(2) <= until <= today + timedelta(7)
                assert "pickup_point" in facts
            if "overcharge" in facts:
                assert case.fault == "ours" and case.incident == "billing"
            if "compensation" in facts and facts["compensation"] != "none":
                assert book.faults[case.fault].offers_compensation
            if case.fault == "troll":
                assert facts["warning_level"] in ("0", "1", "2", "3")
            if "address" in facts:
                assert facts["address"] in ("f", "m")


def test_odd_moments_are_weighted_up() -> None:
    from calmcli.playbook.load import load_playbook

    book = load_playbook([ROOT / "bench" / "review_teams" / "ca"])
    holidays = sampler.team_holidays(book.settings.calendar)
    assert date(2026, 12, 26) in holidays  # Sant Esteve: the team's (CT) holidays are read
    rng = random.Random(5)
    moments = [sampler.draw_moment(rng, ZoneInfo("Europe/Madrid"), holidays) for _ in range(2000)]
    odd = [
        m
        for m in moments
        if m.hour < 9 or m.hour >= 21 or m.weekday() >= 5 or m.date() in holidays
        or (m.month, m.day) in ((12, 23), (12, 24), (12, 31), (1, 5), (1, 6))
    ]  # fmt: skip
    assert len(odd) > len(moments) * 0.6  # uniform time would give about 45%
