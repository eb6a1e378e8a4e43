"""Render a fresh random sample of replies for a native review (reviews/RUBRIC.md).

    python bench/sample_replies.py --lang es --count 44 [--seed N] [--json] > sample-es.txt

Each language is rendered for its review team (bench/review_teams/<lang>/settings.yaml, layered
over playbooks/ as a team folder is with `calm reply --playbooks`): Oleoshop, its contact
address and its calendar (time zone and public holidays), so promises fall where that team's
would. Cases are stratified: over N cases every fault, channel, customer type and incident
appears (each value about N/len times), the rest is random. Facts are drawn per incident from
the documented --set keys, in the language and its currency, with dates coherent with the
clock; names include compound first names, particles, second surnames, handles and none;
some customers are returning ones with their history. The clock is random over
December 2026 - January 2027 with extra weight on odd moments (early morning, 21:00-01:00,
Friday evening, weekends, 23-24 and 31 December, 5-6 January, the team's holidays).

A case the playbook refuses is said on stderr and another is drawn, so the count holds.
Without --seed the sample is new each run; the seed is printed on stderr to replay it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import traceback
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
TEAMS = HERE / "review_teams"
LANGS = ("ca", "es", "pl", "en")
FIRST_DAY, LAST_DAY = date(2026, 12, 1), date(2027, 1, 31)
CURRENCY = {"ca": "EUR", "es": "EUR", "pl": "PLN", "en": "GBP"}

DATA = HERE / "sample_data.yaml"  # names, items, statuses, pickup points, quotes, causes
AMOUNTS = {"EUR": (19, 480), "PLN": (79, 2100), "GBP": (15, 420)}
# Odd moments get extra weight; "any" keeps the rest of the two months in the sample.
MOMENTS = {
    "any": 3.0,
    "early": 1.5,  # 05:30-09:00
    "late": 2.0,  # 21:00-01:00
    "friday-evening": 1.0,
    "weekend": 1.5,
    "eves": 2.0,  # 23, 24 and 31 December, 5 and 6 January
    "holiday": 1.5,  # the team's public holidays
    "closing": 0.8,  # the last minutes of a working day, and just after
}
EVES = (date(2026, 12, 23), date(2026, 12, 24), date(2026, 12, 31), date(2027, 1, 5),
        date(2027, 1, 6))  # fmt: skip
SECTIONS = ("faults", "channels", "customer_types", "incidents")


@dataclass
class Case:
    fault: str
    channel: str
    customer_type: str
    incident: str
    lang: str
    now: datetime  # the clock, in the team's zone
    customer: str | None = None
    greet_as: str | None = None
    agent: str | None = None
    order: str | None = None
    customer_tz: str | None = None
    vars: dict[str, str] = field(default_factory=dict)
    history: dict[str, Any] | None = None


def load_data(lang: str) -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))[lang]
    return data


def stratified(rng: random.Random, values: list[Any], count: int) -> list[Any]:
    """`count` values in which each value appears count/len times (give or take one), in a
    random order: whole shuffled rounds, then a random part of one more."""
    drawn: list[Any] = []
    while len(drawn) < count:
        drawn += rng.sample(values, len(values))
    drawn = drawn[:count]
    rng.shuffle(drawn)
    return drawn


def situations(rng: random.Random, book: Any, count: int) -> list[tuple[str, str, str, str]]:
    """`count` situations covering every fault, channel, customer type and incident (each one
    stratified on its own, so their combinations stay random)."""
    columns = [stratified(rng, list(getattr(book, s)), count) for s in SECTIONS]
    return list(zip(*columns, strict=True))


def team_holidays(calendar: Any) -> dict[date, str]:
    """The team's public holidays over the sampled months (date -> name)."""
    from calmcli.playbook.calendar import public_holidays

    if not calendar.country:
        return {}
    found: dict[date, str] = {}
    for year in (FIRST_DAY.year, LAST_DAY.year):
        for day, name in public_holidays(calendar.country, calendar.subdivision, year).items():
            if FIRST_DAY <= day <= LAST_DAY:
                found[day] = str(name)
    return found


def draw_moment(rng: random.Random, zone: ZoneInfo, holidays: dict[date, str]) -> datetime:
    """A local clock time in the sampled months, odd moments weighted up."""
    days = [FIRST_DAY + timedelta(d) for d in range((LAST_DAY - FIRST_DAY).days + 1)]
    kind = rng.choices(list(MOMENTS), weights=list(MOMENTS.values()))[0]
    day, minute = rng.choice(days), rng.randrange(24 * 60)
    if kind == "early":
        minute = rng.randrange(5 * 60 + 30, 9 * 60)
    elif kind == "late":  # past midnight is the next day
        day, minute = rng.choice(days[:-1]), rng.randrange(21 * 60, 25 * 60)
    elif kind == "friday-evening":
        day = rng.choice([d for d in days if d.weekday() == 4])
        minute = rng.randrange(17 * 60, 24 * 60)
    elif kind == "weekend":
        day = rng.choice([d for d in days if d.weekday() >= 5])
        minute = rng.randrange(7 * 60, 24 * 60)
    elif kind == "eves":
        day, minute = rng.choice(EVES), rng.randrange(6 * 60, 24 * 60)
    elif kind == "holiday" and holidays:
        day, minute = rng.choice(sorted(holidays)), rng.randrange(7 * 60, 24 * 60)
    elif kind == "closing":
        day = rng.choice([d for d in days if d.weekday() < 5 and d not in holidays])
        minute = rng.randrange(17 * 60 + 15, 18 * 60 + 20)
    # Wall-clock minutes (a DST change never falls in these months in these zones).
    return datetime.combine(day, time(0), tzinfo=zone) + timedelta(minutes=minute)


def money(rng: random.Random, currency: str, value: float) -> str:
    """An amount as an agent types it, in one of the ways the README documents."""
    whole = f"{value:.2f}"
    comma = whole.replace(".", ",")
    styles = {
        "EUR": [f"{whole} EUR", f"{comma} €", f"{comma}€"],
        "PLN": [f"{comma} zł", f"{whole} PLN", f"{whole} zł"],
        "GBP": [f"£{whole}", f"{whole} GBP"],
    }[currency]
    return rng.choice(styles)


def deadline(rng: random.Random, words: dict[str, str], lang: str, today: date) -> str:
    """The customer's own deadline, still ahead of the clock."""
    if today < date(2026, 12, 22) and rng.random() < 0.6:
        return words["christmas"]
    # "kings": Reyes / Reis (6 January) in es and ca; New Year's Eve in pl and en.
    last = date(2027, 1, 4) if lang in ("es", "ca") else date(2026, 12, 30)
    if date(2026, 12, 26) <= today < last:
        return words["kings"]
    return words["friday"] if today.weekday() < 3 else words["week"]


def text_of(entry: Any) -> tuple[str, dict[str, Any]]:
    """A data entry: a plain sentence, or {text, ...} with what it needs (an item's tag, a
    carrier status)."""
    if isinstance(entry, dict):
        return str(entry["text"]), entry
    return str(entry), {}


def draw_facts(
    rng: random.Random, case: Case, book: Any, data: dict[str, Any], gender: str | None
) -> None:
    """The --set facts a real agent would give in this situation, dated around the clock."""
    lang, fault, incident = case.lang, case.fault, case.incident
    today = case.now.date()
    currency = CURRENCY[lang]
    facts = case.vars
    needs: str | None = None
    causes = (data["causes"].get(fault) or {}).get(incident) or []
    cause, about = None, {}
    if causes and rng.random() < 0.6:
        cause, about = text_of(rng.choice(causes))
        needs = about.get("needs")
    quote = None
    if incident == "policy-misreading" and rng.random() < 0.7:
        quotes = [
            q
            for q in data["policy_quotes"]
            if fault != "ours" or isinstance(q, dict) and q.get("ours")
        ]
        quote, quoted = text_of(rng.choice(quotes))
        needs = needs or quoted.get("needs")
    items = [i for i in data["items"] if needs is None or needs in i[2]]
    if rng.random() < (0.85 if needs else 0.65):
        item, form, _tags = rng.choice(items)
        facts["item"] = item
        if form:
            facts["item_form"] = form
    if incident == "shipping-delay":
        if rng.random() < 0.6:
            facts["tracking"] = rng.choice(
                [f"1Z{rng.randrange(10**16):016d}", f"{rng.randrange(10**23):024d}",
                 f"PQ{rng.randrange(10**20):020d}"]
            )  # fmt: skip
        status = about.get("status") or rng.choice(["moving", "failed"])
        if fault != "troll" and rng.random() < 0.3:
            facts["pickup_point"] = rng.choice(data["pickup_points"])
            facts["pickup_until"] = str(today + timedelta(rng.randint(2, 6)))
            status = "waiting"
        elif rng.random() < 0.5:  # the day it was due
            facts["delivery_date"] = str(today - timedelta(rng.randint(1, 6)))
        if status != "none" and rng.random() < 0.5:
            facts["carrier_status"] = rng.choice(data["carrier_statuses"][status])
    if incident == "damaged-item" and rng.random() < 0.2:
        facts["tracking"] = f"{rng.randrange(10**12):012d}"
    if incident == "product-defect" and rng.random() < 0.5:
        facts["delivery_date"] = str(today - timedelta(rng.randint(2, 40)))
    if incident == "out-of-stock" and rng.random() < 0.7:
        facts["restock_date"] = str(today + timedelta(rng.randint(4, 40)))
    if quote:
        facts["policy_quote"] = quote
    if incident == "billing" and rng.random() < 0.8:
        low, high = AMOUNTS[currency]
        paid = round(rng.uniform(low, high), rng.choice([0, 2, 2]))
        if rng.random() < 0.8:
            facts["amount"] = money(rng, currency, paid)
        if fault == "ours" and rng.random() < 0.6:  # charged twice, or part of it too much
            whole = about.get("overcharge", rng.choice(["all", "part", "part"])) == "all"
            extra = paid if whole else round(paid * rng.uniform(0.05, 0.4), 2)
            facts["overcharge"] = money(rng, currency, extra)
    if incident in ("shipping-delay", "out-of-stock") and rng.random() < 0.15:
        facts["deadline"] = deadline(rng, data["deadlines"], lang, today)
    if cause:
        facts["cause"] = cause
        if needs == "sized" and rng.random() < 0.7:  # a size out of stock: its restock date
            facts["restock_date"] = str(today + timedelta(rng.randint(5, 25)))
    allowed = [c.kind for c in book.incidents[incident].compensation]
    if book.faults[fault].offers_compensation and allowed and rng.random() < 0.15:
        facts["compensation"] = rng.choice([*allowed, "none"])
    if fault == "troll":
        facts["warning_level"] = str(rng.choice([0, 1, 1, 2, 2, 3]))
    elif case.customer_type == "rude" and rng.random() < 0.4:
        facts["warning_level"] = str(rng.choice([1, 2]))
    if gender and rng.random() < (0.6 if lang == "pl" else 0.25):
        facts["address"] = gender


def draw_case(
    rng: random.Random,
    book: Any,
    data: dict[str, Any],
    situation: tuple[str, str, str, str],
    person: list[Any],
    now: datetime,
) -> Case:
    """One case of `situation` for `person` ([name, gender, greet-as]) at `now`."""
    fault, channel, customer_type, incident = situation
    lang = data["lang"]
    customer, gender, greet_as = person
    if gender is None and customer and not customer.startswith("@") and lang == "pl":
        gender = rng.choice(["f", "m"])  # a name that does not tell: the agent may know
    order = None
    if rng.random() < 0.75:
        order = rng.choice([f"A-{rng.randrange(1000, 99999)}", f"OS-{rng.randrange(10**5, 10**6)}"])
    case = Case(
        fault,
        channel,
        customer_type,
        incident,
        lang,
        now,
        customer=customer,
        greet_as=greet_as if greet_as and rng.random() < 0.7 else None,
        agent=rng.choice([*data["agents"], None]),
        order=order,
        customer_tz="Atlantic/Canary" if lang in ("es", "ca") and rng.random() < 0.05 else None,
    )
    draw_facts(rng, case, book, data, gender)
    if rng.random() < 0.2:  # a returning customer
        had = [c.kind for c in book.incidents[incident].compensation]
        rough = fault == "troll" or customer_type == "rude"
        case.history = {
            "contacts": rng.randint(1, 4),
            "gestures": rng.sample(had, rng.randint(0, 1)) if had else [],
            "warning_level": rng.choice([0, 0, 1]) if rough else 0,
            "cases": [f"C-{rng.randrange(36**5):05X}"[:7]],
        }
    return case


def render(renderer: Any, case: Case) -> Any:
    """The reply `calm reply` prints for the case (the core call it makes, with history)."""
    from calmcli.caselog.history import CustomerHistory
    from calmcli.reply.render import ReplyRequest

    history = None
    if case.history:
        history = CustomerHistory(
            contacts=case.history["contacts"],
            gestures=tuple(case.history["gestures"]),
            warning_level=case.history["warning_level"],
            cases=tuple(case.history["cases"]),
        )
    request = ReplyRequest(
        fault=case.fault,
        channel=case.channel,
        customer_type=case.customer_type,
        incident=case.incident,
        lang=case.lang,
        customer=case.customer,
        agent=case.agent,
        order=case.order,
        greet_as=case.greet_as,
        customer_tz=case.customer_tz,
        vars=dict(case.vars),
        history=history,
    )
    return renderer.render(request)


def situation_lines(number: int, case: Case, zone: str, holidays: dict[date, str]) -> list[str]:
    clock = f"{case.now:%a %d %b %Y %H:%M} ({zone})"
    if case.now.date() in holidays:
        clock += f", public holiday: {holidays[case.now.date()]}"
    who = [
        f"customer={case.customer!r}" if case.customer else "customer=(no name)",
        *([f"greet_as={case.greet_as!r}"] if case.greet_as else []),
        f"agent={case.agent}" if case.agent else "agent=(none: the team signs)",
        f"order={case.order}" if case.order else "order=(none)",
        *([f"customer_tz={case.customer_tz}"] if case.customer_tz else []),
    ]
    lines = [
        f"=== #{number} · {clock}",
        f"    fault={case.fault} · channel={case.channel} · customer_type={case.customer_type}"
        f" · incident={case.incident}",
        "    " + " · ".join(who),
        "    facts: " + ("; ".join(f"{k}={v}" for k, v in case.vars.items()) or "(none)"),
    ]
    if case.history:
        h = case.history
        lines.append(
            f"    returning: {h['contacts']} earlier contact(s)"
            + (f", offered before: {', '.join(h['gestures'])}" if h["gestures"] else "")
            + (f", warning level reached: {h['warning_level']}" if h["warning_level"] else "")
        )
    return lines


def team_line(book: Any, lang: str, count: int) -> str:
    """What the reviewer needs to know of the team: who signs, its zone, hours and holidays."""
    calendar = book.settings.calendar
    hours: dict[str, list[str]] = {}
    for day, ranges in calendar.hours.items():
        if ranges:
            spans = ", ".join(
                f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in ranges
            )
            hours.setdefault(spans, []).append(day.capitalize())
    open_ = "; ".join(
        f"{days[0]}-{days[-1]} {spans}" if len(days) > 1 else f"{days[0]} {spans}"
        for spans, days in hours.items()
    )
    where = str(calendar.country) + (f"-{calendar.subdivision}" if calendar.subdivision else "")
    team = f"{book.settings.team_name(lang)} {book.settings.team.get('brand') or ''}".strip()
    return (
        f"# {count} replies in {lang}. Team: {team}, {calendar.time_zone}; open {open_}; "
        f"closed on other days and on {where} public holidays.\n\n"
    )


def sample(
    lang: str,
    count: int,
    seed: int,
    out: TextIO,
    as_json: bool = False,
    team: Path | None = None,
    err: TextIO = sys.stderr,
) -> int:
    """Write `count` rendered cases to `out`; return how many crashed (refusals are redrawn)."""
    from calmcli.errors import CalmError
    from calmcli.playbook.load import load_playbook
    from calmcli.reply.render import Renderer, template_dirs

    rng = random.Random(seed)
    book = load_playbook([team or TEAMS / lang])
    dirs = template_dirs()
    data = {**load_data(lang), "lang": lang}
    zone_name = str(book.settings.calendar.time_zone)
    zone = ZoneInfo(zone_name)
    holidays = team_holidays(book.settings.calendar)
    plan = situations(rng, book, count)
    people = stratified(rng, data["names"], count)
    if not as_json:
        out.write(team_line(book, lang, count))
    crashed = number = 0
    while number < count:
        now = draw_moment(rng, zone, holidays)
        case = draw_case(rng, book, data, plan[number], people[number], now)
        try:
            reply = render(Renderer(book, dirs, now=now.astimezone(UTC)), case)
        except CalmError as error:
            err.write(f"#{number + 1} refused ({error}); drawing another\n")
            if rng.random() < 0.3:  # the situation itself may be what is refused
                sections = [list(getattr(book, s)) for s in SECTIONS]
                plan[number] = (
                    rng.choice(sections[0]),
                    rng.choice(sections[1]),
                    rng.choice(sections[2]),
                    rng.choice(sections[3]),
                )
            continue
        except Exception:  # a bug: said loudly (and in the exit code), the count kept
            crashed += 1
            err.write(f"#{number + 1} FAILED, drawing another:\n{traceback.format_exc()}\n")
            continue
        number += 1
        for warning in reply.warnings:
            err.write(f"#{number} {warning}\n")
        if as_json:
            situation = {**case.__dict__, "now": case.now.isoformat(timespec="minutes")}
            data_line = {"case": number, **situation, **reply.as_dict()}
            out.write(json.dumps(data_line, ensure_ascii=False) + "\n")
            continue
        for line in situation_lines(number, case, zone_name, holidays):
            out.write(line + "\n")
        due = datetime.fromisoformat(reply.follow_up["due"])
        out.write(f"    follow_up.due {due:%a %d %b %Y %H:%M}\n")
        for message in reply.messages:
            # a chat is sent turn by turn: say so, or its turns read as one long message
            turns = len(message.turns)
            note = f" · {turns} turns, each sent as its own message" if turns > 1 else ""
            out.write(f"--- {message.audience} ({message.register}){note}\n{message.text}\n")
        out.write("\n")
    return crashed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lang", required=True, choices=LANGS)
    parser.add_argument("--count", type=int, default=44)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument(
        "--team", type=Path, default=None, help="team folder (default: bench/review_teams/LANG)"
    )
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**9)
    print(
        f"# seed {seed}: python bench/sample_replies.py --lang {args.lang} "
        f"--count {args.count} --seed {seed}",
        file=sys.stderr,
    )
    crashed = sample(args.lang, args.count, seed, sys.stdout, args.json, args.team)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
