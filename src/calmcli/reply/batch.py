"""A stream of replies (`calm reply --jsonl`), planned and checked once per situation.

The plan, the words and calm check's findings of a reply depend on the situation, the facts
and the moment, and on who and what it names (reply.render.Naming) only through those strings
whole: printed, tested for presence or for a leading '@'. So a batch renders each situation
once with stand-ins for those strings and puts each case's strings in afterwards.

A stand-in mirrors its value character for character: every word character becomes one marker
letter (an upper-case one where the value has a capital), every other character stays. It has
the value's length, words, spaces, punctuation and first character, so every length, cut and
test the renderer makes comes out the same; a template that transformed it (capitals, a slice,
a line break tidied away) would leave markers outside whole stand-ins, and then that situation
is rendered the plain way (`_Skeleton.accounted`). Values holding a marker letter or a control
character, and templates from a team folder that read these strings, are rendered the plain way.

calm check's findings on the stand-in text are those of the real text, unchanged (same lines,
columns and words), when for each message that holds a stand-in:
- each stand-in stands between non-word characters (or the text's edges), so the words around
  it are the same words in both texts (checked once per situation);
- neither the value nor its stand-in holds a sentence end, a word any literal pattern holds or
  a word in capitals a capitalization rule flags (text.check.inert_value): then no literal hit
  reaches into or across it, sentences start at the same offsets with the same word counts,
  and the capitals found are the same;
- the rules' /regexes/ find the same spans in both texts, none reaching into a stand-in
  (run on the real text for every case).
Lengths are equal, so positions and the `characters` rules agree. Otherwise that message is
checked on its real text, as the plain path does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from calmcli.errors import CalmError
from calmcli.reply.render import Naming, Renderer, Reply, ReplyRequest

# One marker letter per named string (lower, upper): rare Latin letters with a case, unchanged
# by calm's folding but for the case, word characters, never in a template or a rule.
_MARKERS = {
    "customer": ("\ua74b", "\ua74a"),
    "greet_as": ("\ua74d", "\ua74c"),
    "agent": ("\ua74f", "\ua74e"),
    "order": ("\ua751", "\ua750"),
    "asked_for": ("\ua753", "\ua752"),
    "agent_said": ("\ua755", "\ua754"),
}
_FIELDS = tuple(_MARKERS)
_ALL_MARKERS = frozenset(c for pair in _MARKERS.values() for c in pair)
_WORD_CHAR = re.compile(r"\w")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ua74a-\ua755]")
_UNKNOWN = object()
_KEPT = 8192  # situations kept (then forgotten and rendered again)
_TEAM_READS = ("customer", "greet_as", "agent", "order", "asked_for", "agent_said", "first_name")


class _StandInTable(dict[int, str]):
    """str.translate's table for one field's stand-ins, filled on first sight of a character."""

    def __init__(self, lower: str, upper: str) -> None:
        super().__init__()
        self.lower, self.upper = lower, upper

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if _WORD_CHAR.match(char) is None:
            found = char
        else:
            found = self.upper if char.lower() != char else self.lower
        self[code] = found
        return found


_TABLES = {field: _StandInTable(*pair) for field, pair in _MARKERS.items()}


def stand_in(value: str | None, field: str) -> str | None:
    """The value's stand-in: each word character a marker letter (an upper-case one for a
    capital), the rest as it is."""
    if not value:
        return value
    return value.translate(_TABLES[field])


def _escaped(value: str) -> str:
    """The value as it stands inside a JSON string (ensure_ascii off; no control characters)."""
    return value.replace("\\", "\\\\").replace('"', '\\"')


class CheckFailed(Exception):
    """calm check itself failed on a rendered reply (a team regex ran too long): not the
    line's fault; the run stops there, as the plain path does."""

    def __init__(self, error: CalmError) -> None:
        super().__init__(str(error))
        self.error = error


class _Message:
    """One message of a situation's reply with stand-ins, and what tells whether its findings
    hold for a case (the module's docstring)."""

    __slots__ = ("audience", "text", "facts", "findings", "fields", "spans", "edges", "caps",
                 "lines", "literal", "regexes")  # fmt: skip

    def __init__(self, audience: str, text: str, facts: Any) -> None:
        self.audience, self.text, self.facts = audience, text, facts
        self.findings = "[]"  # calm check's findings on the stand-in text, as JSON
        self.fields: tuple[str, ...] = ()  # the named strings whose stand-ins it holds
        self.spans: dict[str, list[tuple[int, int]]] = {}  # where, by field
        self.edges = True  # every stand-in stands between non-word characters, none is hit
        self.caps: tuple[tuple[int, frozenset[str]], ...] = ()  # capitalization rules
        # The lines (all the text, when a regex may cross lines) holding a stand-in, and the
        # rule regexes' hits in each.
        self.lines: list[tuple[int, int, dict[Any, list[tuple[int, int]]]]] = []
        self.literal: dict[tuple[str, ...], bool] = {}  # literal hits into the values, kept
        self.regexes: tuple[tuple[Any, str], ...] = ()  # the situation's rule regexes


class _Skeleton:
    """One situation's reply with stand-ins: its JSON line (without `line`), the JSON of
    each message's findings, and what the check needs to tell they hold for a case."""

    __slots__ = ("json", "standins", "escaped", "messages", "accounted")

    def __init__(self, json_text: str, standins: dict[str, str], messages: list[_Message]):
        self.json, self.standins, self.messages = json_text, standins, messages
        self.escaped = {field: _escaped(standin) for field, standin in standins.items()}
        self.accounted = _accounted(json_text, self.escaped)


def _accounted(text: str, escaped: dict[str, str]) -> bool:
    """Every marker letter in the text stands in a whole stand-in (read left to right)."""
    rest = text
    for field, standin in escaped.items():
        rest = rest.replace(standin, "")
        if any(c in rest for c in _MARKERS[field]):
            return False
    return not any(c in rest for c in _ALL_MARKERS)


class BatchReplies:
    """Render and check a stream of requests, as `Renderer.render` and `check_reply` would,
    one JSON line each (see the module's docstring)."""

    def __init__(
        self,
        renderer: Renderer,
        check: bool = True,
        extra_dirs: Iterable[Path | str] | None = None,
        at_first_sight: bool = False,
    ) -> None:
        self.renderer, self.check, self.extra_dirs = renderer, check, extra_dirs
        self._situations: dict[Any, Any] = {}
        self._skeletons: dict[Any, _Skeleton | None] = {}
        # A situation met once is rendered the plain way and its stand-ins worked out when
        # it comes again, until they pay off (each one built is used once more, on average):
        # then each new one is built at first sight. A stream whose every case differs (its
        # own amount or tracking number) costs what it did before (building costs a tenth
        # more than a plain line); a repetitive one skips most plain lines. Tests build at once.
        self._seen: dict[Any, None] = {}
        self._built = 0
        self.at_first_sight = at_first_sight
        # Lines rendered the plain way, from stand-ins, and messages checked on their own text.
        self.counts = {"plain": 0, "stand-ins": 0, "rechecked": 0}
        self.enabled = renderer.dirs[:-1] == [] or not _team_reads_names(renderer)

    def line(self, number: int, request: ReplyRequest) -> str:
        """The JSON line of one request (a CalmError when the plain path raises one)."""
        skeleton, naming = None, None
        if self.enabled:
            situation = self._situation(request)
            if situation is not None:
                lang, facts = situation
                naming = self.renderer.naming(request, lang, facts)
                skeleton = self._skeleton(request, situation, naming)
        if skeleton is None or naming is None:
            self.counts["plain"] += 1
            return self._plain(number, request)
        self.counts["stand-ins"] += 1
        try:
            return self._from_skeleton(number, skeleton, naming, request)
        except CalmError as err:
            raise CheckFailed(err) from None

    def _situation(self, request: ReplyRequest) -> tuple[str, Any] | None:
        """The reply's language and typed facts, once per situation and facts (both the same
        for the same values); None for a language worded in parts (no plan)."""
        key = (
            request.fault,
            request.channel,
            request.customer_type,
            request.incident,
            request.lang,
            tuple(sorted(request.vars.items())),
        )
        found = self._situations.get(key)
        if found is None:
            from calmcli.reply.facts import typed_facts

            renderer = self.renderer
            renderer.check_request(request)  # raises as render() does
            lang, _ = renderer.resolve_language(request.lang)
            planned = lang in renderer.planned_languages
            if len(self._situations) >= _KEPT:
                self._situations.clear()
            found = self._situations[key] = (lang, typed_facts(request.vars)) if planned else ()
        return found or None

    def _skeleton(
        self, request: ReplyRequest, situation: tuple[str, Any], naming: Naming
    ) -> _Skeleton | None:
        values = [getattr(naming, field) for field in _FIELDS]
        if any(_UNSAFE.search(v) for v in values if v):
            return None
        standins = tuple(stand_in(v, f) for v, f in zip(values, _FIELDS, strict=True))
        key = (
            request.fault,
            request.channel,
            request.customer_type,
            request.incident,
            request.lang,
            request.customer_tz,
            tuple(sorted(request.vars.items())),
            naming.address,
            standins,
        )
        if key in self._skeletons:
            return self._skeletons[key]
        paying = self._built and self.counts["stand-ins"] >= 2 * self._built
        if not (self.at_first_sight or paying) and key not in self._seen:
            if len(self._seen) >= _KEPT:
                self._seen.clear()
            self._seen[key] = None
            return None
        if len(self._skeletons) >= _KEPT:
            self._skeletons.clear()
        found = self._skeletons[key] = self._build(request, situation[0], naming, standins)
        self._built += 1
        return found

    def _build(
        self, request: ReplyRequest, lang: str, naming: Naming, standins: tuple[str | None, ...]
    ) -> _Skeleton | None:
        renderer = self.renderer
        stood = Naming(**dict(zip(_FIELDS, standins, strict=True)), address=naming.address)
        _, warning = renderer.resolve_language(request.lang)
        try:
            reply = renderer.render_planned(request, lang, warning, "reply", stood)
        except CalmError:
            return None  # the plain path says it with the case's own values
        present = {f: s for f, s in zip(_FIELDS, standins, strict=True) if s}
        output: dict[str, Any] = {"line": 0, **reply.as_dict()}
        if reply.warnings:
            output["warnings"] = list(reply.warnings)
        try:
            messages = self._messages(reply, request.fault, present) if self.check else []
        except CalmError:
            return None  # the plain path checks the case's own text
        for index, message in enumerate(output["messages"]):
            if self.check:
                message["check"] = f"\x00check{index}\x00"
        text = json.dumps(output, ensure_ascii=False, default=str)
        skeleton = _Skeleton(text[len('{"line": 0') :], present, messages)
        return skeleton if skeleton.accounted else None

    def _messages(self, reply: Reply, fault: str, present: dict[str, str]) -> list[_Message]:
        from calmcli.reply.checking import check_reply, message_facts
        from calmcli.text.check import (
            capital_rules,
            regex_lines,
            regex_spans,
            shouts,
            situation_regexes,
            value_words,
        )

        renderer = self.renderer
        checks = check_reply(reply, fault, playbook=renderer.playbook, extra_dirs=self.extra_dirs)
        ruleset = _ruleset(reply.lang, self.extra_dirs)
        messages = []
        for message, checked in zip(reply.messages, checks, strict=True):
            facts = message_facts(reply, message, fault, renderer.playbook)
            one = _Message(message.audience, message.text, facts)
            one.findings = json.dumps([f.as_dict() for f in checked.findings], ensure_ascii=False)
            one.fields = tuple(f for f, s in present.items() if s in message.text)
            if not one.fields:
                messages.append(one)
                continue
            text = message.text
            one.spans = {f: _standin_spans(text, present[f]) for f in one.fields}
            spans = sorted(span for found in one.spans.values() for span in found)
            one.caps = capital_rules(facts, ruleset)
            one.regexes = situation_regexes(facts, ruleset)
            one.edges = _between_non_words(text, spans)
            for field in one.fields:  # the stand-in itself adds no word, sentence or capitals
                words = value_words(present[field], ruleset)
                if words is None or any(words[1]) or shouts(present[field], words[0], one.caps):
                    one.edges = False
            if regex_lines(ruleset):
                lines = sorted({_line_of(text, start, end) for start, end in spans})
            else:
                lines = [(0, len(text))]
            for start, end in lines:
                hits = regex_spans(text[start:end], one.regexes, ruleset)
                one.lines.append((start, end, hits))
                shifted = [(a + start, b + start) for found in hits.values() for a, b in found]
                if _overlaps(shifted, spans):
                    one.edges = False
            messages.append(one)
        return messages

    def _from_skeleton(
        self, number: int, skeleton: _Skeleton, naming: Naming, request: ReplyRequest
    ) -> str:
        text = skeleton.json
        values = {field: getattr(naming, field) for field in skeleton.standins}
        if self.check:
            known: dict[str, Any] = {}
            for index, message in enumerate(skeleton.messages):
                findings = message.findings
                if message.fields:
                    real = message.text
                    for field in message.fields:
                        real = real.replace(skeleton.standins[field], values[field])
                    if not self._holds(message, real, values, known):
                        self.counts["rechecked"] += 1
                        findings = self._findings(real, message, request)
                text = text.replace(f'"\\u0000check{index}\\u0000"', findings, 1)
        for field, standin in skeleton.escaped.items():
            text = text.replace(standin, _escaped(values[field]))
        return f'{{"line": {number}{text}'

    def _holds(
        self, message: _Message, real: str, values: dict[str, str], known: dict[str, Any]
    ) -> bool:
        """The stand-in text's findings are the real text's (the module's docstring); `known`
        keeps each value's words for the case's other messages."""
        from calmcli.text.check import literal_hit_into, regex_spans, shouts, value_words

        if not message.edges:
            return False
        ruleset = _ruleset(message.facts.lang, self.extra_dirs)
        reduced: list[str] = []  # each stand-in with the words a literal pattern holds put back
        for field in message.fields:
            value = values[field]
            words = known.get(field, _UNKNOWN)
            if words is _UNKNOWN:
                words = known[field] = value_words(value, ruleset)
            if words is None or shouts(value, words[0], message.caps):
                return False
            if any(words[1]):
                standin = list(self._standin(message, field))
                for (start, end), held in zip(*words, strict=True):
                    if held:
                        standin[start:end] = value[start:end]
                reduced.append("".join(standin))
            else:
                reduced.append("")
        if any(reduced):
            key = tuple(reduced)
            hit = message.literal.get(key)
            if hit is None:
                text = message.text
                for field, value in zip(message.fields, reduced, strict=True):
                    if value:
                        text = text.replace(self._standin(message, field), value)
                spans = sorted(span for found in message.spans.values() for span in found)
                hit = literal_hit_into(text, spans, ruleset)
                if len(message.literal) >= 64:
                    message.literal.clear()
                message.literal[key] = hit
            if hit:
                return False
        return all(
            regex_spans(real[start:end], message.regexes, ruleset) == hits
            for start, end, hits in message.lines
        )

    @staticmethod
    def _standin(message: _Message, field: str) -> str:
        start, end = message.spans[field][0]
        return message.text[start:end]

    def _findings(self, text: str, message: _Message, request: ReplyRequest) -> str:
        from calmcli.reply.checking import check_message

        facts = message.facts
        found = check_message(
            text,
            facts.lang,
            request.fault,
            request.channel,
            message.audience,
            playbook=self.renderer.playbook,
            extra_dirs=self.extra_dirs,
            warning=int(facts.warning),
            pending=facts.pending,
        )
        return json.dumps([f.as_dict() for f in found], ensure_ascii=False)

    def _plain(self, number: int, request: ReplyRequest) -> str:
        from calmcli.reply.checking import check_reply

        reply = self.renderer.render(request)
        output: dict[str, Any] = {"line": number, **reply.as_dict()}
        if reply.warnings:
            output["warnings"] = list(reply.warnings)
        if self.check:
            try:
                checks = check_reply(
                    reply,
                    request.fault,
                    playbook=self.renderer.playbook,
                    extra_dirs=self.extra_dirs,
                )
            except CalmError as err:
                raise CheckFailed(err) from None
            found = {c.audience: c.findings for c in checks}
            for message in output["messages"]:
                message["check"] = [f.as_dict() for f in found.get(message["audience"], [])]
        return json.dumps(output, ensure_ascii=False, default=str)


def _ruleset(lang: str, extra_dirs: Iterable[Path | str] | None) -> Any:
    from calmcli.playbook.rules import load_rules

    return load_rules(lang, extra_dirs)


def _standin_spans(text: str, standin: str) -> list[tuple[int, int]]:
    spans = []
    start = text.find(standin)
    while start >= 0:
        spans.append((start, start + len(standin)))
        start = text.find(standin, start + len(standin))
    return spans


def _between_non_words(text: str, spans: list[tuple[int, int]]) -> bool:
    from calmcli.base.textmatch import fold

    folded = fold(text)
    for start, end in spans:
        for at in (start - 1, end):
            if 0 <= at < len(text) and (_WORD_CHAR.match(text, at) or _WORD_CHAR.match(folded, at)):
                return False
    return True


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The line of `text` that holds the span."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def _overlaps(hits: list[tuple[int, int]], spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in hits for start, end in spans)


def _team_reads_names(renderer: Renderer) -> bool:
    """A template in a team folder reads who or what the reply names: it may do more with
    those strings than print them, so the batch renders every case the plain way."""
    from calmcli.reply.templates_check import template_reads

    for folder in renderer.dirs[:-1]:
        for path in folder.rglob("*.j2"):
            reads = template_reads(renderer.env, path.relative_to(folder).as_posix())
            if reads is None or not set(_TEAM_READS).isdisjoint(reads):
                return True
    return False


def reply_lines(
    batch: BatchReplies, lines: Iterable[bytes], default_agent: str | None = None
) -> Iterator[tuple[str, bool]]:
    """One JSON line per non-empty input line (an error object for a bad one), and whether
    it rendered."""
    from calmcli.base.files import INPUT_LIMIT, LongLine
    from calmcli.base.jsontext import parse_json
    from calmcli.reply.requests import request_from_mapping

    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        error = None
        if isinstance(raw, LongLine):
            error = f"longer than the {INPUT_LIMIT // 2**20} MB limit of a line"
        else:
            try:
                request = request_from_mapping(parse_json(raw.decode("utf-8")), default_agent)
                yield batch.line(number, request), True
                continue
            except CheckFailed as err:
                raise err.error from None
            except UnicodeDecodeError as err:
                error = f"not UTF-8 text (byte {err.start})"
            except json.JSONDecodeError as err:
                error = f"invalid JSON: {err.msg}"
            except CalmError as err:
                error = str(err)
        yield json.dumps({"line": number, "error": error}, ensure_ascii=False), False
