"""Render every situation in every language and report what is missing or broken.

The whole matrix is walked (languages x situations x sample data), but nothing is rendered or
checked twice: a template's text depends only on the context values it reads, so each template
is rendered once per distinct value of those (`SharedRenderer`), and each distinct message is
checked once per situation the rules tell apart (`_MessageChecks`). What the matrix reports is
unchanged, line for line; only the repeats are skipped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from calmcli.base.textmatch import admit
from calmcli.errors import ValidationError
from calmcli.playbook.model import Playbook
from calmcli.reply.render import Renderer, Reply, ReplyRequest

# Sample values: a full set, and one with every optional value missing.
SAMPLES: tuple[dict[str, Any], ...] = (
    {
        "customer": "Jan Nowak",
        "agent": "Ola",
        "order": "A-1042",
        "vars": {
            "tracking": "1Z999AA10123456784",
            "policy_quote": "Returns within 30 days.",
            "amount": "49.90 EUR",
            "restock_date": "2026-12-10",
            "cause": "the depot was closed by a storm",  # free text the agent writes
        },
    },
    {"customer": None, "agent": None, "order": None, "vars": {}},
)
# Text that must never reach a customer: a missing value rendered as a word or a dash.
_LEAKS = re.compile(r"\bNone\b|\bnull\b|\{\{|\}\}|^\s*-\s*$|\s[,.;:]|\(\s*\)", re.MULTILINE)
_ABSENT = object()  # a variable the context does not have (the template fails on it)
_UNKNOWN: Any = object()  # what a template reads, not yet worked out

Progress = Callable[[int, int | None], None]  # replies walked so far, replies in all


@dataclass(frozen=True)
class CheckSummary:
    rendered: int
    problems: tuple[str, ...]


def situations(playbook: Playbook) -> Iterator[tuple[str, str, str, str]]:
    return itertools.product(
        playbook.faults, playbook.channels, playbook.customer_types, playbook.incidents
    )


def matrix_size(renderer: Renderer) -> int:
    """How many replies `check_templates` walks."""
    book = renderer.playbook
    situation_count = (
        len(book.faults) * len(book.channels) * len(book.customer_types) * len(book.incidents)
    )
    return len(renderer.languages) * situation_count * len(SAMPLES)


def clock_runs(renderer: Renderer) -> list[tuple[datetime, str, tuple[dict[str, Any], ...]]]:
    """When the matrix is rendered, how that moment is named in a problem, and with which
    samples: at the renderer's own clock with every sample, then on the other side of the
    team's hours with the full sample (closed if the clock is open, open if it is closed), so
    what replies say in both states is checked whatever the time the check runs at."""
    calendar, now = renderer.playbook.settings.calendar, renderer.now
    aware = now if now.tzinfo else now.astimezone()
    if calendar.is_open(aware):
        other, state = calendar.next_closed(aware), "closed"
    else:
        other, state = calendar.next_open(aware), "open"
    runs = [(now, "", SAMPLES)]
    if other is not None and other != aware:
        shown = other.astimezone(calendar.zone).strftime("%a %Y-%m-%d %H:%M")
        runs.append((other, f" (at {shown}, {state})", SAMPLES[:1]))
    return runs


def check_templates(
    renderer: Renderer, extra_dirs: Any = None, progress: Progress | None = None
) -> CheckSummary:
    """Render languages x faults x channels x customer types x incidents, with sample data,
    and run calm check on every message: a template a rule flags is reported here, once,
    rather than on each reply an agent sends."""
    checks = _MessageChecks(renderer.playbook, extra_dirs)
    problems: dict[str, None] = {}  # ordered set: one line per distinct problem
    runs = clock_runs(renderer)
    rendered, total = 0, matrix_size(renderer) * sum(len(r[2]) for r in runs) // len(SAMPLES)
    if progress is not None:
        progress(0, total)  # the whole matrix: seconds of work, shown from the start
    for moment, label, samples in runs:
        shared = SharedRenderer(renderer.playbook, renderer.dirs, moment)
        for lang in renderer.languages:
            for fault, channel, customer_type, incident in situations(renderer.playbook):
                for sample in samples:
                    request = ReplyRequest(fault, channel, customer_type, incident, lang, **sample)
                    where = f"{lang}/{fault}/{channel}/{customer_type}/{incident}"
                    for problem in _render_one(shared, checks, request, where):
                        _add(problems, problem, label)
                    rendered += 1
                if progress is not None:
                    progress(rendered, total)
        for problem in _plan_problems(shared, renderer.planned_languages, samples):
            _add(problems, problem, label)
    return CheckSummary(rendered, tuple(problems))


def _add(problems: dict[str, None], problem: str, label: str) -> None:
    """A problem once: one already found at the first clock is not repeated for the second."""
    if problem not in problems:
        where, colon, rest = problem.partition(": ")
        problems.setdefault(f"{where}{label}{colon}{rest}" if label and colon else problem)


def _plan_problems(
    renderer: Renderer, languages: Iterable[str], samples: tuple[dict[str, Any], ...]
) -> Iterator[str]:
    """Every situation's plan, once (a plan is the same in every language), against the
    planner's consistency rules: a team playbook's options or gestures can break them."""
    from calmcli.reply.plan import plan, plan_problems

    lang = next(iter(sorted(languages)), None)
    if lang is None:
        return
    for fault, channel, customer_type, incident in situations(renderer.playbook):
        for sample in samples:
            request = ReplyRequest(fault, channel, customer_type, incident, lang, **sample)
            try:
                given = renderer.plan_input(request, lang)
                decided = plan(given)
            except ValidationError as err:
                yield from err.problems
                continue
            where = f"plan {fault}/{channel}/{customer_type}/{incident}"
            yield from (f"{where}: {problem}" for problem in plan_problems(decided, given))


def _render_one(
    renderer: Renderer, checks: _MessageChecks, request: ReplyRequest, where: str
) -> list[str]:
    try:
        reply = renderer.render(request)
    except ValidationError as err:
        return list(err.problems)
    said = [checks.problems(reply, request.fault, message.audience, message.text, message.pending)
            for message in reply.messages]  # fmt: skip
    return [f"{where}: {line}" for found, _ in said for line in found] + [
        f"{where}: {line}" for _, found in said for line in found
    ]


class _MessageChecks:
    """calm check's findings and the leak checks of each distinct message, computed once."""

    def __init__(self, playbook: Playbook, extra_dirs: Iterable[Path | str] | None) -> None:
        self.playbook, self.extra_dirs = playbook, extra_dirs
        self.seen: dict[tuple[Any, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def problems(
        self, reply: Reply, fault: str, audience: str, text: str, pending: bool = True
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The rules' findings, then the message's own problems (empty, a leaked value)."""
        key = (reply.lang, fault, reply.channel, audience, text, str(reply.warning_level), pending)
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = (self._rules(key), _leaks(audience, text))
        return found

    def _rules(self, key: tuple[Any, ...]) -> tuple[str, ...]:
        from calmcli.reply.checking import check_message

        lang, fault, channel, audience, text, warning, pending = key
        findings = check_message(
            text,
            lang,
            fault,
            channel,
            audience,
            playbook=self.playbook,
            extra_dirs=self.extra_dirs,
            warning=int(warning),
            pending=pending,
        )
        return tuple(finding.format(audience) for finding in findings)


def _leaks(audience: str, text: str) -> tuple[str, ...]:
    found = []
    if not text.strip():
        found.append(f"the {audience} message is empty")
    leak = _LEAKS.search(text)
    if leak:
        found.append(
            f"the {audience} message contains {leak.group(0).strip() or 'a blank value'!r}"
        )
    return tuple(found)


class SharedRenderer(Renderer):
    """A Renderer that renders each template once per distinct value of what it reads.

    A template sees only the context variables it names (those of the templates it includes
    too; Jinja tells which, from the parsed source), so two requests that agree on them get the
    same text, or the same failure, from it. Any template whose includes cannot be known
    (a computed name) is keyed on the whole context."""

    def __init__(
        self,
        playbook: Playbook,
        dirs: list[Path],
        now: datetime | None = None,
        kept: int | None = None,
    ) -> None:
        super().__init__(playbook, dirs, now)
        self.kept = kept  # at most this many texts are kept (calm reply --jsonl: every line
        # brings a new name): past it, they are forgotten and rendered again
        self._reads: dict[tuple[str, ...], tuple[str, ...] | None] = {}
        self._texts: dict[tuple[Any, ...], str | ValidationError] = {}
        self._move_names: dict[tuple[str, str, str], tuple[str, ...]] = {}

    def render_template(self, name: str, context: dict[str, Any]) -> str:
        key = (name, self._picked(context, (name,)))
        return self._shared(key, lambda: super(SharedRenderer, self).render_template(name, context))

    def word_move(
        self,
        lang: str,
        incident: str,
        move: Any,
        base: dict[str, Any],
        audience: str,
        values: dict[str, Any],
    ) -> str:
        # The move's text depends on which template words it (the incident's own, else the
        # language's), the variant's block, and what those templates read: its key is read
        # from the three layers of its context, which is only put together to render it.
        names = self._names(lang, incident, move.move)
        reads = self._reads.get(names, _UNKNOWN)
        if reads is _UNKNOWN:
            reads = self._reads_of(names)
        if reads is None:
            context = {**base, "audience": audience, **values}
            return self.render_move(lang, incident, move, context)
        picked = []
        for var in reads:
            if var in values:
                value = values[var]
            elif var == "audience":
                value = audience
            else:
                value = base.get(var, _ABSENT)
            picked.append(value if value is None or value.__class__ is str else _frozen(value))
        key = (names or (lang, move.move), move.variant, tuple(picked))
        return self._shared(key, lambda: super(SharedRenderer, self).render_move(
            lang, incident, move, {**base, "audience": audience, **values}
        ))  # fmt: skip

    def render_move(self, lang: str, incident: str, move: Any, context: dict[str, Any]) -> str:
        names = self._names(lang, incident, move.move)
        key = (names or (lang, move.move), move.variant, self._picked(context, names))
        return self._shared(key, lambda: super(SharedRenderer, self).render_move(
            lang, incident, move, context
        ))  # fmt: skip

    def _names(self, lang: str, incident: str, move: str) -> tuple[str, ...]:
        """The templates that may word a move (the incident's own, the language's)."""
        names = self._move_names.get((lang, incident, move))
        if names is None:
            names = self._move_names[(lang, incident, move)] = tuple(
                name
                for name in (f"{lang}/incidents/{incident}/{move}.j2", f"{lang}/moves/{move}.j2")
                if name in self.move_templates
            )
        return names

    def _reads_of(self, names: tuple[str, ...]) -> tuple[str, ...] | None:
        found: set[str] | None = set()
        for name in names:
            read = template_reads(self.env, name)
            found = None if read is None or found is None else found | set(read)
        reads = self._reads[names] = None if found is None else (*sorted(found), "lang")
        return reads

    def _picked(self, context: dict[str, Any], names: tuple[str, ...]) -> Any:
        """The values of `context` the templates `names` may read, as a hashable key: a
        string or None as itself (no other value equals one), anything else frozen."""
        reads = self._reads.get(names, _UNKNOWN)
        if reads is _UNKNOWN:
            reads = self._reads_of(names)
        if reads is None:  # an include named by an expression: the whole context
            return tuple((var, _frozen(context[var])) for var in sorted(context))
        get = context.get
        return tuple(
            value if value is None or value.__class__ is str else _frozen(value)
            for value in [get(var, _ABSENT) for var in reads]
        )

    def _shared(self, key: tuple[Any, ...], render: Callable[[], str]) -> str:
        """The text rendered for `key` the first time it was asked for (or its failure)."""
        text = self._texts.get(key)
        if text is None:
            try:
                text = render()
            except ValidationError as err:
                text = err
            if self.kept is None or admit(("move", key)):  # see base.textmatch.admit
                if self.kept is not None and len(self._texts) >= self.kept:
                    self._texts.clear()
                self._texts[key] = text
        if isinstance(text, ValidationError):
            raise ValidationError(list(text.problems))
        return text


def template_reads(env: Any, name: str) -> tuple[str, ...] | None:
    """The context variables template `name` and the templates it pulls in may read; None when
    one of those is named by an expression. A template that cannot be loaded or parsed fails
    the same way in every context, so it adds nothing."""
    from jinja2 import TemplateNotFound, TemplateSyntaxError, meta

    from calmcli.errors import CalmError

    names, seen, todo = {"lang"}, set(), [name]  # `lang`: the date filters read it
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source = env.loader.get_source(env, current)[0]
            tree = env.parse(source)
        except (TemplateNotFound, TemplateSyntaxError, CalmError):
            continue
        names |= meta.find_undeclared_variables(tree)
        for referenced in meta.find_referenced_templates(tree):
            if referenced is None:
                return None
            todo.append(referenced)
    return tuple(sorted(names))


def _frozen(value: Any) -> tuple[str, str]:
    """A hashable stand-in for a context value: equal for equal plain data (strings, numbers,
    dates, lists and mappings of them); anything shown by its address is never equal."""
    if value is _ABSENT:
        return "absent", ""
    shown = repr(value)
    if " at 0x" in shown:  # an address may be reused by another object: never share it
        return type(value).__qualname__, f"{shown} #{next(_UNIQUE)}"
    return type(value).__qualname__, shown


_UNIQUE = itertools.count()
