"""A team's `layouts.yaml` is validated like a playbook: each mistake FILE:LINE, exit 2.

Layouts order the parts of a language worded in `parts/` (the older layout); the bundled
languages are planned move by move, so each team folder here words English in parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run, write_tree

TEMPLATES = Path(__file__).parents[1] / "reply_templates"
BUNDLED = (TEMPLATES / "layouts.yaml").read_text("utf-8")
# English in parts, as a team that copied the older templates has it.
PARTS = {
    f"en/parts/{p.name}": p.read_text("utf-8") for p in (TEMPLATES / "en" / "parts").glob("*.j2")
}


@pytest.mark.parametrize(
    ("layouts", "line", "message"),
    [
        ("layouts: [email, chat]\n", 1, "expected 'layouts:' with one entry per channel"),
        ("- just a list\n", 1, "expected 'layouts:' with one entry per channel"),
        (BUNDLED.replace("  chat:\n", "  chta:\n"), None, "unknown channel 'chta'"),
        (BUNDLED.replace("audience: direct", "audience: everyone", 1), None, "audience must be"),
        (BUNDLED.replace("  join: paragraph", "  join: comma", 1), None, "join must be paragraph"),
        (BUNDLED.replace("parts: [greeting,", "parts: [3,", 1), None, "each part is a template"),
        (BUNDLED.replace("  join: paragraph", "  jion: paragraph", 1), None, "unknown key 'jion'"),
        ("layouts:\n  email: nothing here\n", 2, "email: expected a list of messages"),
        ("layouts:\n  email: [{audience: direct, parts: [greeting]}]\n", 1, "no layout for"),
        ("layouts:\n  email: [\n", 3, ""),  # YAML syntax: the parser's own line
    ],
)
def test_a_broken_team_layouts_file_is_one_line_per_mistake(
    tmp_path: Path, layouts: str, line: int | None, message: str
) -> None:
    team = write_tree(tmp_path / "team", {"layouts.yaml": layouts, **PARTS})
    result = run("reply", "--fault", "ours", "--channel", "email", "--templates", str(team))
    assert result.exit_code == 2, result.stdout
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"calm: {team}/layouts.yaml:") or first.startswith(
        f"{team}/layouts.yaml:"
    ), first
    if line is not None:
        assert f"layouts.yaml:{line}:" in first, first
    assert message in result.stderr, result.stderr


def test_the_line_named_is_the_mistaken_one(tmp_path: Path) -> None:
    broken = BUNDLED.replace("  chat:\n", "  chta:\n")
    expected = broken.splitlines().index("  chta:") + 1
    team = write_tree(tmp_path / "team", {"layouts.yaml": broken, **PARTS})
    result = run("templates", "check", "--templates", str(team))
    assert result.exit_code == 2
    said = result.stdout + result.stderr
    assert f"{team}/layouts.yaml:{expected}: unknown channel 'chta'" in said


def test_a_valid_team_layouts_file_is_used(tmp_path: Path) -> None:
    short_chat = BUNDLED.replace(
        "parts: [greeting, acknowledgement, fault, incident, options, compensation, next_step, "
        "limits]",
        "parts: [greeting]",
    )
    assert short_chat != BUNDLED
    team = write_tree(tmp_path / "team", {"layouts.yaml": short_chat, **PARTS})
    args = ("reply", "--fault", "ours", "--channel", "chat", "--lang", "en", "--no-check")
    full = run(*args, "--templates", str(write_tree(tmp_path / "parts", PARTS)))
    short = run(*args, "--templates", str(team))
    assert short.exit_code == 0, short.stderr
    assert 0 < len(short.stdout) < len(full.stdout)


def test_a_broken_layouts_file_is_read_once_and_reported_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """calm templates check asks for the layouts on each reply worded in parts: a team's broken
    file is parsed once, and each ask still raises its problems."""
    from calmcli.errors import ValidationError
    from calmcli.playbook.load import load_playbook
    from calmcli.reply import render
    from calmcli.reply.render import Renderer, template_dirs

    team = write_tree(
        tmp_path / "team", {"layouts.yaml": BUNDLED.replace("  chat:\n", "  chta:\n")}
    )
    reads: list[object] = []
    parse = render._parse_layouts
    monkeypatch.setattr(render, "_parse_layouts", lambda path: reads.append(path) or parse(path))
    renderer = Renderer(load_playbook(), template_dirs([team]))
    said = []
    for _ in range(3):
        with pytest.raises(ValidationError) as raised:
            renderer.layouts  # noqa: B018 (the property raises)
        said.append(raised.value.problems)
    assert len(reads) == 1
    assert said[0] == said[1] == said[2] and any("unknown channel 'chta'" in p for p in said[0])
