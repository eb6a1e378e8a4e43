"""`calm triage`: the guided walk. The only module that prompts (through calmcli.walk.prompts)."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calmcli.errors import CalmError, UsageError
from calmcli.playbook.model import Playbook
from calmcli.reply.render import Message, Renderer, Reply, ReplyRequest
from calmcli.walk import prompts

if TYPE_CHECKING:
    from rich.console import Console

    from calmcli.caselog.history import CustomerHistory
    from calmcli.caselog.model import Case

STEPS = (
    "message",
    "who",
    "fault",
    "channel",
    "customer_type",
    "incident",
    "facts",
    "lang",
    "reply",
    "follow_up",
)
# Facts the walk takes from the customer's message, for the agent to confirm (reply/facts.py).
MESSAGE_FACTS = {"amount": "Amount", "deadline": "Customer's deadline"}
NO_FOLLOW_UP = ("none", "no", "false")
# Flags that an agent must give when there is no terminal to ask on.
NEEDED_WITHOUT_TERMINAL = {"customer": "--customer", "fault": "--fault", "channel": "--channel"}


@dataclass
class Answers:
    """What the walk knows so far; None means not answered yet."""

    message: str | None = None
    customer: str | None = None
    contact: str | None = None
    order: str | None = None
    fault: str | None = None
    channel: str | None = None
    customer_type: str | None = None
    incident: str | None = None
    lang: str | None = None
    follow_up: str | None = None
    summary: str | None = None
    agent: str | None = None
    vars: dict[str, str] = field(default_factory=dict)
    texts: tuple[str, ...] | None = None  # the reply as accepted (possibly edited)
    due: datetime | None = None  # the promised moment, when the agent chose the follow-up
    customer_tz: str | None = None  # the customer's zone, when it is not the team's
    received: str | None = None  # when the customer wrote (default: now)
    case_id: str | None = None  # continue this open case instead of opening a new one
    history: CustomerHistory | None = None  # what this customer already had from us

    def request(self) -> ReplyRequest:
        return ReplyRequest(
            fault=self.fault or "unclear",
            channel=self.channel or "email",
            customer_type=self.customer_type or "none",
            incident=self.incident or "other",
            lang=self.lang,
            customer=self.customer,
            agent=self.agent,
            order=self.order,
            vars=dict(self.vars),
            history=self.history,
            due=self.due,
            customer_tz=self.customer_tz,
        )


class NotLogged(CalmError):
    """The walk's case could not be logged; its reply is `text`, its answers a draft."""

    def __init__(self, why: str, text: str) -> None:
        super().__init__(
            f"the case was not logged ({why}); the reply is printed and the walk kept: "
            "`calm triage --resume` logs it"
        )
        self.text = text


@dataclass(frozen=True)
class TriageResult:
    case_id: str
    reply: Reply
    texts: tuple[str, ...]
    follow_up_due: datetime | None


def missing_without_terminal(given: Answers, accept: bool) -> list[str]:
    """The flags a non-interactive run lacks (it never prompts)."""
    missing = [flag for key, flag in NEEDED_WITHOUT_TERMINAL.items() if not getattr(given, key)]
    if not accept:
        missing.append("--yes")
    return missing


def final_text(reply: Reply, texts: tuple[str, ...]) -> str:
    """The reply as the agent pastes it: one message, or each under a one-line header."""
    if len(texts) == 1:
        return texts[0] + "\n"
    return "\n".join(
        f"--- {m.audience} message ---\n{t}\n" for m, t in zip(reply.messages, texts, strict=True)
    )


class Walk:
    """Ask what is missing, one question at a time, then log the case."""

    def __init__(
        self,
        playbook: Playbook,
        renderer: Renderer,
        given: Answers,
        *,
        accept: bool,
        interactive: bool,
        console: Console,
        open_store: Callable[[], Any],
        now: datetime | None = None,
        before_log: Callable[[str], None] | None = None,
    ) -> None:
        self.playbook = playbook
        self.renderer = renderer
        self.answers = given
        self.accept = accept
        self.interactive = interactive
        self.console = console
        self.open_store = open_store
        self.before_log = before_log  # given the final reply before the case is logged
        self.now = now or datetime.now(UTC)
        # Steps answered by flags are skipped, unless the agent goes back to them.
        self.skip = {name for name in STEPS if self._given(name)}
        # --yes with every required answer given: nothing is asked, in a terminal or not.
        self.unattended = accept and not missing_without_terminal(given, accept)
        self.reply: Reply | None = None
        # Suggestions from the customer's message: offered as defaults, never imposed.
        self.detected_lang: str | None = None
        self.suggested_type: str | None = None
        self.suggested_fault: str | None = None
        self.message_orders: tuple[str, ...] = ()
        self.suggested_incident = "other"
        self.signed_name: str | None = None
        self.message_facts: dict[str, str] = {}  # amount, deadline: as the message states them
        self.set_by_flag = frozenset(given.vars)  # --set facts: the message does not override
        # Where each fact the history is looked up by came from, for the agent to see.
        self.origin = {
            key: "--" + key for key in ("customer", "contact", "order") if getattr(given, key)
        }
        self.history: list[Case] = []

    def _given(self, step: str) -> bool:
        a = self.answers
        return {
            "message": a.message is not None,
            "who": bool(a.customer),
            "reply": self.accept,
            "facts": False,  # asked only when the message states facts no --set gave
        }.get(step, getattr(a, step, None) is not None)

    # --- the walk ---------------------------------------------------------------------------

    def run(self) -> TriageResult:
        follow_up = (self.answers.follow_up or "").strip()
        if follow_up and follow_up.lower() not in NO_FOLLOW_UP and self.answers.due is None:
            from calmcli.caselog.followups import promised

            # A follow-up given ahead: the reply promises that very moment.
            self.answers.due = promised(follow_up, self.now, self.playbook.settings.calendar)
        if not self.interactive:
            missing = missing_without_terminal(self.answers, self.accept)
            if missing:
                raise UsageError(f"no terminal to ask on; give {', '.join(missing)}")
        self._header()
        index = 0
        while index < len(STEPS):
            step = STEPS[index]
            try:
                if step in self.skip or not self.interactive or self.unattended:
                    self._apply_default(step)
                else:
                    getattr(self, f"ask_{step}")()
                index += 1
            except prompts.Back:
                index = self._previous(index)
        try:
            return self._log()
        except CalmError as err:  # the log refused the case: the agent's work is not lost
            from calmcli.walk.draft import save_draft

            assert self.reply is not None and self.answers.texts is not None
            if self.answers.due is None and self.reply.follow_up.get("due"):
                # The printed reply promises this moment: a resumed walk keeps it, later too.
                self.answers.due = datetime.fromisoformat(self.reply.follow_up["due"])
            save_draft(self.answers)
            raise NotLogged(str(err), final_text(self.reply, self.answers.texts)) from None

    def _previous(self, index: int) -> int:
        """Go back to the step before, even one a flag answered (the agent wants to change it)."""
        previous = max(index - 1, 0)
        while previous > 0 and (
            STEPS[previous] == "message"
            or (STEPS[previous] == "facts" and not self._facts_to_ask())
        ):
            previous -= 1
        self.skip.discard(STEPS[previous])
        if STEPS[previous] != "reply":  # the agent agreed to drop their edits (ask_reply)
            self.answers.texts = None
        return previous

    def _apply_default(self, step: str) -> None:
        a = self.answers
        if step == "message" and a.message:
            self._read_message(a.message)
        elif step == "who":
            if not a.order and self.message_orders:
                a.order = self.message_orders[0]
                self.origin["order"] = "the message"
            self._show_history()
        elif step == "customer_type" and not a.customer_type:
            a.customer_type = "none"
        elif step == "incident" and not a.incident:
            a.incident = self._likely_incident()
        elif step == "facts":
            for key, value in self.message_facts.items():
                a.vars.setdefault(key, value)
        elif step == "lang" and not a.lang:
            a.lang = self._likely_lang()
        elif step == "reply":
            self.reply = self.renderer.render(a.request())
            if a.texts is None:
                a.texts = tuple(m.text for m in self.reply.messages)
            if self.interactive:
                self._show_reply()
            else:
                for audience, findings in self.check_findings().items():
                    for finding in findings:
                        self.console.print(
                            f"calm: check {finding.level}: {audience} message: "
                            f"{finding.rule}: {finding.message}",
                            markup=False,
                            highlight=False,
                        )

    def _header(self) -> None:
        if self.interactive:
            self.console.rule("[bold]calm[/] · triage", style="cyan")
            self.console.print(
                "Choose with the arrow keys and Enter; the message box ends with Esc then "
                "Enter. Ctrl-C stops without saving anything.",
                style="dim",
            )

    # --- the questions ----------------------------------------------------------------------

    def ask_message(self) -> None:
        text = prompts.multiline("Customer's message:")
        self.answers.message = text or ""
        if text:
            self._read_message(text)

    def _read_message(self, text: str) -> None:
        from calmcli.walk.reading import read_message

        reading = read_message(text, self.answers.channel)
        self.detected_lang = reading.lang
        self.suggested_type = reading.customer_type
        self.suggested_fault = "troll" if reading.troll else None
        self.message_orders = reading.orders
        self.suggested_incident = reading.incident
        self.signed_name = reading.name
        found = {"amount": reading.amount, "deadline": reading.deadline}
        self.message_facts = {key: value for key, value in found.items() if value}
        if self.interactive:
            self.console.print("What stands out in the message:", style="bold")
            for line in reading.lines():
                self.console.print(f"  {line}", style="yellow", highlight=False, markup=False)

    def ask_who(self) -> None:
        a = self.answers
        signed = self.signed_name if not a.customer else None
        name = prompts.text(
            "Customer's name or handle:", default=a.customer or signed or "", required=True
        )
        if signed and name == signed:
            self.origin["customer"] = "the message's signature"
            a.customer = name
        else:
            a.customer = self._asked("customer", name)
        a.contact = self._asked(
            "contact",
            prompts.text("Contact (email, phone or handle; optional):", default=a.contact or "")
            or None,
        )
        suggested = a.order or (self.message_orders[0] if self.message_orders else "")
        order = prompts.text("Order or ticket reference (optional):", default=suggested) or None
        if order and order == suggested and not a.order:
            self.origin["order"] = "the message"
            a.order = order
        else:
            a.order = self._asked("order", order)
        self._show_history()

    def _asked(self, key: str, value: str | None) -> str | None:
        """Note that the agent typed `key` here, unless it is what a flag had given."""
        if value != getattr(self.answers, key) or key not in self.origin:
            self.origin[key] = "asked"
        if not value:
            self.origin.pop(key, None)
        return value

    def ask_fault(self) -> None:
        suggested = self.suggested_fault
        if suggested == "troll" and self.history:
            # A customer with earlier cases is someone we have failed before, not a troll.
            suggested = None
            self.console.print(
                f"Not pre-selected as troll: {len(self.history)} earlier case(s) of this "
                "customer (a repeat contact, however rude).",
                style="yellow",
                markup=False,
                highlight=False,
            )
        self.answers.fault = self._pick(
            "Was it our fault?", "faults", self.answers.fault, default=suggested or "unclear"
        )

    def ask_channel(self) -> None:
        self.answers.channel = self._pick(
            "Channel:", "channels", self.answers.channel, default="email"
        )

    def ask_customer_type(self) -> None:
        self.answers.customer_type = self._pick(
            "Customer type:",
            "customer_types",
            self.answers.customer_type,
            default=self.suggested_type or "none",
        )

    def ask_incident(self) -> None:
        self.answers.incident = self._pick(
            "Incident:", "incidents", self.answers.incident, default=self._likely_incident()
        )

    def _likely_incident(self) -> str:
        """The incident the message suggests, when the playbook has it."""
        known = self.playbook.section("incidents")
        return self.suggested_incident if self.suggested_incident in known else "other"

    def _facts_to_ask(self) -> dict[str, str]:
        return {k: v for k, v in self.message_facts.items() if k not in self.set_by_flag}

    def ask_facts(self) -> None:
        """Confirm the amount and deadline the message states; they become the reply's facts."""
        from calmcli.reply.facts import FACTS, parse_money

        def money(value: str) -> str | None:
            try:
                parse_money("amount", value)
            except UsageError as err:
                return str(err)
            return None

        a = self.answers
        for key, value in self._facts_to_ask().items():
            answer = prompts.text(
                f"{MESSAGE_FACTS[key]} (from the message; empty: none):",
                default=a.vars.get(key, value),
                validate=money if FACTS[key].kind == "money" else None,
            )
            if answer:
                a.vars[key] = answer
            else:
                a.vars.pop(key, None)

    def ask_lang(self) -> None:
        default = self.answers.lang or self._likely_lang()
        self.answers.lang = self._pick_language("Reply language:", default)
        self._show_guidance()

    def ask_reply(self) -> None:
        a = self.answers
        while True:
            self.reply = self.renderer.render(a.request())
            if a.texts is None or len(a.texts) != len(self.reply.messages):
                a.texts = tuple(m.text for m in self.reply.messages)
            self._show_reply()
            try:
                action = prompts.select(
                    "The reply:",
                    [
                        prompts.Option("accept", "Accept it"),
                        prompts.Option("edit", "Edit it in $EDITOR"),
                        prompts.Option("lang", "Switch language"),
                    ],
                    default="accept",
                )
            except prompts.Back:  # an earlier answer changes the reply: the edits go if asked
                if self._may_drop_edits("going back", "Go back and drop my edits"):
                    raise
                continue
            if action == "accept":
                return
            if action == "edit":
                a.texts = self._edit(a.texts)
            elif self._may_drop_edits("another language", "Switch language and drop my edits"):
                a.lang = self._pick_language("Reply language:", a.lang or "en")
                a.texts = None

    def _may_drop_edits(self, what: str, drop: str) -> bool:
        """A new reply is rendered: the agent's $EDITOR edits go only if they say so."""
        a = self.answers
        assert self.reply is not None
        if a.texts is None or a.texts == tuple(m.text for m in self.reply.messages):
            return True
        choice = prompts.select(
            f"You edited this reply; {what} starts a new one without your edits:",
            [
                prompts.Option("keep", "Keep my edited reply (stay here)"),
                prompts.Option("drop", drop),
            ],
            default="keep",
            can_go_back=False,
        )
        return choice == "drop"

    def _edit(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        """Edit the reply in $EDITOR. A reply of several messages whose marker line the agent
        deleted (or moved) cannot be split: the agent says what to do, never losing the edit."""
        assert self.reply is not None
        messages = self.reply.messages
        text = editor_text(messages, texts)
        while True:
            edited = run_editor(text)
            parts = split_edited(edited, messages, texts)
            if parts is not None:
                return parts
            missing = [m for m in markers(messages) if m not in edited]
            why = f"no line {missing[0]!r}" if missing else "its marker lines out of order"
            self.console.print(
                f"Your edit has {why}: calm cannot tell where each message starts.",
                style="yellow",
                markup=False,
                highlight=False,
            )
            first, rest = messages[0].audience, "/".join(m.audience for m in messages[1:])
            choice = prompts.select(
                "What to do with your edit?",
                [
                    prompts.Option("edit", "Edit it again (the missing marker lines on top)"),
                    prompts.Option(
                        "first", f"Use it all as the {first} message ({rest}: as before)"
                    ),
                    prompts.Option("drop", "Drop this edit (the reply as before it)"),
                ],
                default="edit",
                can_go_back=False,
            )
            if choice == "first":
                return (without_markers(edited, messages) or texts[0], *texts[1:])
            if choice == "drop":
                return texts
            text = "".join(f"{m}\n" for m in missing) + edited

    def ask_follow_up(self) -> None:
        from calmcli.caselog.followups import upcoming

        default = self.reply.follow_up["delay"] if self.reply else "2d"

        def valid(value: str) -> str | None:
            try:
                upcoming(value, self.now, self.playbook.settings.calendar)
            except UsageError as err:
                return str(err)
            return None

        answer = prompts.text(
            "Follow up in:",
            default=self.answers.follow_up or default,
            validate=valid,
            instruction="(2h, 3d, 4 business hours, 2 business days or a date: 2026-12-01)",
        )
        # Keeping the default means: at the time the reply promised.
        self.answers.follow_up = None if answer == default else answer
        if self.answers.follow_up:
            self._promise_again(self.answers.follow_up)

    def _promise_again(self, follow_up: str) -> None:
        """The follow-up changed after the reply was accepted: the reply promises the new
        moment too. The agent's edits are kept (the old promise's words replaced by the new);
        if their text no longer states the old promise, the agent says what to do."""
        from calmcli.caselog.followups import promised

        a, old = self.answers, self.reply
        assert old is not None and a.texts is not None
        a.due = promised(follow_up, self.now, self.playbook.settings.calendar)
        self.reply = self.renderer.render(a.request())
        if self.reply.promise == old.promise:
            return
        fresh = tuple(m.text for m in self.reply.messages)
        if a.texts == tuple(m.text for m in old.messages):
            a.texts = fresh
        elif old.promise and any(old.promise in text for text in a.texts):
            a.texts = tuple(text.replace(old.promise, self.reply.promise) for text in a.texts)
        else:
            carried = [
                carry_edit(text, m.text, new)
                for text, m, new in zip(a.texts, old.messages, fresh, strict=True)
            ]
            if all(text is not None for text in carried):
                a.texts = tuple(text or "" for text in carried)
            else:
                a.texts = self._ask_stale_edit(a.texts, fresh)
        self.console.print(
            f"The reply now promises {self.reply.promise}, when the follow-up is due.",
            markup=False,
            highlight=False,
        )
        self._show_reply()

    def _ask_stale_edit(self, edited: tuple[str, ...], fresh: tuple[str, ...]) -> tuple[str, ...]:
        assert self.reply is not None
        choice = prompts.select(
            f"Your edited reply does not state the new promise ({self.reply.promise}):",
            [
                prompts.Option("edit", "Edit it in $EDITOR"),
                prompts.Option("fresh", "Use the new reply (drops your edits)"),
                prompts.Option("keep", "Keep my text as it is"),
            ],
            default="edit",
        )
        if choice == "edit":
            return self._edit(edited)
        return fresh if choice == "fresh" else edited

    # --- helpers ------------------------------------------------------------------------------

    def _pick(self, question: str, section: str, current: str | None, default: str) -> str:
        import shutil

        entries = self.playbook.section(section)
        width = max(len(e.label.get("en", e.id)) for e in entries.values())
        room = shutil.get_terminal_size().columns - 6  # pointer and margins
        options = [
            prompts.Option(
                e.id, _fit(f"{e.label.get('en', e.id):<{width}}  {e.help.get('en', '')}", room)
            )
            for e in entries.values()
        ]
        return prompts.select(question, options, default=current or default)

    def _likely_lang(self) -> str:
        """The detected language; when detection was unsure, the customer's language in their
        latest earlier case, then the team's default."""
        if self.detected_lang:
            return self.detected_lang
        earlier = sorted(self.history, key=lambda c: c.created_at)
        if earlier and earlier[-1].lang in self.renderer.languages:
            return earlier[-1].lang
        return self.playbook.settings.default_language

    def _pick_language(self, question: str, default: str) -> str:
        names = {"ca": "Català", "es": "Español", "pl": "Polski", "en": "English"}
        options = [
            prompts.Option(lang, f"{lang}  {names.get(lang, '')}".rstrip())
            for lang in self.renderer.languages
        ]
        return prompts.select(question, options, default=default)

    def _show_history(self) -> None:
        """Look the customer up by everything known (name, contact, order, the message's order
        references) and show their earlier cases, open ones first, saying what found them."""
        self.history = self.find_history()
        self._continue_or_new()
        if not self.interactive:
            return
        a = self.answers
        by = [
            f"{label} {value!r} ({self.origin.get(key, 'asked')})"
            for key, label, value in (
                ("customer", "name", a.customer),
                ("contact", "contact", a.contact),
                ("order", "order", a.order),
            )
            if value
        ]
        extra = [o for o in self.message_orders if o != a.order]
        if extra:
            by.append(f"order(s) {', '.join(extra)} (the message)")
        if not self.history:
            self.console.print(
                f"No earlier cases found by {', '.join(by) or 'nothing given'}.",
                style="dim",
                markup=False,
                highlight=False,
            )
            return
        from rich.table import Table

        who = a.customer or a.contact or a.order
        self.console.print(f"Found by {', '.join(by)}:", style="dim", markup=False, highlight=False)
        table = Table(title=f"Earlier cases of {who}", title_justify="left")
        from calmcli.caselog.model import lookup_key

        # The name column only when a case names the customer otherwise (80 columns are few).
        names = any(lookup_key(c.customer) != lookup_key(a.customer) for c in self.history)
        columns = ("case", "status", "opened", *(("customer",) if names else ()), "incident")
        for column in (*columns, "summary"):
            table.add_column(column)
        for case in self.history:
            cells = [case.id, case.status, case.created_at[:10]]
            cells += [case.customer or ""] if names else []
            table.add_row(*cells, case.incident, case.summary or "")
        self.console.print(table)
        for line in history_lines(a.history):
            self.console.print(line, style="yellow", markup=False, highlight=False)
        self._ask_continue()

    def _continue_or_new(self) -> None:
        """Keep what the customer already had for the reply; a --case flag names the case."""
        a = self.answers
        cases = list(self.history)
        if a.case_id and all(c.id != a.case_id for c in cases):
            store = self.open_store()
            try:
                cases.append(store.get_case(a.case_id))  # NotFoundError: one line, exit 2
            finally:
                store.close()
        if not cases:
            a.history = None
            return
        from dataclasses import replace

        from calmcli.caselog.cases import customer_history, same_customer

        store = self.open_store()
        try:
            history = customer_history(store, cases)
        finally:
            store.close()
        # Warnings are the very same customer's (a search for "Jordi" also lists Jordina).
        theirs = [
            c.warning_level
            for c in cases
            if c.id == a.case_id or same_customer(c, a.customer, a.contact)
        ]
        a.history = replace(history, warning_level=max(theirs, default=0))

    def _ask_continue(self) -> None:
        a = self.answers
        open_cases = [c for c in self.history if c.status in ("open", "waiting")]
        if not open_cases or a.case_id in {c.id for c in self.history}:
            return
        options = [
            prompts.Option(c.id, _fit(f"Continue {c.id} ({c.status}): {c.summary}", 70))
            for c in open_cases
        ]
        options.append(prompts.Option("new", "Start a new case"))
        choice = prompts.select(
            "The customer wrote again. Add this to an open case?", options, default=options[0].value
        )
        a.case_id = None if choice == "new" else choice
        chosen = next((c for c in self.history if c.id == a.case_id), None)
        if a.history and chosen and chosen.warning_level > a.history.warning_level:
            from dataclasses import replace

            a.history = replace(a.history, warning_level=chosen.warning_level)
        if a.case_id:
            self.console.print(
                f"Continuing {a.case_id}: the message, reply and follow-up go on its timeline.",
                style="dim",
                markup=False,
                highlight=False,
            )

    def find_history(self) -> list[Case]:
        """This customer's earlier cases: open ones first, newest first within each group."""
        from calmcli.caselog.model import CaseFilter

        a = self.answers
        orders = tuple(dict.fromkeys(o for o in (a.order, *self.message_orders) if o))
        if not (a.customer or a.contact or orders):
            return []
        where = CaseFilter(
            customer=a.customer, contact=a.contact, orders=orders, match="any", limit=20
        )
        store = self.open_store()
        try:
            cases: list[Case] = store.list_cases(where)
        finally:
            store.close()
        cases.sort(key=lambda c: c.created_at, reverse=True)
        cases.sort(key=lambda c: c.status in ("resolved", "closed"))  # stable: open first
        return cases

    def _show_guidance(self) -> None:
        from rich.panel import Panel
        from rich.text import Text

        from calmcli.playbook.model import situation_guidance
        from calmcli.views.guidance import guidance_lines

        a = self.answers
        guidance = situation_guidance(self.playbook, a.request().situation)
        title = f"{a.fault} · {a.channel} · {a.customer_type} · {a.incident}"
        self.console.print(
            Panel(
                Text("\n".join([*history_lines(a.history), *guidance_lines(guidance)])),
                title=title,
                title_align="left",
                border_style="cyan",
            )
        )

    def _show_reply(self) -> None:
        from rich.panel import Panel
        from rich.text import Text

        assert self.reply is not None and self.answers.texts is not None
        findings = self.check_findings()
        for message, text in zip(self.reply.messages, self.answers.texts, strict=True):
            title = f"reply · {self.reply.lang} · {message.audience}"
            self.console.print(
                Panel(Text(text), title=title, title_align="left", border_style="green")
            )
            for finding in findings.get(message.audience, []):
                style = "red" if finding.level == "error" else "yellow"
                self.console.print(
                    f"  check {finding.level}: {finding.rule}: {finding.message} "
                    f"(line {finding.line})",
                    style=style,
                    markup=False,
                    highlight=False,
                )

    def check_findings(self) -> dict[str, list[Any]]:
        """Run calm check on the reply as it stands now (edits included), per audience."""
        from calmcli.reply.checking import check_reply

        assert self.reply is not None and self.answers.texts is not None
        current = replace(
            self.reply,
            messages=tuple(
                Message(m.audience, t)
                for m, t in zip(self.reply.messages, self.answers.texts, strict=True)
            ),
        )
        checks = check_reply(current, current_fault(self.answers), playbook=self.playbook)
        return {c.audience: list(c.findings) for c in checks}

    def _log(self) -> TriageResult:
        from calmcli.caselog.cases import CaseInput, Policy, add_to_case, build_case

        a = self.answers
        assert self.reply is not None and a.texts is not None
        first_line = (a.message or "").strip().splitlines()[0][:80] if a.message else ""
        given = CaseInput(
            channel=a.channel or "email",
            fault=a.fault or "unclear",
            customer_type=a.customer_type or "none",
            incident=a.incident or "other",
            lang=self.reply.lang,
            customer=a.customer,
            contact=a.contact,
            agent=a.agent,
            order=a.order,
            vars=dict(a.vars),
            summary=a.summary or first_line or f"{a.incident} via {a.channel}",
            # The reply promised a concrete time: the reminder is set for that very time.
            follow_up=a.follow_up
            if (a.follow_up or "").strip().lower() in NO_FOLLOW_UP
            else self.reply.follow_up["due"],
            message=a.message or None,
            reply=final_text(self.reply, a.texts).strip(),
            received=a.received,
        )
        policy = Policy.from_playbook(self.playbook)
        if self.before_log is not None:  # e.g. --out: a write that fails must log nothing
            self.before_log(final_text(self.reply, a.texts))
        store = self.open_store()
        try:
            if a.case_id:
                decide = add_to_case(given, policy, self.now, self.reply.offered)
                saved: Case = store.change(a.case_id, decide)
            else:
                saved = store.add_case(build_case(given, policy, self.now, self.reply.offered))
        finally:
            store.close()
        due = None
        pending = saved.pending_followups()
        if pending:
            from calmcli.caselog.model import parse_utc

            newest = max(pending, key=lambda f: f.seq)
            due = parse_utc(newest.due_at)
        return TriageResult(saved.id, self.reply, a.texts, due)


def carry_edit(edited: str, old: str, new: str) -> str | None:
    """The agent's edited text with what changed from the old reply to the new one (the
    promise, whole words) changed in it too; None when the edit no longer holds the old words."""
    if old == new:
        return edited
    start = len(os.path.commonprefix([old, new]))
    end = len(os.path.commonprefix([old[::-1], new[::-1]]))
    end = min(end, len(old) - start, len(new) - start)
    while start > 0 and not old[start - 1].isspace():  # widen to whole words
        start -= 1
    while end > 0 and not old[len(old) - end].isspace():
        end -= 1
    old_words, new_words = old[start : len(old) - end], new[start : len(new) - end]
    if not old_words.strip() or edited.count(old_words) != 1:
        return None
    return edited.replace(old_words, new_words)


def history_lines(history: CustomerHistory | None) -> list[str]:
    """What the guidance says about a returning customer: the repeat, what they already got."""
    if history is None or not history.contacts:
        return []
    lines = [
        f"This customer: contact number {history.contacts + 1} "
        f"(earlier cases: {', '.join(history.cases[:3])}). Acknowledge the repeat; do not make "
        "them tell the story again."
    ]
    if history.gestures:
        lines.append(
            f"Already offered or given: {', '.join(history.gestures)}. Do not repeat a gesture "
            "mechanically: escalate or explain what is different this time."
        )
    if history.warning_level:
        from calmcli.playbook.vocabulary import WARNING_LEVELS

        lines.append(
            f"Abuse warnings so far: {WARNING_LEVELS[history.warning_level]} (carried into "
            "this reply)."
        )
    return [*lines, ""]


def current_fault(answers: Answers) -> str:
    return answers.fault or "unclear"


def _fit(text: str, room: int) -> str:
    """Cut a choice line to the terminal's width, so every choice stays on one line."""
    return text if len(text) <= room else text[: max(room - 1, 10)].rstrip() + "…"


SEPARATOR = "--- {audience} message (keep this line) ---"


def markers(messages: tuple[Message, ...]) -> list[str]:
    """The line that starts each message in the editor, in order."""
    return [SEPARATOR.format(audience=m.audience) for m in messages]


def editor_text(messages: tuple[Message, ...], texts: tuple[str, ...]) -> str:
    """The reply as the editor shows it: each message under its marker line."""
    blocks = [f"{marker}\n{t}" for marker, t in zip(markers(messages), texts, strict=True)]
    return "\n\n".join(blocks) + "\n"


def run_editor(text: str) -> str:
    """Open `text` in $EDITOR (in a private temporary folder, removed after) and read it back."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    from calmcli.base.files import read_input, write_private

    with tempfile.TemporaryDirectory(prefix="calm-") as folder:  # 0700, removed afterwards
        path = Path(folder) / "reply.txt"
        write_private(path, text)
        try:
            status = subprocess.call([*shlex.split(editor), str(path)])
        except OSError as err:
            raise UsageError(f"cannot start the editor ({editor}): {err.strerror}") from None
        if status != 0:
            raise UsageError(f"the editor ({editor}) exited with status {status}; reply unchanged")
        return read_input(path, "the edited reply")


def split_edited(
    edited: str, messages: tuple[Message, ...], old: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The messages of an edited reply (one left empty keeps its previous text); None when a
    reply of several messages lost or reordered a marker line (only the agent can tell where
    each message starts). A one-message reply without its marker is the whole edit."""
    lines = markers(messages)
    if len(messages) == 1 and lines[0] not in edited:
        return (edited.strip() or old[0],)
    parts: list[str] = []
    rest = edited
    for index, marker in enumerate(lines):
        _, found, rest = rest.partition(marker)
        if not found:
            return None
        following = lines[index + 1] if index + 1 < len(lines) else None
        body, _, _ = rest.partition(following) if following else (rest, "", "")
        parts.append(body.strip())
    return tuple(p or o for p, o in zip(parts, old, strict=True))


def without_markers(edited: str, messages: tuple[Message, ...]) -> str:
    """The edited text with any marker line left in it removed."""
    lines = set(markers(messages))
    return "\n".join(line for line in edited.splitlines() if line.strip() not in lines).strip()
