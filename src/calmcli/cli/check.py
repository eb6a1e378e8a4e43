"""`calm check`: lint a draft reply against the style and situation rules."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from calmcli.cli.common import read_input
from calmcli.cli.help import examples
from calmcli.cli.options import FileArgument, JsonOption, PlaybooksOption

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
    json_: JsonOption = False,
    playbooks: PlaybooksOption = None,
) -> None:
    """Check a draft reply: inflaming words, blame, cold policy-speak, apology, next step."""
    from calmcli.errors import unknown_value
    from calmcli.playbook.vocabulary import AUDIENCES
    from calmcli.text.check import check_draft

    if audience is not None and audience not in AUDIENCES:
        raise unknown_value("audience", audience, AUDIENCES)
    result = check_draft(read_input(file), fault, channel, lang, audience, playbooks)
    if json_:
        from calmcli.views.terminal import print_json

        print_json({"file": file, **result.as_dict()})
    else:
        _print_text(result, file)
    if result.failed:
        raise typer.Exit(1)


def _print_text(result: object, path: str) -> None:
    from calmcli.text.check import CheckResult
    from calmcli.views.terminal import info, warn

    assert isinstance(result, CheckResult)
    if not result.has_rules:
        warn(f"no rules for language {result.lang!r}; only the common rules ran")
    for finding in result.findings:
        sys.stdout.write(finding.format(path) + "\n")
    errors = sum(f.level == "error" for f in result.findings)
    detected = " (detected)" if result.lang_detected else ""
    info(
        f"{path}: {errors} error(s), {len(result.findings) - errors} warning(s); "
        f"checked as {result.lang}{detected}, {result.audience}"
    )
