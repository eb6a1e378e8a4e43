"""The case log as a document: the `--json` shape of a case, export, and validated import.

An export file is `{"calm_cases": 1, "cases": [...]}` in YAML or JSON; every case carries its
timeline and follow-ups, so export -> import -> export gives the same file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import UTC
from pathlib import Path
from typing import IO, Any

from calmcli.base.progress import EVERY, Progress
from calmcli.caselog.model import STATUSES, Case, Event, FollowUp, parse_utc, utc_text
from calmcli.errors import UsageError, ValidationError

FORMAT_VERSION = 1
BIG_FILE = 5_000_000  # bytes: reading an export this big takes seconds
FORMATS = ("yaml", "json")
_CASE_ID = re.compile(r"C-[0-9A-Z]{4,12}")


def case_to_dict(case: Case, timeline: bool = True) -> dict[str, Any]:
    """A case as plain data, with stable keys (the `--json` and export shape)."""
    data: dict[str, Any] = {
        "id": case.id,
        "created_at": case.created_at,
        "received_at": case.received_at or case.created_at,
        "updated_at": case.updated_at,
        "agent": case.agent,
        "status": case.status,
        "outcome": case.outcome,
        "customer": case.customer,
        "contact": case.contact,
        "channel": case.channel,
        "fault": case.fault,
        "customer_type": case.customer_type,
        "incident": case.incident,
        "lang": case.lang,
        "order": case.order,
        "summary": case.summary,
        "compensation": case.compensation,
        "warning_level": case.warning_level,
        "vars": case.vars,
    }
    if timeline:
        data["followups"] = [followup_to_dict(f) for f in case.followups]
        data["events"] = [
            {
                "seq": e.seq,
                "at": e.at,
                "kind": e.kind,
                "agent": e.agent,
                "text": e.text,
                "data": e.data,
            }
            for e in case.events
        ]
    return data


def followup_to_dict(item: FollowUp) -> dict[str, Any]:
    return {
        "id": item.id,
        "seq": item.seq,
        "kind": item.kind,
        "due_at": item.due_at,
        "reason": item.reason,
        "created_at": item.created_at,
        "done_at": item.done_at,
        "cancelled": item.cancelled,
        "suggest_sale": item.suggest_sale,
    }


def write_export(cases: Iterable[Case], out: IO[str], fmt: str = "yaml") -> int:
    """Stream cases to `out` as one YAML or JSON document; return how many were written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    count = 0
    if fmt == "json":
        out.write(f'{{"calm_cases": {FORMAT_VERSION}, "cases": [')
        for count, case in enumerate(cases, start=1):
            out.write(("," if count > 1 else "") + "\n")
            out.write(json.dumps(case_to_dict(case), ensure_ascii=False))
        out.write("\n]}\n")
        return count
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    out.write(f"calm_cases: {FORMAT_VERSION}\n")
    for case in cases:
        # "cases:" waits for the first case, so an empty log exports as "cases: []".
        out.write("cases:\n" if count == 0 else "")
        count += 1
        out.write(
            yaml.dump(
                [case_to_dict(case)], Dumper=dumper, allow_unicode=True, sort_keys=False, width=100
            )
        )
    if count == 0:
        out.write("cases: []\n")
    return count


def read_import(path: Path, progress: Progress | None = None) -> list[Case]:
    """Read and fully validate an export file; one ValidationError names the first problem.

    A YAML file is read one case at a time (base.yamlfile.load_yaml_items): only the cases
    are kept, never the whole file as a tree of YAML nodes. A big file reports how many cases
    it has read to `progress`."""
    from calmcli.base.files import IMPORT_LIMIT, read_input

    if progress is not None and path.is_file() and path.stat().st_size > BIG_FILE:
        progress(0, None)  # reading the text has no steps to count: the bar shows it works
    where = str(path)
    cases: list[Case] = []
    seen: set[str] = set()
    problems: list[str] = []

    def take(item: Any, line: int) -> None:
        index = len(cases) + len(problems)
        try:
            case = case_from_dict(item)
            if case.id in seen:
                raise ValueError(f"duplicate case id {case.id}")
            seen.add(case.id)
            cases.append(case)
        except (ValueError, TypeError, KeyError, AttributeError) as err:
            problems.append(f"{where}:{line}: case {index + 1}: {_reason(err)}")
        if progress is not None and (index + 1) % EVERY == 0:
            progress(index + 1, None)

    text = read_input(path, limit=IMPORT_LIMIT)
    if text.lstrip().startswith("{"):
        _check_head(_load_json(text, where, take), where)
    else:
        from calmcli.base.yamlfile import load_yaml_items

        _check_head(load_yaml_items(text, where, "cases", take), where)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ValidationError([problems[0] + more])
    return cases


def _check_head(document: Any, where: str) -> None:
    """The export's frame: a mapping with `calm_cases: 1` and a `cases` list."""
    if not isinstance(document, dict) or "cases" not in document:
        raise ValidationError([f"{where}:1: not a calm case export (no 'cases' list)"])
    version = document.get("calm_cases")
    if isinstance(version, bool) or version != FORMAT_VERSION:  # `true` == 1 in Python
        raise ValidationError(
            [
                f"{where}:1: unsupported calm_cases version "
                f"{document.get('calm_cases')!r}; expected {FORMAT_VERSION}"
            ]
        )
    if not isinstance(document["cases"], list):
        raise ValidationError([f"{where}:1: 'cases' must be a list"])


def _load_json(text: str, where: str, take: Callable[[Any, int], None]) -> Any:
    from calmcli.base.jsontext import load_json_items

    try:
        return load_json_items(text, "cases", take)  # a case at a time, as for YAML
    except json.JSONDecodeError as err:
        raise ValidationError([f"{where}:{err.lineno}: JSON syntax: {err.msg}"]) from None


def _reason(err: Exception) -> str:
    return f"missing key {err}" if isinstance(err, KeyError) else str(err)


def case_from_dict(data: dict[str, Any]) -> Case:
    """Rebuild a case from its exported form, checking every field; ValueError if wrong."""
    from calmcli.caselog.cases import OUTCOMES
    from calmcli.playbook.vocabulary import CHANNELS, FAULTS

    if not isinstance(data, dict):
        raise ValueError("each case must be a mapping")
    case_id = _text(data, "id")
    if not _CASE_ID.fullmatch(case_id):
        raise ValueError(f"bad case id {case_id!r}")
    for key, valid in (("status", STATUSES), ("channel", CHANNELS), ("fault", FAULTS)):
        if data[key] not in valid:
            raise ValueError(f"unknown {key} {data[key]!r}; valid: {', '.join(valid)}")
    if data.get("outcome") not in (None, *OUTCOMES):
        raise ValueError(f"unknown outcome {data['outcome']!r}")
    warning = data.get("warning_level", 0)
    if not isinstance(warning, int) or isinstance(warning, bool) or not 0 <= warning <= 3:
        raise ValueError("warning_level must be 0 to 3")
    if not isinstance(data.get("vars", {}), dict):
        raise ValueError("vars must be a mapping")
    events = tuple(_event(e) for e in _list(data, "events"))
    followups = tuple(_followup(case_id, f) for f in _list(data, "followups"))
    for name, items in (("event", events), ("follow-up", followups)):
        if len({item.seq for item in items}) != len(items):
            raise ValueError(f"two {name}s share a seq number")
    return Case(
        id=case_id,
        created_at=_time(data, "created_at"),
        updated_at=_time(data, "updated_at"),
        agent=_text(data, "agent"),
        status=data["status"],
        channel=data["channel"],
        fault=data["fault"],
        customer_type=_text(data, "customer_type"),
        incident=_text(data, "incident"),
        lang=_text(data, "lang"),
        customer=_optional(data, "customer"),
        contact=_optional(data, "contact"),
        order=_optional(data, "order"),
        summary=_optional(data, "summary") or "",
        outcome=data.get("outcome"),
        compensation=_optional(data, "compensation"),
        warning_level=warning,
        vars=dict(data.get("vars") or {}),
        events=events,
        followups=followups,
        received_at=_time(data, "received_at") if data.get("received_at") else None,
    )


def _event(data: Any) -> Event:
    if not isinstance(data, dict) or not isinstance(data.get("data", {}), dict):
        raise ValueError("each event must be a mapping with a 'data' mapping")
    return Event(
        _seq(data),
        _time(data, "at"),
        _text(data, "kind"),
        _text(data, "agent"),
        _optional(data, "text") or "",
        dict(data.get("data") or {}),
    )


def _followup(case_id: str, data: Any) -> FollowUp:
    from calmcli.caselog.followups import KINDS

    if not isinstance(data, dict):
        raise ValueError("each follow-up must be a mapping")
    if data.get("kind") not in KINDS:
        raise ValueError(f"unknown follow-up kind {data.get('kind')!r}")
    done_at = _time(data, "done_at") if data.get("done_at") is not None else None
    return FollowUp(
        case_id,
        _seq(data),
        data["kind"],
        _time(data, "due_at"),
        _optional(data, "reason") or "",
        _time(data, "created_at"),
        done_at,
        _flag(data, "cancelled"),
        _flag(data, "suggest_sale"),
    )


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):  # "no" would read as true
        raise ValueError(f"{key} must be true or false, not {value!r}")
    return value


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"{key} must be a list")
    return value


def _seq(data: dict[str, Any]) -> int:
    seq = data.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise ValueError(f"seq must be a positive whole number, not {seq!r}")
    return seq


def _text(data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value:
        raise ValueError(f"{key} must be non-empty text")
    return value


def _optional(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def _time(data: dict[str, Any], key: str) -> str:
    from calmcli.base.durations import in_range

    value = data[key]
    try:
        moment = parse_utc(value) if isinstance(value, str) else value
        if moment.tzinfo is None:  # YAML read an unquoted time without a zone: it was UTC
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
    except (ValueError, AttributeError, TypeError):
        raise ValueError(f"{key} is not an ISO time: {value!r}") from None
    except OverflowError:  # 9999-12-31T23:59-05:00 is past 9999 in UTC
        moment = None
    if moment is None or not in_range(moment):
        raise ValueError(f"{key} {value!r} is out of range: years 1000 to 9998")
    return utc_text(moment)
