"""Render a fresh random sample of replies for a native review (reviews/RUBRIC.md).

    python bench/sample_replies.py --lang es --count 40 [--seed N] [--json] > sample.txt

Each case draws a fault, channel, customer type, incident, name (compound first names too),
order, facts, warning level, returning history and a clock time (early morning, late evening,
Friday evening, weekend, the eve of a holiday...), and prints the situation, then every message.
Without --seed the sample is new each run; the seed used is printed first so it can be replayed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import UTC, datetime, timedelta

NAMES = {
    "es": ["Juan Carlos Pérez", "María José Fernández", "Lucía Gómez", "José Luis Ramírez",
           "Carmen Ruiz", "María del Carmen Soto", "@pepe_77", "Álvaro", None],
    "ca": ["Jordi Puig", "Maria Teresa Vila", "Núria Soler", "Josep Maria Riera", "Marta Puig",
           "@laia_bcn", "Pere", None],
    "pl": ["Jan Nowak", "Anna Maria Kowalska", "Łukasz Wiśniewski", "Katarzyna Zielińska",
           "@kasia_k", "Piotr", None],
    "en": ["Jane Smith", "Mary Ann Jones", "Tom Baker", "@dave_uk", "Priya", None],
}  # fmt: skip
ITEMS = {
    "es": ["la cafetera Xpress", "el patinete eléctrico", "las zapatillas Trail 3"],
    "ca": ["la cafetera Xpress", "el patinet elèctric", "les sabatilles Trail 3"],
    "pl": ["ekspres Xpress", "hulajnoga elektryczna", "buty Trail 3"],
    "en": ["the Xpress coffee maker", "the electric scooter", "the Trail 3 trainers"],
}
CAUSES = {
    "es": ["el repartidor no encontró a nadie en casa y dejó el aviso en el buzón",
           "la avería se debe a que se usó un cargador no compatible"],
    "ca": ["el repartidor no va trobar ningú a casa i va deixar l’avís a la bústia",
           "l’avaria es deu a l’ús d’un carregador no compatible"],
    "pl": ["kurier nie zastał nikogo w domu i zostawił awizo",
           "usterka wynika z użycia niekompatybilnej ładowarki"],
    "en": ["the courier found nobody at home and left a card",
           "the fault comes from using a charger that isn't compatible"],
}  # fmt: skip
PICKUP = {
    "es": "el estanco de la calle Mayor, 12",
    "ca": "l’estanc del carrer Major, 12",
    "pl": "paczkomat WAW123, ul. Długa 5",
    "en": "the newsagent at 12 High Street",
}
QUOTES = {"es": "Las devoluciones se aceptan en un plazo de 30 días.",
          "ca": "Les devolucions s’accepten en un termini de 30 dies.",
          "pl": "Zwroty przyjmujemy w ciągu 30 dni.",
          "en": "Returns are accepted within 30 days."}  # fmt: skip
# Clock times worth reviewing (Europe/Madrid): morning, evening, Friday night, weekend, eves.
MOMENTS = ["2026-12-01T08:05", "2026-12-02T21:40", "2026-12-04T19:30", "2026-12-05T11:15",
           "2026-12-07T13:10", "2026-12-23T17:45", "2026-12-31T00:15", "2027-01-05T16:20",
           "2026-12-09T23:30", "2026-12-10T09:55"]  # fmt: skip


def draw(rng: random.Random, lang: str, book: object) -> tuple[dict[str, object], str]:
    from calmcli.playbook.model import Playbook

    assert isinstance(book, Playbook)
    fault = rng.choice(list(book.faults))
    incident = rng.choice(list(book.incidents))
    facts: dict[str, str] = {}
    if rng.random() < 0.6:
        facts["item"] = rng.choice(ITEMS[lang])
    if incident == "billing" and rng.random() < 0.7:
        facts["amount"] = rng.choice(["49.90 EUR", "11,50 €", "1250 EUR", "129 zł"])
        if fault == "ours" and rng.random() < 0.5:
            facts["overcharge"] = "11.50 EUR"
    if incident == "shipping-delay":
        if rng.random() < 0.4:
            facts["tracking"] = "1Z999AA10123456784"
        if fault == "not-ours" and rng.random() < 0.5:
            facts["pickup_point"] = PICKUP[lang]
            facts["pickup_until"] = "2026-12-11"
    if incident == "out-of-stock" and rng.random() < 0.6:
        facts["restock_date"] = "2027-01-12"
    if incident == "policy-misreading" and rng.random() < 0.6:
        facts["policy_quote"] = QUOTES[lang]
    if fault == "not-ours" and rng.random() < 0.6:
        facts["cause"] = rng.choice(CAUSES[lang])
    if fault == "troll" or rng.random() < 0.15:
        facts["warning_level"] = str(rng.choice([0, 1, 2, 3]))
    if lang == "pl" and rng.random() < 0.5:
        facts["address"] = rng.choice(["f", "m"])
    case: dict[str, object] = {
        "fault": fault,
        "channel": rng.choice(list(book.channels)),
        "customer_type": rng.choice(list(book.customer_types)),
        "incident": incident,
        "lang": lang,
        "customer": rng.choice(NAMES[lang]),
        "agent": rng.choice(["Lucía", "Marta", "Ola", "Sam", None]),
        "order": rng.choice(["A-1042", None]),
        "vars": facts,
        "returning": rng.random() < 0.15,
    }
    return case, rng.choice(MOMENTS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", required=True, choices=["ca", "es", "pl", "en"])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**9)
    rng = random.Random(seed)
    from zoneinfo import ZoneInfo

    from calmcli.caselog.history import CustomerHistory
    from calmcli.playbook.load import load_playbook
    from calmcli.reply.render import Renderer, ReplyRequest, template_dirs

    book = load_playbook()
    print(f"# seed {seed}: python bench/sample_replies.py --lang {args.lang} "
          f"--count {args.count} --seed {seed}", file=sys.stderr)  # fmt: skip
    for number in range(1, args.count + 1):
        case, clock = draw(rng, args.lang, book)
        now = datetime.fromisoformat(clock).replace(tzinfo=ZoneInfo("Europe/Madrid"))
        now += timedelta(minutes=rng.randrange(0, 50))
        history = CustomerHistory(contacts=2, gestures=("discount",)) if case["returning"] else None
        request = ReplyRequest(
            fault=str(case["fault"]), channel=str(case["channel"]),
            customer_type=str(case["customer_type"]), incident=str(case["incident"]),
            lang=args.lang, customer=case["customer"], agent=case["agent"],  # type: ignore[arg-type]
            order=case["order"], vars=dict(case["vars"]), history=history,  # type: ignore[arg-type]
        )  # fmt: skip
        try:
            reply = Renderer(book, template_dirs(), now=now.astimezone(UTC)).render(request)
        except Exception as err:  # a case the playbook refuses (e.g. a gesture it forbids)
            print(f"#{number} refused: {err}", file=sys.stderr)
            continue
        case["now"] = now.isoformat(timespec="minutes")
        if args.json:
            print(json.dumps({"case": number, **case, **reply.as_dict()}, ensure_ascii=False))
            continue
        situation = " · ".join(
            f"{k}={v}" for k, v in case.items() if v not in (None, {}, False) and k != "lang"
        )
        print(f"=== #{number} {situation}")
        print(f"    follow_up.due {reply.follow_up['due']}")
        for message in reply.messages:
            print(f"--- {message.audience} ({message.register})")
            print(message.text)
        print()


if __name__ == "__main__":
    main()
