"""Compose a reply from template parts chosen by the situation, and render it safely."""

from __future__ import annotations

import os
import re
import traceback
from collections.abc import Iterable
from dataclasses import field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calmcli.base.durations import Delay
from calmcli.base.records import record
from calmcli.caselog.history import CustomerHistory
from calmcli.errors import UsageError, ValidationError, unknown_value
from calmcli.playbook.model import Playbook, Situation, situation_guidance
from calmcli.playbook.vocabulary import AUDIENCES, REPLY_STYLES
from calmcli.reply import causes, locales
from calmcli.reply.locales import resolve_language
from calmcli.reply.names import (
    catalan_agent,
    catalan_named,
    catalan_spoken_name,
    greeting_name,
)
from calmcli.reply.pl_address import EITHER, cause_for, polish_address

if TYPE_CHECKING:
    from jinja2 import Environment, Template

_JOINS = {"paragraph": "\n\n", "line": "\n"}
# Every value a move template may read (README, "Reply templates"); absent ones are None.
MOVE_VALUES = (
    "greet_as", "agent", "team", "brand", "order", "item", "amount", "overcharge", "cause",
    "moment", "pickup_point", "pickup_until", "restock_date", "delivery_date", "tracking",
    "carrier_status", "policy_quote", "options", "recommended", "percent", "contacts",
    "call_at", "within", "resume_at", "resume_kind", "resume", "return_until",
    "send_on", "email", "closed_from", "closed_to", "closed", "back", "until", "alternative",
)  # fmt: skip


@record
class ReplyRequest:
    """Everything a reply depends on; customer-supplied values are plain data."""

    fault: str
    channel: str
    customer_type: str = "none"
    incident: str = "other"
    lang: str | None = None
    customer: str | None = None
    agent: str | None = None
    order: str | None = None
    vars: dict[str, str] = field(default_factory=dict)
    greet_as: str | None = None  # how to address the customer; default: from the name
    customer_tz: str | None = None  # the customer's IANA zone, when it is not the team's
    # The promised moment when the agent chose the follow-up (calm triage); else the calendar's
    # promise for the playbook's delay.
    due: datetime | None = None
    # A returning customer's earlier contacts, gestures and warning level (issue 14).
    history: CustomerHistory | None = None

    @property
    def situation(self) -> Situation:
        return Situation(self.fault, self.channel, self.customer_type, self.incident)


@record
class Message:
    audience: str
    text: str
    register: str | None = None  # spoken, letter, chat, dm, public (planned replies)
    turns: tuple[str, ...] = ()  # chat: each turn is one message to send
    plan: tuple[dict[str, Any], ...] = ()  # the moves that say it, in order, and why
    words: tuple[str, ...] = ()  # each planned move's own words (calm reply --explain)
    call_at: datetime | None = None  # a script the team cannot say now: when the call is placed
    pending: bool = True  # its plan promises a next step with its time (calm check's next-step)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"audience": self.audience, "text": self.text}
        if self.register:
            data["register"] = self.register
        if self.turns:
            data["turns"] = list(self.turns)
        if self.plan:
            data["plan"] = [dict(m) for m in self.plan]
        if self.call_at is not None:
            data["call_at"] = self.call_at.isoformat(timespec="seconds")
        return data


@record
class Reply:
    lang: str
    channel: str
    messages: tuple[Message, ...]
    guidance: dict[str, Any]
    follow_up: dict[str, Any]
    warnings: tuple[str, ...] = ()
    offered: str | None = None  # the compensation kind the reply offers, if any
    promise: str = ""  # the promised moment in words, as the messages state it
    warning_level: int = 0  # abuse warnings already given (calm check's `warning` condition)

    def as_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "channel": self.channel,
            "messages": [m.as_dict() for m in self.messages],
            "guidance": self.guidance,
            "follow_up": self.follow_up,
        }


@record
class Naming:
    """Who and what a planned reply names, worked out from the request: the customer, the name
    it greets (a handle only where the planner allows it), the agent, the order reference, who
    a Catalan call asks for, and the form of address (pl: Pani/Pan, from the name or --set).
    The planner and the bundled templates read these strings only whole (printed, tested for
    presence or for a leading '@'), which is what lets a batch plan once per situation
    (reply/batch.py) and put each case's strings in afterwards."""

    customer: str | None
    greet_as: str | None
    agent: str | None
    order: str | None
    asked_for: str | None
    address: str | None
    # The agent's name said in a Catalan sentence, with its article: 'Li escriu la Laia'.
    agent_said: str | None = None


@record
class Layout:
    audience: str
    parts: tuple[str, ...]
    join: str


def template_dirs(extra: Iterable[Path | str] | None = None) -> list[Path]:
    """Team template folders first (they override by file name), the bundled folder last."""
    from calmcli.base.paths import bundled_dir

    # One resolved form of every folder (as playbook_dirs): the compiled-template cache is keyed
    # on the files' resolved paths, so a relative folder must never be kept as typed.
    dirs = [Path(d).expanduser().resolve() for d in extra or ()]
    env = os.environ.get("CALM_TEMPLATES")
    if env:
        dirs += [Path(part).expanduser().resolve() for part in env.split(os.pathsep) if part]
    else:
        from calmcli.base.config import config_folders

        dirs += [Path(part).expanduser().resolve() for part in config_folders("templates")]
    for folder in dirs:
        if not folder.is_dir():
            raise UsageError(f"template folder {folder} does not exist")
    return dirs + [bundled_dir("reply_templates")]


class Renderer:
    """Renders replies for one playbook and one stack of template folders."""

    def __init__(self, playbook: Playbook, dirs: list[Path], now: datetime | None = None) -> None:
        self.playbook = playbook
        self.dirs = dirs
        self.now = now or datetime.now(UTC)
        # A batch (`calm reply --jsonl`) promises the same few moments again and again: the
        # calendar's answer per (now, delay) and its wording per (zone, language, moment);
        # and it meets the same situations (their guidance).
        self._promises: dict[tuple[Any, ...], Any] = {}
        self._loaded: dict[str, Template] = {}  # templates by name (the environment never reloads)

    @cached_property
    def languages(self) -> list[str]:
        found = {
            p.name
            for d in self.dirs
            if d.is_dir()
            for p in d.iterdir()
            if (p / "parts").is_dir() or (p / "moves").is_dir()
        }
        return sorted(found)

    @property
    def layouts(self) -> dict[str, list[Layout]]:
        found = self._layouts
        if isinstance(found, ValidationError):  # a fresh error each time, the same problems
            raise ValidationError(list(found.problems))
        return found

    @cached_property
    def _layouts(self) -> dict[str, list[Layout]] | ValidationError:
        """The layouts, or the mistakes of a team's layouts.yaml, read once: every parts reply
        of calm templates check asks for them (a broken file was parsed again 2,520 times)."""
        try:
            return load_layouts(self.dirs)
        except ValidationError as err:
            if type(err) is not ValidationError:
                raise
            return err

    @cached_property
    def env(self) -> Environment:
        return template_environment(self.dirs)

    def resolve_language(self, tag: str | None) -> tuple[str, str | None]:
        return resolve_language(tag, self.languages, self.playbook.settings.default_language)

    def check_request(self, request: ReplyRequest) -> None:
        """Reject unknown situation values and template values with the list of valid ones."""
        for section, value in (
            ("faults", request.fault),
            ("channels", request.channel),
            ("customer_types", request.customer_type),
            ("incidents", request.incident),
        ):
            self.playbook.get(section, value)
        from calmcli.reply.facts import typed_facts

        typed_facts(request.vars)  # an unknown key, a bad date or amount: one line, exit 2

    @cached_property
    def planned_languages(self) -> frozenset[str]:
        """Languages whose wording is per move (`<lang>/moves/`): the plan drives them. A team
        folder that words a language in parts only (the older layout) keeps its parts."""
        planned: set[str] = set()
        seen: set[str] = set()
        for d in self.dirs:
            for p in d.iterdir() if d.is_dir() else ():
                if p.name in seen or not ((p / "moves").is_dir() or (p / "parts").is_dir()):
                    continue
                seen.add(p.name)
                if (p / "moves").is_dir():
                    planned.add(p.name)
        return frozenset(planned)

    def promised_moment(self, delay: Delay, start: datetime | None = None) -> datetime:
        """When the reply promises the next contact (the follow-up is due then): the team
        calendar's promise (playbook/calendar.py) for `delay` from `start` (default now),
        inside opening hours on a working day."""
        start = start or self.now
        key = (start, delay.span, delay.business)
        found = self._promises.get(key)
        if found is None:
            found = self._promises[key] = self.playbook.settings.calendar.promise(start, delay)
        return found

    def render(self, request: ReplyRequest, kind: str = "reply") -> Reply:
        self.check_request(request)
        lang, warning = self.resolve_language(request.lang)
        if lang in self.planned_languages:
            return self.render_planned(request, lang, warning, kind)
        context = self.context(request, lang)
        layouts = self.layouts.get(request.channel)
        if not layouts:
            raise ValidationError(
                [f"{self.dirs[-1]}/layouts.yaml:1: no layout for channel {request.channel!r}"]
            )
        messages = tuple(
            Message(layout.audience, self.render_layout(layout, lang, context))
            for layout in layouts
        )
        return Reply(
            lang=lang,
            channel=request.channel,
            messages=messages,
            guidance=context["guidance"],
            follow_up=context["follow_up"],
            warnings=(warning,) if warning else (),
            offered=(context["compensation"] or {}).get("kind"),
            promise=context["promise"],
        )

    def agent_said(self, agent: str | None) -> str | None:
        """ca: the agent with the personal article, by settings.agents, else names we know."""
        name = _clean(agent)
        gender = self.playbook.settings.agents.get(" ".join((name or "").split()))
        return catalan_agent(name, gender) if gender else catalan_named(name)

    def naming(self, request: ReplyRequest, lang: str, facts: Any = None) -> Naming:
        """Who and what the reply names, from the request (see Naming)."""
        if facts is None:
            from calmcli.reply.facts import typed_facts

            facts = typed_facts(request.vars)
        spoken = request.channel == "phone"
        address = facts.get("address") or inferred_address(request.customer, lang, spoken)
        return Naming(
            customer=_clean(request.customer),
            greet_as=_spoken_name(
                request, _clean(request.greet_as) or greeting_name(request.customer, lang)
            ),
            agent=_clean(request.agent),
            order=_clean(request.order),
            # Who a Catalan call asks for: 'el senyor Solà', 'en Jordi' (reply/names.py).
            asked_for=catalan_spoken_name(request.customer, request.greet_as, address)
            if lang == "ca"
            else None,
            address=address,
            agent_said=self.agent_said(request.agent) if lang == "ca" else None,
        )

    def plan_input(
        self, request: ReplyRequest, lang: str, kind: str = "reply", naming: Naming | None = None
    ) -> Any:
        """What the planner decides from: the situation, facts, policy, history, the moment."""
        from calmcli.reply.facts import typed_facts
        from calmcli.reply.plan import Gesture, PlanInput, call_moment

        playbook = self.playbook
        incident = playbook.incidents[request.incident]
        history = request.history or CustomerHistory()
        facts = typed_facts(request.vars)
        naming = naming or self.naming(request, lang, facts)
        level = max(_warning_level(request.vars.get("warning_level")), history.warning_level)
        settings = playbook.settings
        delay = incident.follow_up or settings.follow_up
        # A call the team cannot place now is placed at its next opening, and promises from then.
        call_at = call_moment(request.channel, self.now, settings.calendar)
        due = request.due or self.promised_moment(delay, call_at)
        return PlanInput(
            fault=request.fault,
            channel=request.channel,
            incident=request.incident,
            customer_type=request.customer_type,
            styles=playbook.customer_types[request.customer_type].reply_style,
            facts=facts,
            options=incident.options,
            offers_gesture=playbook.faults[request.fault].offers_compensation,
            gestures=tuple(Gesture(c.kind, c.percent) for c in incident.compensation),
            contacts=history.contacts,
            gestures_had=tuple(history.gestures),
            warning_level=min(level, 3),
            greet_as=naming.greet_as,
            agent=naming.agent,
            order=naming.order,
            team=settings.team_name(lang) or None,
            brand=settings.team.get("brand"),
            contact_email=settings.contact_email_for(lang),
            # The promised moment in the customer's zone (the calendar's, or the agent's due).
            next_contact=self.promised(request, lang, due)["moment"],
            kind=kind,
            now=self.now if self.now.tzinfo else self.now.astimezone(),  # a naive one: local
            calendar=settings.calendar,
            call_at=call_at,
            cause_about=self.cause_about(request, facts, lang),
            cause_says=causes.cause_says(facts, lang),
            delay=delay,
        )

    def cause_about(self, request: ReplyRequest, facts: Any, lang: str) -> frozenset[str] | None:
        """The incidents the agent's cause speaks of (calm analyze's incident words), read
        only when the planner may use it (ours or not ours: not while we still check, nor for
        a troll)."""
        cause = facts.get("cause")
        if request.fault not in ("not-ours", "ours") or not cause:
            return None
        from calmcli.text.analyze import incidents_named

        return incidents_named(str(cause), lang, self.lexicons(lang))

    def lexicons(self, lang: str) -> Any:
        """calm analyze's lexicons of `lang` (and the common one), loaded once per language:
        one reply needs one language's, not the four (the Polish one alone is half of them)."""
        from calmcli.playbook.lexicons import load_lexicons

        if lang not in self._lexicons:
            book = self.playbook
            self._lexicons[lang] = load_lexicons(None, book.customer_types, book.incidents, [lang])
        return self._lexicons[lang]

    @cached_property
    def _lexicons(self) -> dict[str, Any]:
        return {}

    def render_planned(
        self,
        request: ReplyRequest,
        lang: str,
        warning: str | None,
        kind: str = "reply",
        naming: Naming | None = None,
    ) -> Reply:
        """Plan the reply, then word each move in the language (reply/plan.py, wording.py);
        `naming` (default: the request's) is who and what it names."""
        from calmcli.reply.locales import format_until_day
        from calmcli.reply.plan import plan, spoken_of
        from calmcli.reply.when import back_words, closed_days_words, resume_words, within_words
        from calmcli.reply.wording import plan_json, word_messages

        self.check_incident_wording(request.incident, lang)
        if naming is None:
            from calmcli.reply.facts import typed_facts

            naming = self.naming(request, lang, typed_facts(request.vars))
        given = self.plan_input(request, lang, kind, naming)
        decided = plan(given)
        base = {
            **dict.fromkeys(MOVE_VALUES),  # a value the plan did not give a move is None
            "lang": lang,
            "customer": naming.customer,
            "address": naming.address,
            # The greeting of the hour the customer hears it (a planned call's, else now's).
            "daypart": daypart(
                (given.call_at or self.now).astimezone(given.next_contact.tzinfo), lang
            ),
            # the incident as planned: the one the agent's cause shows it to be
            "incident": spoken_of(given).incident,
            "asked_for": naming.asked_for,
            "agent_said": naming.agent_said,
            # The item's gender and number (filter agree), from its article or --set item_form.
            "item_fact": locales.typographic(str(given.facts.get("item") or ""), lang) or None,
            "item_form": locales.item_form(
                str(given.facts.get("item") or ""), lang, str(given.facts.get("item_form") or "")
            ),
        }
        delay = self.playbook.incidents[request.incident].follow_up
        delay = delay or self.playbook.settings.follow_up
        said = given.call_at or self.now  # when the customer reads or hears the reply
        # A call says its times aloud ('by half past five this afternoon', reply/when.py).
        spoken = request.channel == "phone"
        promised = self.promised(request, lang, given.next_contact, said, spoken)
        # The date/time phrase (reply/when.py) and the customer's zone when it is not the team's.
        base.update(promise=promised["words"], zone_label=promised["label"])

        def word(move: Any, audience: str, values: dict[str, Any]) -> str:
            # A move that carries its own moment (a restock's day) words that moment.
            moment = move.args.get("moment")
            if isinstance(moment, datetime) and moment != given.next_contact:
                words = self.promised(request, lang, moment, said, spoken)["words"]
                values = {**values, "promise": words}
            if lang == "pl" and values.get("cause"):  # 'Państwa bank' said to a Pani
                values = {**values, "cause": cause_for(values["cause"], naming.address)}
            if move.args.get("within") is not None:  # a delay from the customer's reply
                values = {**values, "within": within_words(move.args["within"], lang)}
            if move.args.get("closed_from") is not None:  # the closed days before a promise
                first, last = move.args["closed_from"], move.args["closed_to"]
                closed = closed_days_words(first, last, lang)
                # the month was just said ('closed until Sunday 27 December and back on …')
                short = move.variant.split("_")[0] in ("single", "range", "until")
                back = move.args.get("back")
                back = back and back_words(back, last, lang, short)
                until = format_until_day(last, lang)  # 'until Sunday 3 January'
                values = {**values, "closed": closed, "back": back, "until": until}
            if move.args.get("resume_at") is not None:  # written while closed: when we're back
                kind = move.args.get("resume_kind") or "weekday"
                resume = resume_words(move.args["resume_at"], kind, lang, audience == "public")
                values = {**values, "resume": resume}
            return self.word_move(lang, request.incident, move, base, audience, values)

        worded = word_messages(decided.messages, lang, word)
        messages = tuple(
            Message(
                m.audience,
                text,
                m.register,
                turns,
                tuple(plan_json(m)),
                words,
                given.call_at if m.register == "spoken" else None,
                m.pending,
            )
            for m, text, turns, words in worded
        )
        calendar = self.playbook.settings.calendar
        due = decided.next_contact  # the calendar's moment (a coming restock: its day's close)
        if due != given.next_contact:
            promised = self.promised(request, lang, due, said, spoken)
        return Reply(
            lang=lang,
            channel=request.channel,
            messages=messages,
            guidance=self.guidance(request),
            follow_up={
                "delay": delay.text,
                "due": due.astimezone(calendar.zone).isoformat(timespec="seconds"),
                "reason": f"follow up on {request.incident} ({request.fault})",
            },
            warnings=tuple(w for w in (warning, _cause_left_out(given)) if w),
            offered=decided.gesture.kind if decided.gesture else None,
            promise=promised["words"],
            warning_level=given.warning_level,
        )

    def guidance(self, request: ReplyRequest) -> dict[str, Any]:
        """The situation's guidance, merged once per situation (a batch repeats them)."""
        key = ("guidance", request.fault, request.channel, request.customer_type, request.incident)
        found = self._promises.get(key)
        if found is None:
            found = self._promises[key] = situation_guidance(self.playbook, request.situation)
        return found

    def check_incident_wording(self, incident: str, lang: str) -> None:
        """A team's own incident needs its own words (the bundled moves word only ours)."""
        from calmcli.reply.plan import INCIDENT_IDS

        own = f"{lang}/incidents/{incident}/"
        if incident in INCIDENT_IDS or any(n.startswith(own) for n in self.move_templates):
            return
        raise ValidationError(
            [
                f"{self.dirs[-1]}/{lang}/moves/acknowledge.j2:1: no wording for {incident!r}: "
                "give the incident its own wording with `calm playbook add incident` (it "
                f"writes {own}acknowledge.j2 and resolve.j2 in your template folder)"
            ]
        )

    @cached_property
    def move_templates(self) -> frozenset[str]:
        """`<lang>/moves/<move>.j2` and `<lang>/incidents/<id>/<move>.j2` in any folder."""
        found = set()
        for d in self.dirs:
            if d.is_dir():
                for pattern in ("*/moves/*.j2", "*/incidents/*/*.j2"):
                    found |= {p.relative_to(d).as_posix() for p in d.glob(pattern)}
        return frozenset(found)

    def word_move(
        self,
        lang: str,
        incident: str,
        move: Any,
        base: dict[str, Any],
        audience: str,
        values: dict[str, Any],
    ) -> str:
        """One move in words, in the context of the reply's values (`base`), its audience and
        its own values (these first)."""
        context = {**base, "audience": audience, **values}
        return self.render_move(lang, incident, move, context)

    def render_move(self, lang: str, incident: str, move: Any, context: dict[str, Any]) -> str:
        """One move in words: the block named by its variant in the move's template (an
        incident's own `<lang>/incidents/<id>/<move>.j2` first, when it words that variant)."""
        from calmcli.reply.sandbox import time_limit

        names = [f"{lang}/incidents/{incident}/{move.move}.j2", f"{lang}/moves/{move.move}.j2"]
        template = None
        for name in names:
            if name in self.move_templates:
                template = self._template(name)
                if move.variant in template.blocks:
                    break
        filename = names[-1] if template is None else (template.filename or names[-1])
        if template is None or move.variant not in template.blocks:
            raise ValidationError(
                [
                    f"{filename}:1: no wording for move {move.move!r}, variant "
                    f"{move.variant!r}: add {{% block {move.variant} %}}...{{% endblock %}}"
                ]
            )
        try:
            with time_limit(filename):
                block = template.blocks[move.variant]
                text = "".join(block(template.new_context(context)))
        except Exception as err:  # any failure inside a team template is reported, not raised raw
            raise ValidationError([_template_problem(_in_template_lines(err), filename)]) from None
        return _tidy(text)

    def render_layout(self, layout: Layout, lang: str, context: dict[str, Any]) -> str:
        context = {**context, "audience": layout.audience}
        pieces = [self.render_part(lang, part, context) for part in layout.parts]
        pieces = [p for p in pieces if p]
        if layout.join == "bullets":
            return "\n".join(f"- {' '.join(p.split())}" for p in pieces)
        return _JOINS[layout.join].join(pieces)

    @cached_property
    def incident_parts(self) -> frozenset[str]:
        """Template names `<lang>/incidents/<id>/<part>.j2` found in any template folder."""
        return frozenset(
            p.relative_to(d).as_posix()
            for d in self.dirs
            if d.is_dir()
            for p in d.glob("*/incidents/*/*.j2")
        )

    def render_part(self, lang: str, part: str, context: dict[str, Any]) -> str:
        # An incident's own wording of a part (calm playbook add incident) wins over the part.
        name = f"{lang}/incidents/{context.get('incident')}/{part}.j2"
        if name not in self.incident_parts:
            name = f"{lang}/parts/{part}.j2"
        return self.render_template(name, context)

    def render_template(self, name: str, context: dict[str, Any]) -> str:
        """One template rendered and tidied; any failure is a team lead's FILE:LINE problem."""
        template = self._template(name)
        from calmcli.reply.sandbox import time_limit

        try:
            with time_limit(template.filename or name):
                text = template.render(context)
        except Exception as err:  # any failure inside a team template is reported, not raised raw
            raise ValidationError([_template_problem(err, template.filename or name)]) from None
        return _tidy(text)

    def _template(self, name: str) -> Template:
        found = self._loaded.get(name)  # Jinja's own cache looks each name up through weakrefs
        if found is None:
            found = self._loaded[name] = self._load(name)
        return found

    def _load(self, name: str) -> Template:
        from jinja2 import TemplateNotFound, TemplateSyntaxError

        try:
            return self.env.get_template(name)
        except TemplateNotFound:
            part = name.rsplit("/", 1)[-1].removesuffix(".j2")
            raise ValidationError(
                [
                    f"{self.dirs[0]}/{name}:1: the part {part!r} does not exist in any template "
                    "folder (layouts.yaml names it): create it, or remove it from the layout"
                ]
            ) from None
        except TemplateSyntaxError as err:
            raise ValidationError(
                [f"{err.filename or name}:{err.lineno}: {syntax_words(err.message or '')}"]
            ) from None

    def promised(
        self,
        request: ReplyRequest,
        lang: str,
        due: datetime,
        said: datetime | None = None,
        spoken: bool = False,
    ) -> dict[str, Any]:
        """The promised moment in the customer's zone (--customer-tz, else the calendar's
        default for the language, else the team's) and in words, the zone named when the
        customer's clock differs from the team's; 'today' when it falls on the day the reply
        is said (`said`: the planned call's moment, else now); `spoken`: said on a call."""
        said = said or self.now
        key = ("words", request.customer_tz, lang, due, said, spoken)
        found = self._promises.get(key)
        if found is None:
            found = self._promises[key] = self._promised(
                request.customer_tz, lang, due, said, spoken
            )
        return dict(found)

    def _promised(
        self,
        customer_tz: str | None,
        lang: str,
        due: datetime,
        said: datetime | None = None,
        spoken: bool = False,
    ) -> dict[str, Any]:
        from calmcli.playbook.calendar import load_zone
        from calmcli.reply.when import promise_words, zone_label

        calendar = self.playbook.settings.calendar
        zone = load_zone(customer_tz) if customer_tz else None
        zone = zone or calendar.customer_zone(lang) or calendar.zone
        moment = due.astimezone(zone)
        foreign = moment.utcoffset() != due.astimezone(calendar.zone).utcoffset()
        label = zone_label(zone, lang) if foreign else None
        today = said is not None and said.astimezone(zone).date() == moment.date()
        words = promise_words(
            moment,
            lang,
            day_end=calendar.day_end(due),
            zone_label=label,
            today=today,
            spoken=spoken,
        )
        return {"moment": moment, "words": words, "label": label}

    def context(self, request: ReplyRequest, lang: str) -> dict[str, Any]:
        """The variables every template may use; absent values are None, never missing."""
        playbook = self.playbook
        fault = playbook.faults[request.fault]
        incident = playbook.incidents[request.incident]
        customer_type = playbook.customer_types[request.customer_type]
        delay = incident.follow_up or playbook.settings.follow_up
        calendar = playbook.settings.calendar
        due = request.due or calendar.promise(self.now, delay)
        promised = self.promised(request, lang, due)
        styles = set(customer_type.reply_style)
        history = request.history or CustomerHistory()
        level = max(_warning_level(request.vars.get("warning_level")), history.warning_level)
        return {
            "lang": lang,
            "fault": request.fault,
            "channel": request.channel,
            "customer_type": request.customer_type,
            "incident": request.incident,
            "customer": _clean(request.customer),
            "first_name": _clean(request.greet_as) or greeting_name(request.customer, lang),
            "agent": _clean(request.agent),
            "order": _clean(request.order),
            "vars": OptionalValues(worded_facts(_with_address(request, lang), lang)),
            "style": {s: s in styles for s in REPLY_STYLES},
            "options": list(incident.options),
            "compensation": _choose_compensation(
                fault.offers_compensation,
                incident.compensation,
                request.vars.get("compensation"),
                history.gestures,
            ),
            # The level this customer reached on any case applies on its own (issue 14).
            "warning_level": min(level, 3),
            "history": {
                "contacts": history.contacts,
                "gestures": list(history.gestures),
                "warning_level": history.warning_level,
            },
            "signature": team_signature(playbook.settings, lang),
            # The promised moment in the customer's zone, and in words (reply/when.py).
            "next_contact": promised["moment"],
            "promise": promised["words"],
            "now": self.now.astimezone(promised["moment"].tzinfo),
            "guidance": situation_guidance(playbook, request.situation),
            "follow_up": {
                "delay": delay.text,
                "due": due.astimezone(calendar.zone).isoformat(timespec="seconds"),
                "reason": f"follow up on {request.incident} ({request.fault})",
            },
        }


def _cause_left_out(given: Any) -> str | None:
    """Tell the agent when their --set cause is not used (only a cause that explains it)."""
    from calmcli.reply.plan import cause_fits

    if not given.facts.get("cause") or cause_fits(given) or given.fault != "not-ours":
        return None
    about = ", ".join(sorted(given.cause_about or ()))
    return f"--set cause left out: it speaks of {about}, not of {given.incident}"


def _spoken_name(request: ReplyRequest, name: str | None) -> str | None:
    """A handle (@...) is not a name to say on the phone."""
    return None if request.channel == "phone" and name and name[:1] == "@" else name


# When a language's afternoon and evening greetings start: English "Good afternoon" at noon,
# Spanish and Catalan after lunch ("Buenas tardes", "Bona tarda"), Polish "Dobry wieczór" at 18.
_DAYPARTS = {"en": (12, 18), "es": (14, 21), "ca": (14, 20), "pl": (14, 18)}


def daypart(moment: datetime, lang: str = "en") -> str:
    """morning, afternoon or evening: the spoken greeting of the hour (buenos días...)."""
    afternoon, evening = _DAYPARTS.get(lang, (12, 18))
    hour = moment.hour
    return "morning" if hour < afternoon else "afternoon" if hour < evening else "evening"


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


class OptionalValues(dict[str, str]):
    """The free-form `--set` values: a template may ask for any of them; absent ones are None."""

    def __missing__(self, key: str) -> None:
        return None


def team_signature(settings: Any, lang: str) -> str:
    """The team's name in the reply's language, after the brand when there is one."""
    name = settings.team_name(lang)
    brand = settings.team.get("brand")
    return f"{name} · {brand}" if brand and name else (name or brand or "")


def worded_facts(values: dict[str, str], lang: str) -> dict[str, str]:
    """The --set facts as the reply writes them: dates and amounts in the locale's form."""
    from calmcli.reply.facts import FACTS, Money
    from calmcli.reply.locales import format_money, format_plain_date

    words = {}
    for key, raw in values.items():
        text = raw.strip()
        if not text:
            continue
        kind = FACTS[key].kind if key in FACTS else "text"
        if kind in ("money", "date"):
            from calmcli.reply.facts import typed_facts

            value = typed_facts({key: text})[key]
            text = (
                format_money(value.amount, value.currency, lang)
                if isinstance(value, Money)
                else format_plain_date(value, lang)  # type: ignore[arg-type]
            )
        words[key] = text
    return words


def _choose_compensation(
    allowed: bool, offers: Iterable[Any], wanted: str | None, given: Iterable[str] = ()
) -> dict[str, Any] | None:
    """The offer the reply makes: the one asked for, else the first this customer has not
    already had (a returning customer is not offered the same gesture again mechanically)."""
    offers = list(offers) if allowed else []
    if wanted == "none":
        return None
    if wanted:
        for offer in offers:
            if offer.kind == wanted:
                return dict(offer.as_dict())
        raise unknown_value(
            "compensation for this situation", wanted, [o.kind for o in offers] + ["none"]
        )
    fresh = [offer for offer in offers if offer.kind not in set(given)]
    return dict(fresh[0].as_dict()) if fresh else None


def _warning_level(raw: str | None) -> int:
    if raw is None or raw == "":
        return 0
    if str(raw).isdigit() and 0 <= int(raw) <= 3:
        return int(raw)
    raise UsageError(f"warning_level must be 0, 1, 2 or 3, got {raw!r}")


def _tidy(text: str) -> str:
    """Strip stray spaces and blank lines that template control blocks leave behind."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _template_problem(err: BaseException, filename: str) -> str:
    """FILE:LINE of the template line that failed, in words a team lead can act on."""
    line = 1
    for frame in traceback.extract_tb(err.__traceback__):
        if frame.filename.endswith(".j2"):
            filename, line = frame.filename, frame.lineno or 1
    kind = type(err).__name__
    if kind == "SecurityError":
        return f"{filename}:{line}: refused by the sandbox: {err}"
    if kind == "UndefinedError":
        return f"{filename}:{line}: {_undefined_words(str(err), filename)}"
    return f"{filename}:{line}: the template failed here: {err}"


def _in_template_lines(err: Exception) -> BaseException:
    """The error with Jinja's traceback rewritten to template lines. Template.render does this
    itself; a block rendered on its own (a move's variant) keeps the generated code's lines,
    so the FILE:LINE a team lead reads would point past the template's end."""
    from jinja2.debug import rewrite_traceback_stack

    try:
        return rewrite_traceback_stack()
    except Exception:  # rewriting is a courtesy: the original error still names the file
        return err


def _undefined_words(message: str, filename: str) -> str:
    from calmcli.base.paths import bundled_dir

    key = re.match(r"'(?:dict|list) object' has no attribute '([^']*)'", message)
    if key:
        hint = (
            "give the incident its own wording with `calm playbook add incident` (or copy "
            "this file with `calm templates init`)"
            if Path(filename).resolve().is_relative_to(bundled_dir("reply_templates").resolve())
            else "add an entry for it"
        )
        return f"no wording for {key.group(1)!r} in the list this line reads; {hint}"
    name = re.match(r"'([^']*)' is undefined", message)
    if name:
        return f"unknown value {name.group(1)!r}: templates may use the variables of calm reply"
    return f"a value this line needs is missing ({message})"


def syntax_words(message: str) -> str:
    """Jinja's syntax message, said the way a team lead fixes it."""
    unclosed = re.search(r"innermost block that needs to be closed is '(\w+)'", message)
    if unclosed:
        tag = unclosed.group(1)
        return f"a {{% {tag} %}} is never closed: add {{% end{tag} %}}"
    unknown = re.match(r"Encountered unknown tag '(\w+)'", message)
    if unknown:
        tag = unknown.group(1)
        if tag.startswith("end") or tag in ("else", "elif"):
            return f"{{% {tag} %}} has no opening {{% {tag.removeprefix('end')} %}} before it"
        return f"unknown tag {{% {tag} %}}"
    return f"template syntax: {message}"


def template_environment(dirs: list[Path]) -> Environment:
    """The sandboxed environment replies render in (also the one bundled templates compile in)."""
    from jinja2 import StrictUndefined

    from calmcli.reply.sandbox import team_environment

    env = team_environment(
        dirs,
        undefined=StrictUndefined,
        autoescape=False,  # replies are plain text, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    env.filters.update(_date_filters())
    return env


def _date_filters() -> dict[str, Any]:
    """Date filters that format in the reply's own language (taken from the context)."""
    from jinja2 import pass_context

    from calmcli.reply import causes, locales

    def bind(formatter: Any) -> Any:
        return pass_context(lambda ctx, value: formatter(value, ctx["lang"]))

    return {
        "day": bind(locales.format_day),
        "date": bind(locales.format_date),
        "time": bind(locales.format_time),
        "relative": bind(locales.format_relative),
        "clock": bind(locales.format_clock),
        "on_day": bind(locales.format_on_day),
        "until_day": bind(locales.format_until_day),
        "capfirst": locales.capitalise_first,
        "pl_at_point": locales.polish_point,
        "lead": pass_context(lambda ctx, value: locales.leading_phrase(value, ctx["lang"])),
        "bare": locales.without_full_stop,
        "clause": pass_context(lambda ctx, value: causes.as_clause(value, ctx["lang"])),
        "spoken_email": bind(locales.spoken_email),
        "in_speech": locales.in_speech,
        "prep": pass_context(
            lambda ctx, value, word: locales.with_preposition(value, word, ctx["lang"])
        ),
        "agree": pass_context(_agree),
    }


def _agree(ctx: Any, value: Any, *forms: str) -> str:
    """`{{ item|agree('arribat', 'arribada', 'arribats', 'arribades') }}`: the word that agrees
    with the item (None: the item the reply is about, else masculine singular) or with a noun
    phrase by its article ('la seva comanda'); forms are (ms, fs, mp, fp) or (singular, plural)."""
    from calmcli.reply import locales

    if len(forms) not in (2, 4, 5):
        raise ValueError("agree takes 2 forms (singular, plural), 4 (ms, fs, mp, fp) or 5 (+ ns)")
    if value is None or value == ctx.get("item_fact"):
        form = ctx.get("item_form") or "ms"
    else:
        form = locales.item_form(str(value), ctx["lang"])
    return locales.agreeing(form, forms)


def load_layouts(dirs: list[Path]) -> dict[str, list[Layout]]:
    """Read layouts.yaml from the first template folder that has one (cached once parsed)."""
    from calmcli.base.cache import cached

    path = next((d / "layouts.yaml" for d in dirs if (d / "layouts.yaml").is_file()), None)
    if path is None:
        raise ValidationError([f"{dirs[-1]}/layouts.yaml:1: missing layouts file"])
    return cached("layouts", [path], lambda: _parse_layouts(path), dict[str, list[Layout]])


_LAYOUT_KEYS = ("audience", "parts", "join")


def _parse_layouts(path: Path) -> dict[str, list[Layout]]:
    """Every mistake in a team's layouts.yaml as `FILE:LINE: message`, never a traceback."""
    from calmcli.base.problems import Problems, kind_of
    from calmcli.base.yamlfile import line_of, load_yaml_file
    from calmcli.playbook.vocabulary import CHANNELS

    raw = load_yaml_file(path)
    problems = Problems()
    layouts: dict[str, list[Layout]] = {}
    if not isinstance(raw, dict) or not isinstance(raw.get("layouts"), dict):
        got = kind_of(raw.get("layouts") if isinstance(raw, dict) else raw)
        where = line_of(raw, "layouts") if isinstance(raw, dict) else 1
        problems.add(path, where, f"expected 'layouts:' with one entry per channel, got {got}")
        problems.raise_if_any()
    for key in raw:
        if key != "layouts":
            problems.at(path, raw, key, f"unknown key {str(key)!r}; valid: layouts")
    channels = raw["layouts"]
    for channel, messages in channels.items():
        if channel not in CHANNELS:
            problems.at(
                path,
                channels,
                channel,
                f"unknown channel {str(channel)!r}; valid: " + ", ".join(CHANNELS),
            )
            continue
        if not isinstance(messages, list) or not messages:
            problems.at(
                path,
                channels,
                channel,
                f"{channel}: expected a list of messages ('- audience: ...'), "
                f"got {kind_of(messages)}",
            )
            continue
        layouts[channel] = []
        for index, message in enumerate(messages):
            if not isinstance(message, dict):
                problems.at(
                    path,
                    messages,
                    index,
                    f"{channel}: each message must be a mapping with audience and parts, "
                    f"got {kind_of(message)}",
                )
                continue
            layout = _layout(path, channel, message, problems)
            if layout is not None:
                layouts[channel].append(layout)
    for channel in CHANNELS:
        if channel not in channels:
            problems.at(
                path,
                raw,
                "layouts",
                f"no layout for channel {channel!r} (this file replaces the bundled "
                "layouts.yaml, so it needs every channel)",
            )
    problems.raise_if_any()
    return layouts


def _layout(path: Path, channel: str, message: Any, problems: Any) -> Layout | None:
    start = len(problems)
    for key in message:
        if key not in _LAYOUT_KEYS:
            problems.at(
                path,
                message,
                key,
                f"{channel}: unknown key {str(key)!r}; valid: {', '.join(_LAYOUT_KEYS)}",
            )
    audience, parts = message.get("audience"), message.get("parts")
    join = message.get("join", "paragraph")
    if audience not in AUDIENCES:
        problems.at(
            path,
            message,
            "audience",
            f"{channel}: audience must be one of {', '.join(AUDIENCES)}, got {audience!r}"[:200],
        )
    if not isinstance(parts, list) or not parts:
        problems.at(path, message, "parts", f"{channel}: parts must be a list of part names")
    else:
        for index, part in enumerate(parts):
            if not isinstance(part, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", part):
                problems.at(
                    path,
                    parts,
                    index,
                    f"{channel}: each part is a template name like next_step, "
                    f"got {str(part)[:60]!r}",
                )
    if join not in (*_JOINS, "bullets"):
        problems.at(
            path,
            message,
            "join",
            f"{channel}: join must be paragraph, line or bullets, got {str(join)[:60]!r}",
        )
    if len(problems) > start:
        return None
    return Layout(audience, tuple(parts), join)


def inferred_address(customer: str | None, lang: str, spoken: bool = False) -> str | None:
    """The form of address told by the name where a language needs it (pl: Pani/Pan; on a
    call with no gender known, both: reply/pl_address.py)."""
    if lang != "pl":
        return None
    return polish_address(customer) or (EITHER if spoken else None)


def _with_address(request: ReplyRequest, lang: str) -> dict[str, str]:
    """The agent's facts, with `address` told by the name when the agent gave none."""
    address = None if request.vars.get("address") else inferred_address(request.customer, lang)
    return {**request.vars, "address": address} if address else dict(request.vars)
