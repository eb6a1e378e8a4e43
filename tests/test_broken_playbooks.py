"""`calm playbook validate` on a corpus of team folders, each with one realistic mistake."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from calmcli.cli import app
from tests.helpers import write_tree

CASES = Path(__file__).parent / "broken_playbooks"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((CASES / "expected.yaml").read_text("utf-8"))
PROBLEM_LINE = re.compile(r"^.+:\d+: .+")


def validate(folder: Path) -> Any:
    return CliRunner().invoke(app, ["playbook", "validate", str(folder)])


@pytest.fixture(params=["libyaml", "pure-python"])
def yaml_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run with libyaml and with PyYAML's pure-Python parser: they word errors differently."""
    import calmcli.base.yamlfile

    if request.param == "pure-python":
        monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
        importlib.reload(calmcli.base.yamlfile)
        assert calmcli.base.yamlfile._Loader is yaml.SafeLoader
    yield request.param
    if request.param == "pure-python":
        monkeypatch.undo()
        importlib.reload(calmcli.base.yamlfile)


def test_corpus_is_complete() -> None:
    folders = {p.name for p in CASES.iterdir() if p.is_dir()}
    assert folders == set(EXPECTED)
    assert len(folders) >= 24


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_broken_playbook(case: str, yaml_parser: str) -> None:
    expected = EXPECTED[case]
    folder = CASES / case
    result = validate(folder)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert lines, "no problem reported"
    assert all(PROBLEM_LINE.match(line) for line in lines), result.stderr
    prefix = f"{folder / expected['file']}:{expected['line']}: "
    assert lines[0].startswith(prefix), f"expected {prefix!r}, got {lines[0]!r}"
    assert expected["message"] in lines[0]


LABEL = '{ca: "Devolució", es: "Devolución", pl: "Zwrot", en: "Return"}'
VALID_TEAM = {
    "settings.yaml": "settings:\n  signature: Returns Team\n  follow_up: 1d\n",
    "faults.yaml": 'faults:\n  - id: troll\n    label: {ca: "Troll", es: "Trol", pl: "Troll", '
    'en: "Troll (do not feed)"}\n',
    "incidents.yaml": f"""incidents:
  - id: return-request
    label: {LABEL}
    help: {LABEL}
    compensation:
      - {{kind: discount, percent: 15}}
    options: [refund]
    follow_up: 3d
    guidance:
      do: ["Send the return label the same day."]
""",
}


def summary(files: int, incidents: int) -> str:
    from calmcli.playbook.layers import bundled_playbooks, playbook_files

    bundled = bundled_playbooks()
    total = len(playbook_files(bundled)) + files
    lexicons = len(list((bundled / "lexicons").glob("*.yaml")))
    rules = len(list((bundled / "rules").glob("*.yaml")))
    return (
        f"ok: {total} files; 4 faults, 5 channels, 9 customer types, {incidents} incidents; "
        f"{lexicons} lexicon and {rules} rule files\n"
    )


def test_valid_team_folder(tmp_path: Path) -> None:
    result = validate(write_tree(tmp_path / "team", VALID_TEAM))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == summary(files=3, incidents=8)


def test_init_output_validates(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    init = CliRunner().invoke(app, ["playbook", "init", str(folder)])
    assert init.exit_code == 0, init.stderr
    result = validate(folder)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == summary(files=5, incidents=7)


def test_validate_checks_team_rules_and_lexicons_too(tmp_path: Path) -> None:
    team = write_tree(
        tmp_path / "team",
        {
            "rules/en.yaml": "rules:\n  - id: no-sorry\n    kind: existance\n    level: error\n",
            "lexicons/en.yaml": "insult:\n\t- muppet\n",
        },
    )
    result = validate(team)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert any(line.startswith(f"{team}/rules/en.yaml:3: ") for line in lines), lines
    assert any(line.startswith(f"{team}/lexicons/en.yaml:2: ") for line in lines), lines


def test_a_team_name_merged_over_the_bundled_one_is_named_at_its_own_line(tmp_path: Path) -> None:
    """`team` and `contact_email` are laid over the bundled values key by key; a mistake in the
    team's entry still names the entry's line, not the top of the file."""
    folder = write_tree(
        tmp_path / "team",
        {
            "settings.yaml": "settings:\n  team:\n    brand: Oleoshop\n    es: 3\n"
            "  contact_email:\n    default: help@oleoshop.com\n    en: nope\n"
        },
    )
    result = validate(folder)
    assert result.exit_code == 2
    assert f"{folder}/settings.yaml:4: team.es must be a non-empty text" in result.stderr
    assert f"{folder}/settings.yaml:7: contact_email.en must be an email address" in result.stderr
