"""The team's calendar: opening hours, holidays, closing days, zones, and the promise it makes.

Fixed clocks for every weekday and the named edges of issue 12; a property test that any
promise lies inside opening hours on a working day, at or after now + the delay in business
time. The holidays come from the real `holidays` package, never from a list kept here.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calmcli.base.durations import Delay, parse_delay
from calmcli.errors import UsageError, ValidationError
from calmcli.playbook.calendar import BusinessClock, Calendar
from calmcli.playbook.load import load_playbook
from tests.helpers import write_tree

MADRID = ZoneInfo("Europe/Madrid")
WARSAW = ZoneInfo("Europe/Warsaw")
SPLIT = {  # the example: a lunch break on Mondays
    "mon": ((9 * 60, 14 * 60), (15 * 60, 18 * 60)),
    **dict.fromkeys(("tue", "wed", "thu", "fri"), ((9 * 60, 18 * 60),)),
    "sat": (),
    "sun": (),
}


def barcelona(**more: object) -> Calendar:
    return Calendar(
        time_zone="Europe/Madrid", hours=dict(SPLIT), country="ES", subdivision="CT", **more
    )  # type: ignore[arg-type]


def warsaw() -> Calendar:
    return Calendar(time_zone="Europe/Warsaw", country="PL")


def at(text: str, zone: ZoneInfo = MADRID) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def local(moment: datetime, zone: ZoneInfo = MADRID) -> str:
    return moment.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")


# --- every weekday, and the edges the issue names ------------------------------------------

# 2026-11-30 is a Monday. (now in Madrid, delay) -> the promise in Madrid
WEEK = [
    ("2026-11-30T10:20", "4 business hours", "Mon 2026-11-30 15:20"),  # rounded: 16:00
    ("2026-12-01T10:20", "4 business hours", "Tue 2026-12-01 14:20"),
    ("2026-12-02T16:30", "4 business hours", "Thu 2026-12-03 11:30"),
    ("2026-12-03T08:00", "2 business days", "Fri 2026-12-04 18:00"),
    ("2026-12-04T17:55", "4 business hours", "Mon 2026-12-07 12:55"),  # Friday 17:55
    ("2026-12-05T12:00", "2 business days", "Wed 2026-12-09 18:00"),  # Saturday noon; 8 Dec
    ("2026-12-06T23:30", "1 business day", "Mon 2026-12-07 18:00"),  # Sunday 23:30
]


@pytest.mark.parametrize(("now", "delay", "raw"), WEEK)
def test_every_weekday_promises_inside_opening_hours(now: str, delay: str, raw: str) -> None:
    calendar = barcelona()
    promise = calendar.promise(at(now), parse_delay(delay))
    expected = datetime.strptime(raw, "%a %Y-%m-%d %H:%M").replace(tzinfo=MADRID)
    if expected.minute:  # rounded up to the team's next whole hour
        expected = expected.replace(minute=0) + timedelta(hours=1)
    assert local(promise) == local(expected)
    assert calendar.business_time(at(now), promise) >= _business_span(calendar, at(now), delay)


def _business_span(calendar: Calendar, now: datetime, delay: str) -> timedelta:
    parsed = parse_delay(delay)
    return parsed.span if parsed.business == "hours" else timedelta()


def test_monday_lunch_break_is_skipped() -> None:
    # Monday 12:30 + 2 business hours: 1.5 h to 14:00, then 30 min after 15:00.
    assert local(barcelona().promise(at("2026-11-30T12:30"), parse_delay("2 business hours"))) == (
        "Mon 2026-11-30 16:00"
    )


def test_friday_1755_wall_clock_delay_lands_in_opening_hours() -> None:
    # 21:55 on Friday is closed: the promise is the close of the next working day.
    promise = barcelona().promise(at("2026-12-04T17:55"), parse_delay("4h"))
    assert local(promise) == "Mon 2026-12-07 18:00"
    promise = barcelona().promise(at("2026-12-06T17:55"), parse_delay("2d"))
    assert local(promise) == "Wed 2026-12-09 18:00"  # Tuesday 8 is a holiday


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        ("2026-12-08", "Immaculada (ES)"),
        ("2026-12-25", "Christmas"),
        ("2026-12-26", "Sant Esteve (CT only)"),
        ("2027-01-01", "New Year"),
        ("2027-01-06", "Epiphany"),
        ("2026-09-11", "Diada (CT only)"),
    ],
)
def test_spanish_and_catalan_holidays_are_closed(day: str, holiday: str) -> None:
    calendar = barcelona()
    eve = date.fromisoformat(day) - timedelta(days=1)
    now = datetime.combine(eve, datetime.min.time(), MADRID).replace(hour=17, minute=30)
    promise = calendar.promise(now, parse_delay("2 business hours"))
    assert promise.astimezone(MADRID).date() != date.fromisoformat(day), holiday
    assert calendar.is_working_day(promise.astimezone(MADRID).date())
    assert not calendar.is_working_day(date.fromisoformat(day)), holiday


def test_sant_esteve_and_diada_are_catalan_not_madrid() -> None:
    madrid = Calendar(time_zone="Europe/Madrid", country="ES", subdivision="MD")
    assert madrid.is_working_day(date(2026, 9, 11))  # a Friday, open in Madrid
    assert not barcelona().is_working_day(date(2026, 9, 11))


def test_christmas_eve_to_after_sant_esteve() -> None:
    # Thursday 24 Dec 17:00 + 2 business hours: 1 h on the 24th, 25 Fri and 26 Sat closed,
    # Sunday closed, Monday 28 at 10:00.
    promise = barcelona().promise(at("2026-12-24T17:00"), parse_delay("2 business hours"))
    assert local(promise) == "Mon 2026-12-28 10:00"


def test_new_year_and_epiphany() -> None:
    calendar = barcelona()
    promise = calendar.promise(at("2026-12-31T17:00"), parse_delay("1 business day"))
    assert local(promise) == "Mon 2027-01-04 18:00"  # 1 Jan Fri holiday, weekend
    promise = calendar.promise(at("2027-01-05T18:30"), parse_delay("1 business day"))
    assert local(promise) == "Thu 2027-01-07 18:00"  # 6 Jan is a holiday


@pytest.mark.parametrize(("day", "name"), [("2027-05-03", "3 May"), ("2026-11-11", "11 Nov")])
def test_polish_holidays(day: str, name: str) -> None:
    calendar = warsaw()
    eve = datetime.combine(date.fromisoformat(day) - timedelta(days=1), datetime.min.time())
    now = eve.replace(hour=16, tzinfo=WARSAW)
    promise = calendar.promise(now, parse_delay("4 business hours"))
    assert promise.astimezone(WARSAW).date() > date.fromisoformat(day), name
    assert not calendar.is_working_day(date.fromisoformat(day)), name


def test_team_closing_days() -> None:
    calendar = barcelona(closed=("2026-12-24", "2026-12-31"))
    promise = calendar.promise(at("2026-12-23T17:30"), parse_delay("1 business hour"))
    assert local(promise) == "Mon 2026-12-28 10:00"


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Spring forward: Sunday 29 March 2026, 02:00 -> 03:00 in Madrid.
        ("2026-03-27T16:00", "Mon 2026-03-30 11:00"),
        # Fall back: Sunday 25 October 2026, 03:00 -> 02:00.
        ("2026-10-23T16:00", "Mon 2026-10-26 11:00"),
    ],
)
def test_dst_changes_keep_the_team_clock(now: str, expected: str) -> None:
    calendar = barcelona()
    promise = calendar.promise(at(now), parse_delay("4 business hours"))
    assert local(promise) == expected
    assert calendar.business_time(at(now), promise) == timedelta(hours=4)


def test_a_promise_at_the_close_is_the_day_end() -> None:
    calendar = barcelona()
    promise = calendar.promise(at("2026-12-01T10:00"), parse_delay("2 business days"))
    assert local(promise) == "Thu 2026-12-03 18:00" and calendar.day_end(promise)
    assert not calendar.day_end(at("2026-12-03T17:00"))


def test_next_open_and_is_open() -> None:
    calendar = barcelona()
    assert calendar.is_open(at("2026-11-30T09:00"))
    assert not calendar.is_open(at("2026-11-30T14:30"))
    assert local(calendar.next_open(at("2026-11-30T14:30"))) == "Mon 2026-11-30 15:00"
    assert local(calendar.next_open(at("2026-12-05T12:00"))) == "Mon 2026-12-07 09:00"


def test_zone_three_hours_away() -> None:
    # A team in New York promising a Los Angeles customer: the moment is the team's.
    calendar = Calendar(time_zone="America/New_York")
    now = datetime(2026, 12, 2, 17, 30, tzinfo=ZoneInfo("America/Los_Angeles"))  # 20:30 NY
    promise = calendar.promise(now, parse_delay("2 business hours"))
    assert promise.astimezone(ZoneInfo("America/New_York")).strftime("%a %H:%M") == "Thu 11:00"
    assert promise.astimezone(ZoneInfo("America/Los_Angeles")).strftime("%H:%M") == "08:00"


def test_bundled_default_is_nine_to_six_local_without_holidays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    calendar = load_playbook().settings.calendar
    assert calendar.country is None and calendar.time_zone is None
    assert str(calendar.zone) == "Asia/Tokyo"
    tokyo = ZoneInfo("Asia/Tokyo")
    promise = calendar.promise(datetime(2026, 12, 25, 17, 0, tzinfo=tokyo), Delay(timedelta(0)))
    assert promise.astimezone(tokyo).strftime("%a %H:%M") == "Fri 17:00"  # no holidays


# --- the property ----------------------------------------------------------------------------

DELAYS = st.one_of(
    st.builds(lambda h: f"{h} business hours", st.integers(0, 60)),
    st.builds(lambda d: f"{d} business days", st.integers(0, 12)),
    st.builds(lambda h: f"{h}h", st.integers(0, 200)),
    st.builds(lambda d: f"{d}d", st.integers(0, 20)),
)


@settings(max_examples=300, deadline=None)
@given(
    now=st.datetimes(datetime(2026, 1, 1), datetime(2028, 12, 31), timezones=st.just(UTC)),
    delay=DELAYS,
)
def test_any_promise_is_inside_opening_hours_after_the_delay(now: datetime, delay: str) -> None:
    calendar = barcelona(closed=("2026-12-24", "2027-12-24"))
    parsed = parse_delay(delay)
    promise = calendar.promise(now, parsed)
    day = promise.astimezone(MADRID).date()
    assert calendar.is_working_day(day)
    assert any(opens <= promise <= closes for opens, closes in calendar.openings(day))
    assert promise >= now
    # The figures' fast clock (calm stats) counts the same open time as the calendar.
    clock = BusinessClock(calendar, now - timedelta(days=3), promise + timedelta(days=3))
    fast, slow = clock.between(now, promise), calendar.business_time(now, promise)
    assert abs(fast - slow) < timedelta(milliseconds=1)
    if parsed.business == "hours":
        assert calendar.business_time(now, promise) >= parsed.span
    elif parsed.business == "days" and parsed.span:
        assert calendar.day_end(promise)
        assert _working_days_counted(calendar, now, promise) == parsed.span.days
    else:
        assert promise >= now + parsed.span


def _working_days_counted(calendar: Calendar, now: datetime, promise: datetime) -> int:
    """Working days from now's (if it has not opened yet) to the promise's, both counted."""
    first, last = now.astimezone(MADRID).date(), promise.astimezone(MADRID).date()
    count = 0
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        ranges = calendar.openings(day)
        if ranges and (day > first or now <= ranges[0][0]):
            count += 1
    return count


# --- settings.calendar in the playbooks -------------------------------------------------------

TEAM = """\
settings:
  calendar:
    time_zone: Europe/Madrid
    hours:
      mon: ["09:00-14:00", "15:00-18:00"]
      sat: []
    holidays: {country: ES, subdivision: CT}
    closed: [2026-12-24, 2026-12-31]
    customer_time_zones: {pl: Europe/Warsaw}
"""


def test_team_calendar_layers_over_the_bundled_one(tmp_path: Path) -> None:
    team = write_tree(tmp_path / "team", {"settings.yaml": TEAM})
    calendar = load_playbook([team]).settings.calendar
    assert calendar.time_zone == "Europe/Madrid"
    assert calendar.hours["mon"] == ((540, 840), (900, 1080))
    assert calendar.hours["tue"] == ((540, 1080),)  # from the bundled layer
    assert (calendar.country, calendar.subdivision) == ("ES", "CT")
    assert calendar.closed == ("2026-12-24", "2026-12-31")
    assert str(calendar.customer_zone("pl")) == "Europe/Warsaw"


@pytest.mark.parametrize(
    ("line", "text", "message"),
    [
        (3, "    time_zone: Europe/Barcelona", "unknown time zone 'Europe/Barcelona'"),
        (5, '      mon: ["9-14"]', "hours.mon: '9-14' is not a range"),
        (5, '      mon: ["14:00-09:00"]', "hours.mon: '14:00-09:00' is not a range"),
        (5, '      mon: ["09:00-14:00", "13:00-18:00"]', "hours.mon: the ranges overlap"),
        (5, '      mon: ["09:00-25:00"]', "is not a range"),
        (5, "      funday: []", "unknown weekday 'funday'"),
        (7, "    holidays: {country: XX}", "unknown country 'XX'"),
        (7, "    holidays: {country: ES, subdivision: ZZ}", "unknown subdivision 'ZZ' of ES"),
        (8, "    closed: [2026-12-24, tomorrow]", "closed: 'tomorrow' is not a date"),
        (8, "    closed: [2026-13-24]", "'2026-13-24' is not a valid date"),
        (9, "    customer_time_zones: {pl: Mars/Olympus}", "unknown time zone 'Mars/Olympus'"),
    ],
)
def test_calendar_mistakes_name_file_and_line(
    tmp_path: Path, line: int, text: str, message: str
) -> None:
    lines = TEAM.splitlines()
    lines[line - 1] = text
    team = write_tree(tmp_path / "team", {"settings.yaml": "\n".join(lines) + "\n"})
    with pytest.raises(ValidationError) as err:
        load_playbook([team], use_cache=False)
    problems = [p for p in err.value.problems if message in p]
    assert problems, err.value.problems
    assert problems[0].startswith(f"{team / 'settings.yaml'}:{line}: ")


def test_delays_in_business_time(tmp_path: Path) -> None:
    team = write_tree(
        tmp_path / "team",
        {"settings.yaml": "settings:\n  follow_up: 4 business hours\n  satisfaction_check: 2d\n"},
    )
    settings_ = load_playbook([team]).settings
    assert (settings_.follow_up.business, settings_.follow_up.span) == ("hours", timedelta(hours=4))
    assert settings_.follow_up.text == "4 business hours"
    assert settings_.satisfaction_check.text == "2d" and not settings_.satisfaction_check.business
    assert parse_delay("1 business day").text == "1 business day"
    assert parse_delay("30 business minutes").text == "30 business minutes"
    with pytest.raises(UsageError):
        parse_delay("2 business weeks")


@pytest.mark.parametrize("now", ["2026-03-27T16:00", "2026-10-23T16:00", "2026-07-01T17:30"])
def test_the_machine_zone_keeps_its_dst_rules(monkeypatch: pytest.MonkeyPatch, now: str) -> None:
    """No time_zone and a POSIX $TZ: the C library's local time, DST changes included."""
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time.tzset()
    try:
        machine = Calendar()
        madrid = Calendar(time_zone="Europe/Madrid")
        for delay in ("4 business hours", "1 business day", "2d"):
            assert machine.promise(at(now), parse_delay(delay)) == madrid.promise(
                at(now), parse_delay(delay)
            )
    finally:
        monkeypatch.undo()
        time.tzset()


# --- one promise: the reply's words, its follow_up.due and the logged follow-up ---------------

BOOK = load_playbook(use_cache=False)  # at import: no cache outside the test's home
BOOK.settings.calendar = barcelona(closed=("2026-12-24",))


@settings(max_examples=60, deadline=None)
@given(
    now=st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC)),
    incident=st.sampled_from(sorted(BOOK.incidents)),
    lang=st.sampled_from(["ca", "pl", "en"]),
)
def test_the_reply_and_the_follow_up_promise_the_same_moment(
    now: datetime, incident: str, lang: str
) -> None:
    from calmcli.caselog.cases import CaseInput, Policy, build_case
    from calmcli.reply.render import Renderer, ReplyRequest, template_dirs
    from calmcli.reply.when import promise_words

    calendar = BOOK.settings.calendar
    reply = Renderer(BOOK, template_dirs(), now=now).render(
        # with an order: a faulty item with none asks for it first and dates nothing (55510e5)
        ReplyRequest("unclear", "email", incident=incident, lang=lang, order="A-1042")
    )
    due = datetime.fromisoformat(reply.follow_up["due"])
    delay = BOOK.incidents[incident].follow_up or BOOK.settings.follow_up
    assert due == calendar.promise(now, delay)
    policy = Policy.from_playbook(BOOK)
    assert policy.follow_up_due(incident, now) == due
    case = build_case(
        CaseInput(channel="email", incident=incident, follow_up=reply.follow_up["due"], agent="a"),
        policy,
        now,
    )
    assert datetime.fromisoformat(case.followups[0].due_at) == due
    today = now.astimezone(MADRID).date() == due.astimezone(MADRID).date()
    words = promise_words(due.astimezone(MADRID), lang, day_end=calendar.day_end(due), today=today)
    assert words == reply.promise and words in reply.messages[0].text
