"""The scriptable reply path: one request or a JSONL stream of them, rendered in order."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from calmcli.errors import CalmError, UsageError
from calmcli.reply.render import Renderer, Reply, ReplyRequest

CASE_KEYS = (
    "fault",
    "channel",
    "customer_type",
    "incident",
    "lang",
    "customer",
    "agent",
    "order",
    "greet_as",
    "customer_tz",
    "vars",
)
REQUIRED_KEYS = ("fault", "channel")


def request_from_mapping(data: Any, default_agent: str | None = None) -> ReplyRequest:
    """Build a request from a JSON object, refusing unknown keys and wrong types."""
    if not isinstance(data, dict):
        raise UsageError("expected a JSON object")
    unknown = sorted(set(data) - set(CASE_KEYS))
    if unknown:
        raise UsageError(f"unknown key(s) {', '.join(unknown)}; valid: {', '.join(CASE_KEYS)}")
    missing = [key for key in REQUIRED_KEYS if not data.get(key)]
    if missing:
        raise UsageError(f"missing key(s): {', '.join(missing)}")
    for key in CASE_KEYS[:-1]:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise UsageError(f"{key} must be a string")
    extra = data.get("vars") or {}
    if not isinstance(extra, dict):
        raise UsageError("vars must be an object of strings")
    return ReplyRequest(
        fault=data["fault"],
        channel=data["channel"],
        customer_type=data.get("customer_type") or "none",
        incident=data.get("incident") or "other",
        lang=data.get("lang"),
        customer=data.get("customer"),
        agent=data.get("agent") or default_agent,
        order=data.get("order"),
        greet_as=data.get("greet_as"),
        customer_tz=data.get("customer_tz"),
        vars={str(k): str(v) for k, v in extra.items() if v is not None},
    )


@dataclass(frozen=True)
class LineResult:
    line: int
    output: dict[str, Any]
    ok: bool
    request: ReplyRequest | None = None  # set when ok: what `calm check` needs
    reply: Reply | None = None


def render_jsonl(
    renderer: Renderer, lines: Iterable[bytes], default_agent: str | None = None
) -> Iterator[LineResult]:
    """Render one case per non-empty line; a bad line yields an error object, the rest go on."""
    from calmcli.base.files import INPUT_LIMIT, LongLine
    from calmcli.base.jsontext import parse_json

    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        if isinstance(raw, LongLine):
            limit = f"longer than the {INPUT_LIMIT // 2**20} MB limit of a line"
            yield LineResult(number, {"line": number, "error": limit}, False)
            continue
        try:
            request = request_from_mapping(parse_json(raw.decode("utf-8")), default_agent)
            reply = renderer.render(request)
        except UnicodeDecodeError as err:
            error = f"not UTF-8 text (byte {err.start})"
            yield LineResult(number, {"line": number, "error": error}, False)
        except json.JSONDecodeError as err:
            yield LineResult(number, {"line": number, "error": f"invalid JSON: {err.msg}"}, False)
        except CalmError as err:
            yield LineResult(number, {"line": number, "error": str(err)}, False)
        else:
            output = {"line": number, **reply.as_dict()}
            if reply.warnings:
                output["warnings"] = list(reply.warnings)
            yield LineResult(number, output, True, request, reply)
