"""Run calm check's rules on every message of a rendered reply (`calm reply`, `calm triage`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from calmcli.playbook.model import Playbook
from calmcli.playbook.rules import load_rules
from calmcli.reply.render import Reply
from calmcli.text.check import Facts, Finding, check_text


class MessageCheck:
    __slots__ = ("audience", "findings")

    def __init__(self, audience: str, findings: tuple[Finding, ...]) -> None:
        self.audience, self.findings = audience, findings


def check_reply(
    reply: Reply,
    fault: str,
    channel: str | None = None,
    *,
    playbook: Playbook | None = None,
    extra_dirs: Iterable[Path | str] | None = None,
) -> tuple[MessageCheck, ...]:
    """Check every message of a rendered reply (what `calm reply` and `calm triage` run)."""
    channel = channel or reply.channel
    if playbook is None:
        from calmcli.playbook.load import load_playbook

        playbook = load_playbook(extra_dirs)
    entry = playbook.channels.get(channel)
    ruleset = load_rules(reply.lang, extra_dirs)
    return tuple(
        MessageCheck(
            message.audience,
            tuple(
                check_text(
                    message.text,
                    Facts(
                        reply.lang,
                        fault,
                        channel,
                        message.audience,
                        entry.max_length if entry else None,
                        reply.warning_level,
                        message.pending,
                    ),
                    ruleset,
                )
            ),
        )
        for message in reply.messages
    )


def message_facts(reply: Reply, message: Any, fault: str, playbook: Playbook) -> Facts:
    """What calm check's situation rules read for one message of a reply (as check_reply)."""
    entry = playbook.channels.get(reply.channel)
    return Facts(
        reply.lang,
        fault,
        reply.channel,
        message.audience,
        entry.max_length if entry else None,
        reply.warning_level,
        message.pending,
    )


def check_message(
    text: str,
    lang: str,
    fault: str,
    channel: str,
    audience: str,
    *,
    playbook: Playbook,
    extra_dirs: Iterable[Path | str] | None = None,
    warning: int = 0,
    pending: bool = True,
) -> list[Finding]:
    """Check one message of a reply, as `check_reply` checks each of them."""
    entry = playbook.channels.get(channel)
    max_length = entry.max_length if entry else None
    facts = Facts(lang, fault, channel, audience, max_length, warning, pending)
    return check_text(text, facts, load_rules(lang, extra_dirs))
