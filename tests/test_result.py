"""The one renderer: `--json` prints the data alone, text the lines, warnings and messages."""

from __future__ import annotations

import json

import pytest
import typer

from calmcli.cli.result import CommandResult, emit

RESULT = CommandResult(
    {"file": "a.txt", "errors": 1},
    lines=["a.txt:1:1: error: x"],
    warnings=("no rules for language 'xx'",),
    messages=("a.txt: 1 error(s)",),
    exit_code=1,
)


def test_json_is_the_data_alone_with_the_same_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(typer.Exit) as exit_:
        emit(RESULT, as_json=True)
    out, err = capsys.readouterr()
    assert json.loads(out) == {"file": "a.txt", "errors": 1}
    assert err == ""
    assert exit_.value.exit_code == 1


def test_text_is_lines_on_stdout_and_the_rest_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(typer.Exit):
        emit(RESULT, as_json=False)
    out, err = capsys.readouterr()
    assert out == "a.txt:1:1: error: x\n"
    assert err == "calm: warning: no rules for language 'xx'\na.txt: 1 error(s)\n"


def test_a_view_draws_the_text_and_exit_0_returns(capsys: pytest.CaptureFixture[str]) -> None:
    emit(CommandResult([1, 2], view=lambda: print("table")), as_json=False)
    emit(CommandResult([1, 2], view=lambda: print("table")), as_json=True)
    assert capsys.readouterr().out == "table\n[\n  1,\n  2\n]\n"
