"""A reply request from a JSON object (a `calm reply --jsonl` line; reply/batch.py renders them)."""

from __future__ import annotations

from typing import Any

from calmcli.errors import UsageError
from calmcli.reply.render import ReplyRequest

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
