"""Render every situation in every language and report what is missing or broken."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from calmcli.errors import ValidationError
from calmcli.playbook.model import Playbook
from calmcli.reply.render import Renderer, ReplyRequest

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


@dataclass(frozen=True)
class CheckSummary:
    rendered: int
    problems: tuple[str, ...]


def situations(playbook: Playbook) -> Iterator[tuple[str, str, str, str]]:
    return itertools.product(
        playbook.faults, playbook.channels, playbook.customer_types, playbook.incidents
    )


def check_templates(renderer: Renderer, extra_dirs: Any = None) -> CheckSummary:
    """Render languages x faults x channels x customer types x incidents, with sample data,
    and run calm check on every message: a template a rule flags is reported here, once,
    rather than on each reply an agent sends."""
    problems: dict[str, None] = {}  # ordered set: one line per distinct problem
    rendered = 0
    for lang in renderer.languages:
        for fault, channel, customer_type, incident in situations(renderer.playbook):
            for sample in SAMPLES:
                request = ReplyRequest(fault, channel, customer_type, incident, lang, **sample)
                where = f"{lang}/{fault}/{channel}/{customer_type}/{incident}"
                for problem in _render_one(renderer, request, where, extra_dirs):
                    problems.setdefault(problem)
                rendered += 1
    return CheckSummary(rendered, tuple(problems))


def _render_one(
    renderer: Renderer, request: ReplyRequest, where: str, extra_dirs: Any
) -> list[str]:
    from calmcli.reply.checking import check_reply

    try:
        reply = renderer.render(request)
    except ValidationError as err:
        return list(err.problems)
    found = [
        f"{where}: {finding.format(check.audience)}"
        for check in check_reply(
            reply, request.fault, playbook=renderer.playbook, extra_dirs=extra_dirs
        )
        for finding in check.findings
    ]
    for message in reply.messages:
        if not message.text.strip():
            found.append(f"{where}: the {message.audience} message is empty")
        leak = _LEAKS.search(message.text)
        if leak:
            found.append(
                f"{where}: the {message.audience} message contains "
                f"{leak.group(0).strip() or 'a blank value'!r}"
            )
    return found
