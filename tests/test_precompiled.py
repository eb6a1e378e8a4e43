"""calm's own templates come precompiled (issue 10's start-up budget), and only when fresh."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

from calmcli.base.paths import bundled_dir
from calmcli.playbook.load import load_playbook
from calmcli.reply.precompiled import FOLDER, compiled_code, module_name
from calmcli.reply.render import Renderer, ReplyRequest, template_environment
from tests.helpers import LANGS

BUNDLED = bundled_dir("reply_templates")
STALE = "run `python -m calmcli.reply.compile_bundled` after editing a bundled template"


def bundled_templates() -> list[str]:
    return sorted(p.relative_to(BUNDLED).as_posix() for p in BUNDLED.rglob("*.j2"))


def test_every_bundled_template_has_a_fresh_compiled_module() -> None:
    environment = template_environment([BUNDLED])
    stale = [
        name
        for name in bundled_templates()
        if compiled_code(environment, name, (BUNDLED / name).read_text(encoding="utf-8")) is None
    ]
    assert stale == [], STALE
    leftover = {p.stem for p in FOLDER.glob("*.py")} - {"__init__"}
    assert leftover == {module_name(n) for n in bundled_templates()}, STALE


def test_a_changed_template_is_never_served_from_its_old_module() -> None:
    environment = template_environment([BUNDLED])
    name = "es/parts/greeting.j2"
    source = (BUNDLED / name).read_text(encoding="utf-8")
    assert compiled_code(environment, name, source) is not None
    assert compiled_code(environment, name, source + "Hola de nuevo.") is None


def test_bundled_replies_render_without_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a bundled template was compiled from source")

    monkeypatch.setattr(jinja2.Environment, "compile", refuse)
    renderer = Renderer(load_playbook(None), [BUNDLED])
    for lang in LANGS:
        reply = renderer.render(ReplyRequest(fault="ours", channel="email", lang=lang))
        assert reply.messages[0].text


@pytest.mark.parametrize("channel", ["email", "phone", "social-public", "chat"])
def test_precompiled_and_compiled_from_source_say_the_same(tmp_path: Path, channel: str) -> None:
    copy = tmp_path / "templates"
    shutil.copytree(BUNDLED, copy)  # not calm's own folder: compiled from source
    playbook = load_playbook(None)
    for lang in LANGS:
        for fault in ("ours", "not-ours", "unclear", "troll"):
            request = ReplyRequest(
                fault=fault,
                channel=channel,
                customer_type="meticulous",
                incident="billing",
                lang=lang,
                customer="Ana Puig",
                order="A-1",
            )
            ours = Renderer(playbook, [BUNDLED]).render(request)
            theirs = Renderer(playbook, [copy]).render(request)
            assert [m.text for m in ours.messages] == [m.text for m in theirs.messages]


def test_an_error_in_a_precompiled_template_names_the_template_file() -> None:
    renderer = Renderer(load_playbook(None), [BUNDLED])
    template = renderer.env.get_template("es/parts/greeting.j2")
    assert template.filename == str(BUNDLED / "es/parts/greeting.j2")


def test_calm_reply_leaves_the_case_log_and_the_walk_unimported(tmp_path: Path) -> None:
    """The reply path's module budget: what `calm reply` must not pay for at start-up."""
    script = (
        "import sys\n"
        "from calmcli.cli import main\n"
        "sys.argv = ['calm', 'reply', '--fault', 'ours', '--channel', 'email']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    loaded = set(done.stderr.split())
    assert done.stdout.strip()
    unwanted = {
        "calmcli.caselog.model",
        "calmcli.storage",
        "calmcli.walk",
        "pydantic",  # Typer builds its adapters only for values given (calmcli.cli.coercion)
        "questionary",
        "sqlite3",
    }
    assert sorted(unwanted & loaded) == []
