"""What the agent's free-text facts say that changes what a reply does.

The agent types a cause (--set cause), a carrier status and a pickup point in the customer's
language. A few things they may say change the resolution, not just the wording, so they are
read once here into a small set of kinds (`cause_says`) that the planner acts on; anything
else is the safe fallback: the cause is said as the agent wrote it, and the incident's own
resolution stands.

The kinds, and what the planner does with each (reply/plan.py):

- ``returned``: the parcel came back to our warehouse: it goes out again, nobody chases the
  carrier.
- ``held``: the parcel never left our warehouse (held, stuck, not dispatched): we send it
  ourselves and say when its tracking comes; no carrier to chase, no tracking to follow yet.
- ``address``: the parcel carries a wrong or old address: it is redirected to the right one,
  which the customer confirms; a failed-delivery status is explained by it.
- ``incomplete``: the address lacked a flat, door or house number: we ask for the full address.
- ``attempted``: the carrier tried to deliver and found nobody (the cause or the carrier status
  says so): the customer can rearrange the delivery.
- ``pickup``: the parcel waits at a pickup point for the customer to collect.
- ``locker``: that point is a parcel locker (the cause or --set pickup_point says so): it
  opens with the carrier's code, not with ID.
- ``unstocked``: we sold a size or a model we did not have, so the item never sold out.
- ``hazard``: the fault is one that can overheat, burn or shock (a faulty thermostat, a
  battery): the customer is told to stop using it.
- ``twice``: a charge was taken twice: the duplicate is refunded in full, and the invoice was
  right (no corrected invoice, which is for an overcharge).
- ``hold``: what the customer sees is a pre-authorisation held on the card (billing, not
  ours): said as such, released by the bank, never with a release time of ours.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# What a cause says, by kind and language. Each pattern is searched case-insensitively in the
# agent's text; a kind absent for a language is never read in it.
_CAUSE_WORDS: dict[str, dict[str, re.Pattern[str]]] = {
    "returned": {
        "en": re.compile(
            r"\b(returned|sent\b[^.]{0,20}\bback|came back|come back|went back|gone back|"
            r"on its way back)\b"
            r"[^.]{0,40}\b(warehouse|depot|sender|to us)\b|return(ed)? to sender",
            re.I,
        ),
        "es": re.compile(
            r"\b(devuelt[oa]s?|devolvi[óo]|volvi[óo]|ha vuelto|regres[óo]|ha regresado|"
            r"retornad[oa])\b"
            r"[^.]{0,40}\b(almac[ée]n|remitente|nosotros)\b",
            re.I,
        ),
        "ca": re.compile(
            r"\b(retornat|retornada|va retornar|ha retornat|va tornar|ha tornat|tornat)\b"
            r"[^.]{0,40}\b(magatzem|remitent|nosaltres)\b",
            re.I,
        ),
        "pl": re.compile(
            r"\b(wróci\w*|zwrócon\w*|odesłan\w*|zawrócon\w*)\b[^.]{0,40}"
            r"\b(magazyn\w*|nadawc\w*|do nas)\b",
            re.I,
        ),
    },
    "held": {
        "en": re.compile(
            r"\b(held|stuck|kept|sat|sitting|left|stayed)\b[^.]{0,30}\b(in|at) (our|the) "
            r"warehouse\b|\bnever left (our|the) warehouse\b|\b(not|never|wasn't|hasn't been|"
            r"was not|has not been) (yet )?(dispatched|shipped|sent out)\b",
            re.I,
        ),
        "es": re.compile(
            r"\b(retenid[oa]s?|parad[oa]s?|atascad[oa]s?|se qued[óo])\b[^.]{0,30}"
            r"\b(en|de) (nuestro|el) almac[ée]n\b|\bno (ha|había) salido (de|del) "
            r"(nuestro )?almac[ée]n\b|\bno se (ha|había) (enviado|despachado)\b",
            re.I,
        ),
        "ca": re.compile(
            r"\b(retingu[dt]a?|aturad[ae]|encallad[ae]|es va quedar)\b[^.]{0,30}"
            r"\b(al|el nostre|del nostre|en el nostre) magatzem\b|\bno (ha|havia) sortit del "
            r"(nostre )?magatzem\b|\bno s[’'](ha|havia) enviat\b",
            re.I,
        ),
        "pl": re.compile(
            r"\b(utknęł\w*|utknął|zatrzyman\w*|został\w*|leżał\w*)\b[^.]{0,30}\bw (naszym )?"
            r"magazynie\b|\bnie (został\w* )?(wysłan\w*|nadan\w*)\b|\bnie opuścił\w* "
            r"(naszego )?magazynu\b",
            re.I,
        ),
    },
    "address": {
        "en": re.compile(
            r"\b(old|wrong|previous|incorrect|outdated|former)\b[^.]{0,15}\baddress\b", re.I
        ),
        "es": re.compile(
            r"\bdirecci[óo]n (antigua|equivocada|err[óo]nea|incorrecta|anterior|vieja)\b", re.I
        ),
        "ca": re.compile(r"\badreça (antiga|equivocada|errònia|incorrecta|anterior|vella)\b", re.I),
        "pl": re.compile(
            r"\b(star\w*|błędn\w*|nieaktualn\w*|zł\w*|niewłaściw\w*|poprzedni\w*|"
            r"nieprawidłow\w*)\s+adres\w*",
            re.I,
        ),
    },
    "incomplete": {
        "en": re.compile(
            r"\b(no|missing|without|lacked|lacking|didn't have|did not have)\b[^.]{0,25}"
            r"\b(flat|apartment|door|house|floor|unit) (number|no)\b|\bincomplete address\b",
            re.I,
        ),
        "es": re.compile(
            r"\bfalta(ba|n|ban)?\b[^.]{0,30}\b(piso|puerta|n[úu]mero|escalera|portal)\b|"
            r"\bsin (el )?(n[úu]mero|piso|puerta)\b|\bdirecci[óo]n incompleta\b",
            re.I,
        ),
        "ca": re.compile(
            r"\bfalta(va|ven)?\b[^.]{0,30}\b(pis|porta|número|escala)\b|"
            r"\bsense (el )?(número|pis|porta)\b|\badreça incompleta\b",
            re.I,
        ),
        "pl": re.compile(
            r"\bbrak\w*\b[^.]{0,30}\bnumer\w* (mieszkania|lokalu|domu)\b|"
            r"\bbez numeru (mieszkania|lokalu|domu)\b|\bniepełn\w* adres\w*",
            re.I,
        ),
    },
    "attempted": {
        "en": re.compile(
            r"\b(nobody|no one|no-one)\b[^.]{0,15}\b(home|in|there)\b|\bnot (at )?home\b|"
            r"\b(left|leave) a (card|note|notice)\b|\bdelivery (attempt|attempted|failed)|"
            r"\bfailed delivery\b",
            re.I,
        ),
        "es": re.compile(
            r"\bnadie en casa\b|\bno (encontr[óo]|hab[íi]a) (a )?nadie\b|"
            r"\bdestinatario ausente\b|\bdej[óo] (un )?aviso\b|\bentrega fallida\b|"
            r"\bintento de entrega\b",
            re.I,
        ),
        "ca": re.compile(
            r"\bningú a casa\b|\bno (va trobar|hi havia) ningú\b|\bdestinatari absent\b|"
            r"\bva deixar un avís\b|\blliurament fallit\b|\bintent de lliurament\b",
            re.I,
        ),
        "pl": re.compile(
            r"\bnie zastał\w*\b|\bnikogo (nie było )?w domu\b|\bzostawił\w* awizo\b|"
            r"\bnieudan\w* (prób\w* )?doręczeni\w*|\badresat\w* nieobecn\w*",
            re.I,
        ),
    },
    "unstocked": {
        "en": re.compile(
            r"\b(sizes?|colou?rs?|models?|stock)\b[^.]{0,40}\b(didn't|did not|don't|do not|"
            r"never|no longer) (have|had|stock|carry|carried)\b",
            re.I,
        ),
        "es": re.compile(
            r"\b(talla|color|modelo|existencias|stock|número)s?\b[^.]{0,40}\bno "
            r"(la |lo |las |los )?(ten[íi]amos|tenemos|quedaba|quedaban|hab[íi]a)\b",
            re.I,
        ),
        "ca": re.compile(
            r"\b(talla|color|model|existències|estoc|número)s?\b[^.]{0,40}\bno "
            r"(la |el |les |els |l’|l')?(teníem|tenim|quedava|quedaven|hi havia)\b",
            re.I,
        ),
        "pl": re.compile(
            r"\b(rozmiar\w*|kolor\w*|model\w*)\b[^.]{0,40}\bnie (mieliśmy|mamy|było)\b",
            re.I,
        ),
    },
    "pickup": {
        "en": re.compile(
            r"\b(pick-?up|collection) point|parcel (shop|locker)|\blocker\b|post office", re.I
        ),
        "es": re.compile(
            r"punto de (recogida|entrega|conveniencia)|oficina de correos|taquilla|consigna", re.I
        ),
        "ca": re.compile(r"punt de (recollida|lliurament)|oficina de correus|taquilla", re.I),
        "pl": re.compile(
            r"punk\w* (odbioru|nadania)|paczkoma[tc]|placówc\w* poczt|urzęd\w* poczt", re.I
        ),
    },
    "locker": {
        "en": re.compile(r"\b(parcel )?lockers?\b|\bInPost\b", re.I),
        "es": re.compile(r"\btaquillas?\b|\bconsignas?\b|\blockers?\b|\bCitypaq\b", re.I),
        "ca": re.compile(r"\btaquill(a|es)\b|\bconsign(a|es)\b|\blockers?\b", re.I),
        "pl": re.compile(r"paczkoma[tc]\w*|\bautomat\w* paczkow\w*|\bInPost\b", re.I),
    },
    "hazard": {
        "en": re.compile(
            r"thermostat|overheat\w*|\bburn\w*|\bfire\b|smok\w*|spark\w*|short[- ]circuit|"
            r"electric shock|battery (swell\w*|swollen)",
            re.I,
        ),
        "es": re.compile(
            r"termostato|sobrecalent\w*|\bquemadur\w*|\bincendio|\bhumo\b|chispa\w*|"
            r"cortocircuito|descarga eléctrica|batería hinchada",
            re.I,
        ),
        "ca": re.compile(
            r"termòstat|sobreescalf\w*|\bcremad\w*|\bincendi\b|\bfum\b|espurn\w*|"
            r"curtcircuit|descàrrega elèctrica|bateria inflada",
            re.I,
        ),
        "pl": re.compile(
            r"termostat\w*|przegrz\w*|\bpożar\w*|\bdym\w*|iskrz\w*|zwarci\w*|"
            r"porażeni\w* prądem|spuchnięt\w* bateri\w*",
            re.I,
        ),
    },
}

_CAUSE_WORDS |= {
    "twice": {
        "en": re.compile(
            r"\b(twice|two times|double[- ]charged|charged double|duplicate(d)? "
            r"(payment|charge))\b",
            re.I,
        ),
        "es": re.compile(
            r"\b(dos veces|duplicad[oa]s?|(cobro|cargo) doble|doble (cobro|cargo))\b", re.I
        ),
        "ca": re.compile(
            r"\b(dues vegades|duplicat|duplicada|(cobrament|càrrec) doble|doble "
            r"(cobrament|càrrec))\b",
            re.I,
        ),
        "pl": re.compile(r"\b(dwa razy|dwukrotnie|podwójn\w*|zdublowan\w*)\b", re.I),
    },
    # a hold on the card or at the bank (never a parcel held in our warehouse: ``held``)
    "hold": {
        "en": re.compile(
            r"pre-?authori[sz]ation|\b(hold|held)\b[^.]{0,40}\b(bank|card|amount|charge|"
            r"payment|funds)\b|\b(bank|card)\b[^.]{0,40}\b(hold|held)\b",
            re.I,
        ),
        "es": re.compile(
            r"preautorizaci[óo]n|\b(retenci[óo]n|reten\w*|retuv\w*|retiene)\b[^.]{0,40}"
            r"\b(banco|tarjeta|importe|cargo|pago)|\b(banco|tarjeta)\b[^.]{0,40}"
            r"\b(retenci[óo]n|reten\w*|retuv\w*|retiene)\b",
            re.I,
        ),
        "ca": re.compile(
            r"preautorització|\b(retenció|reten\w*|ret[ée]|retingu\w*)\b[^.]{0,40}"
            r"\b(banc|targeta|import|càrrec|pagament)|\b(banc|targeta)\b[^.]{0,40}"
            r"\b(retenció|reten\w*|ret[ée]|retingu\w*)\b",
            re.I,
        ),
        "pl": re.compile(
            r"preautoryzacj\w*|\b(blokad\w*|zablokowa\w*)\b[^.]{0,40}\b(bank\w*|kart\w*|"
            r"kwot\w*|środk\w*)|\b(bank\w*|kart\w*)\b[^.]{0,40}\b(blokad\w*|zablokowa\w*)\b",
            re.I,
        ),
    },
}

# Which fact each kind is read from: the cause by default; a locker from the pickup point as
# well; a failed delivery from the carrier's status as well.
_READ_FROM = {
    "locker": ("cause", "pickup_point"),
    "attempted": ("cause", "carrier_status"),
}


def cause_says(facts: Mapping[str, Any], lang: str) -> frozenset[str]:
    """The kinds the agent's facts say (see the module's docstring), in the reply's language."""
    found = set()
    for kind, by_lang in _CAUSE_WORDS.items():
        words = by_lang.get(lang)
        texts = (str(facts.get(key) or "") for key in _READ_FROM.get(kind, ("cause",)))
        if words and any(words.search(text) for text in texts):
            found.add(kind)
    return frozenset(found)


# First words of a cause that are lower case inside a sentence (a determiner, a pronoun, a
# common noun of the trade): 'The courier found nobody at home' reads 'We've checked, and the
# courier found…'. Any other capital (a carrier's or a person's name) is kept as typed.
_LOWER_FIRST = {
    "en": "the a an our your their its it we they this that there he she his her some one "
    "courier carrier parcel order item unit delivery payment charge website system warehouse "
    "manufacturer supplier account crack seal fault damage",
    "es": "el la los las un una unos unas nuestro nuestra nuestros nuestras su sus se lo le "
    "en al del no este esta ese esa hubo había repartidor transportista paquete pedido "
    "artículo unidad entrega pago cargo web sistema almacén fabricante proveedor cuenta "
    "golpe junta avería daño",
    "ca": "el la els les l’ l' un una uns unes el nostre nostra nostres seu seva es no en "
    "a aquest aquesta hi repartidor transportista paquet comanda article unitat lliurament "
    "pagament càrrec web sistema magatzem fabricant proveïdor compte cop junta avaria dany",
    "pl": "nasz nasza nasze nasi ten ta to te kurier przewoźnik paczka przesyłka zamówienie "
    "produkt egzemplarz dostawa płatność obciążenie strona system magazyn producent dostawca "
    "konto pęknięcie uszczelka usterka uszkodzenie w na nie z po przy przez podczas już "
    "bramka bank blokada klient klientka adres etykieta kod rabat faktura kwota termin "
    "sortownia punkt paczkomat placówka produkcja zwrot rozmiar sztuki stan towar model "
    "zapakowaliśmy wysłaliśmy pomyliliśmy nakleiliśmy naliczyliśmy pobraliśmy",
}
_FIRST_WORD = re.compile(r"^(l[’']|[^\W\d_]+)", re.I)


def as_clause(text: Any, lang: str) -> str:
    """The agent's cause as a clause inside our sentence ('We've checked, and the courier…'):
    one line, no final full stop, a first word lower case when it is a common word (a name
    such as 'Correos' or 'DPD' stays as typed)."""
    clause = " ".join(str(text).split()).rstrip(" .")
    found = _FIRST_WORD.match(clause)
    if found and found.group(0).lower() in _LOWER_FIRST.get(lang, "").split():
        clause = clause[:1].lower() + clause[1:]
    return clause
