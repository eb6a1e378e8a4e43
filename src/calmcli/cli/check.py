"""`calm check`: lint a draft reply against the style and situation rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from calmcli.cli.common import read_input
from calmcli.cli.help import examples
from calmcli.cli.options import FileArgument, JsonOption, PlaybooksOption
from calmcli.cli.result import CommandResult, emit

if TYPE_CHECKING:
    from calmcli.text.check import CheckResult

EXAMPLES = examples(
    "calm check draft.txt --fault ours --channel email",
    "calm check draft.txt --fault troll --channel social-public --json",
)


def check(
    file: FileArgument = "-",
    fault: Annotated[str, typer.Option(help="ours, not-ours, unclear or troll.")] = ...,  # type: ignore[assignment]
    channel: Annotated[
        str, typer.Option(help="phone, email, chat, social-public or social-private.")
    ] = ...,  # type: ignore[assignment]
    lang: Annotated[
        str | None, typer.Option(help="Language of the draft (default: detected).")
    ] = None,
    audience: Annotated[
        str | None,
        typer.Option(help="public, private, direct or script (default: from the channel)."),
    ] = None,
    warning_level: Annotated[
        int,
        typer.Option(
            min=0,
            max=3,
            help="Abuse warnings already given, 0-3 (after one: no thanks for patience; at 3: "
            "the conversation ends, no date).",
        ),
    ] = 0,
    json_: JsonOption = False,
    playbooks: PlaybooksOption = None,
) -> None:
    """Check a draft reply: inflaming words, blame, cold policy-speak, apology, next step."""
    from calmcli.errors import unknown_value
    from calmcli.playbook.vocabulary import AUDIENCES
    from calmcli.text.check import check_draft

    if audience is not None and audience not in AUDIENCES:
        raise unknown_value("audience", audience, AUDIENCES)
    result = check_draft(
        read_input(file), fault, channel, lang, audience, playbooks, warning=warning_level
    )
    emit(_as_result(result, file), json_)


def _as_result(result: CheckResult, path: str) -> CommandResult:
    """The findings, one `FILE:LINE:COL` line each, with the summary line after them."""
    from calmcli.errors import EXIT_FAILURE, EXIT_OK

    errors = sum(f.level == "error" for f in result.findings)
    detected = " (detected)" if result.lang_detected else ""
    no_rules = f"no rules for language {result.lang!r}; only the common rules ran"
    return CommandResult(
        {"file": path, **result.as_dict()},
        lines=[finding.format(path) for finding in result.findings],
        warnings=() if result.has_rules else (no_rules,),
        messages=(
            f"{path}: {errors} error(s), {len(result.findings) - errors} warning(s); "
            f"checked as {result.lang}{detected}, {result.audience}",
        ),
        exit_code=EXIT_FAILURE if result.failed else EXIT_OK,
    )
