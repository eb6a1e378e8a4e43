"""The adversarial suite (issue 11): hostile team folders, customers, data dirs and databases.

Each test reproduces an attack from ../shared/reviews/untrusted-audit.md and checks that calm
ends it with one line and the documented exit code, changing nothing it should not.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from calmcli.base.paths import bundled_dir
from calmcli.base.saferegex import RegexTimeout, check_regex, finditer_spans
from tests.helpers import run, write_tree


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# --- hostile team folder: regular expressions --------------------------------------------------


@pytest.mark.parametrize("pattern", [r"(a|aa)+$", r"(a|a)+$"])
def test_a_catastrophic_team_regex_is_refused_at_validation(pattern: str) -> None:
    problem = check_regex(pattern)
    assert problem is not None and "backtracks" in problem


def test_a_team_regex_that_runs_away_on_a_text_is_stopped_in_one_line() -> None:
    with pytest.raises(RegexTimeout, match="ran over"):
        finditer_spans(r"(a|aa)+$", "a" * 60 + "!", bounded=True)


def test_a_catastrophic_lexicon_is_one_line_exit_2(tmp_path: Path) -> None:
    team = write_tree(tmp_path / "pl", {"lexicons/en.yaml": "words:\n  insult: ['/(a|aa)+$/']\n"})
    result = run("analyze", "-", "--lang", "en", "--playbooks", str(team), input="a" * 60 + "!")
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(f"{team}/lexicons/en.yaml:2: ")


def _bundled_regexes() -> list[str]:
    found: set[str] = set()
    for path in bundled_dir("playbooks").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        found |= {m.replace("\\\\", "\\") for m in re.findall(r'"/(.+?)/"', text)}
        found |= set(re.findall(r"'/(.+?)/'", text))
    return sorted(found)


def test_every_bundled_regex_is_linear_on_long_hostile_runs() -> None:
    """Bundled patterns run on `re` without a time limit: each must stay linear. Run in a
    child with a generous limit: a quadratic pattern on these 200,000 characters takes
    minutes (`\\d+ ?%` did), a linear one milliseconds."""
    patterns = _bundled_regexes()
    assert len(patterns) > 10
    script = (
        "import re, sys\n"
        "runs = [c * 200_000 for c in 'a1 .@#-'] + ['1 ' * 100_000 + 'x', 'a.' * 100_000]\n"
        "for p in sys.argv[1:]:\n"
        "    for r in runs:\n"
        "        sum(1 for _ in re.finditer(p, r))\n"
    )
    subprocess.run([sys.executable, "-c", script, *patterns], check=True, timeout=60)


# --- hostile team folder: files that lead out, and work without end ----------------------------

REPLY = ("reply", "--fault", "ours", "--channel", "email")


def _team_templates(tmp_path: Path, greeting: str | None = None) -> Path:
    team = tmp_path / "team"
    (team / "en" / "parts").mkdir(parents=True)
    if greeting is not None:
        (team / "en" / "parts" / "greeting.j2").write_text(greeting)
    return team


def test_a_template_symlinked_out_of_the_team_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN-4242")
    team = _team_templates(tmp_path)
    (team / "en" / "parts" / "greeting.j2").symlink_to(secret)
    result = run(*REPLY, "--templates", str(team))
    assert result.exit_code == 2
    assert "TOP-SECRET" not in result.stdout + result.stderr
    assert "outside" in one_line(result.stderr)


def test_an_include_through_a_symlinked_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("TOP-SECRET-TOKEN-4242")
    team = _team_templates(tmp_path, "{% include 'en/leak/secret.txt' %}")
    (team / "en" / "leak").symlink_to(tmp_path)
    result = run(*REPLY, "--templates", str(team))
    assert result.exit_code == 2
    assert "TOP-SECRET" not in result.stdout + result.stderr
    one_line(result.stderr)


def test_a_fifo_template_is_refused_not_waited_on(tmp_path: Path) -> None:
    import os

    team = _team_templates(tmp_path)
    os.mkfifo(team / "en" / "parts" / "greeting.j2")
    result = run(*REPLY, "--templates", str(team))
    assert result.exit_code == 2
    assert "not a regular file" in one_line(result.stderr)


@pytest.mark.parametrize(
    "body",
    [
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "{{ 'x' * 10**9 }}",
        "{{ 2**(2**34) }}",
        "{{ 10**(10**8) }}",
        "{{ lipsum(10**6) }}",
        "{{ 'a'|center(10**9) }}",
        "{{ 'a'.center(10**9) }}",
        "{{ '%1000000000s'|format('a') }}",
        "{{ '%1000000000s' % 'a' }}",
        "{{ ('x' * 99999 + 'y') * 99999 }}",
    ],
)
def test_a_template_that_asks_for_unbounded_work_is_one_line(tmp_path: Path, body: str) -> None:
    team = _team_templates(tmp_path, body)
    result = run(*REPLY, "--templates", str(team))
    assert result.exit_code == 2, result.stdout[:200]
    assert one_line(result.stderr).startswith(f"{team}/en/parts/greeting.j2:")


BOMB = 'l0: &l0 "lol"\n' + "".join(
    f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]\n" for n in range(1, 10)
)


def test_a_billion_laughs_playbook_is_refused(tmp_path: Path) -> None:
    team = write_tree(tmp_path / "pb", {"settings.yaml": BOMB + "settings:\n  signature: *l9\n"})
    result = run("playbook", "validate", "--playbooks", str(team))
    assert result.exit_code == 2
    assert "aliases" in one_line(result.stderr)


def test_a_billion_laughs_import_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(
        "bomb:\n" + "".join("  " + line + "\n" for line in BOMB.splitlines()) + "calm_cases: 1\n"
        "cases:\n- {id: C-AAAA1, created_at: '2026-11-01T10:00:00Z', status: *l9}\n"
    )
    result = run("cases", "import", str(bomb))
    assert result.exit_code == 2
    assert "aliases" in one_line(result.stderr)


# --- hostile team folder: the generators never write through a link that leads out -----------

ADD = ("playbook", "add", "incident", "wrong-item")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_playbook_add_refuses_a_template_folder_linked_outside(tmp_path: Path) -> None:
    team_pb, team_tpl, outside = tmp_path / "pb", tmp_path / "tpl", tmp_path / "outside"
    outside.mkdir()
    team_tpl.mkdir()
    (team_tpl / "ca").symlink_to(outside)
    result = run(*ADD, "--to", str(team_pb), "--templates", str(team_tpl))
    assert result.exit_code == 2
    line = one_line(result.stderr)
    stub = team_tpl / "ca/incidents/wrong-item/acknowledge.j2"
    assert line.startswith(f"calm: {stub}: leads outside {team_tpl}")
    assert _files(outside) == {}  # nothing went through the link
    assert not team_pb.exists()  # nor half an incident, nor an empty playbook folder
    assert _files(team_tpl) == {}


def test_playbook_add_refuses_a_stub_linked_to_a_file_outside(tmp_path: Path) -> None:
    team_pb, team_tpl = tmp_path / "pb", tmp_path / "tpl"
    first = run(*ADD[:3], "late-refund", "--to", str(team_pb), "--templates", str(team_tpl))
    assert first.exit_code == 0, first.stderr
    entries = (team_pb / "incidents.yaml").read_text()
    stub = team_tpl / "en" / "incidents" / "wrong-item" / "resolve.j2"
    stub.parent.mkdir(parents=True)
    stub.symlink_to(tmp_path / "notes.txt")  # dangling: the write would create it
    result = run(*ADD, "--to", str(team_pb), "--templates", str(team_tpl))
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(f"calm: {stub}: leads outside {team_tpl}")
    assert not (tmp_path / "notes.txt").exists()
    assert (team_pb / "incidents.yaml").read_text() == entries


def test_templates_init_refuses_a_folder_linked_outside_before_writing(tmp_path: Path) -> None:
    folder, outside = tmp_path / "tpl", tmp_path / "outside"
    write_tree(outside, {"en/parts/greeting.j2": "the victim's own file\n"})
    folder.mkdir()
    (folder / "en").symlink_to(outside / "en")
    result = run("templates", "init", str(folder), "--force")
    assert result.exit_code == 2
    assert "leads outside" in one_line(result.stderr)
    assert _files(outside) == {"en/parts/greeting.j2": b"the victim's own file\n"}
    assert _files(folder) == {}  # checked before anything was written


def test_generated_team_files_are_whole_shared_and_keep_the_lead_s_edits(tmp_path: Path) -> None:
    import os
    import stat

    team_pb, team_tpl = tmp_path / "pb", tmp_path / "tpl"
    elsewhere = str(tmp_path / "tpl0")
    first = run(*ADD[:3], "late-refund", "--to", str(team_pb), "--templates", elsewhere)
    assert first.exit_code == 0, first.stderr
    (team_pb / "incidents.yaml").chmod(0o640)
    own = write_tree(team_tpl, {"en/incidents/wrong-item/acknowledge.j2": "{# ours #}\n"})
    (team_tpl / "shared-ca").mkdir()
    (team_tpl / "ca").symlink_to(team_tpl / "shared-ca")  # a link that stays inside is fine
    previous = os.umask(0o022)
    try:
        result = run(*ADD, "--to", str(team_pb), "--templates", str(team_tpl))
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.stderr
    assert (own / "en/incidents/wrong-item/acknowledge.j2").read_text() == "{# ours #}\n"
    assert (team_tpl / "shared-ca/incidents/wrong-item/resolve.j2").is_file()
    mode = stat.S_IMODE((team_pb / "incidents.yaml").stat().st_mode)
    assert mode == 0o640 and "wrong-item" in (team_pb / "incidents.yaml").read_text()
    stub = team_tpl / "en/incidents/wrong-item/resolve.j2"
    assert stat.S_IMODE(stub.stat().st_mode) == 0o644  # a team file, not a private one
    assert not list(team_tpl.rglob(".*.tmp"))  # written through a temporary file


# --- hostile customer: text that would drive the terminal or forge rows ------------------------

EVIL = "Ann\x1b]0;PWNED\x07\x1b[2J\x1b[31mFAKE\x1b[0m\x1b]8;;https://evil.example/\x1b\\x"


def test_escape_sequences_in_customer_text_never_reach_stdout_raw() -> None:
    import json

    added = run("cases", "add", input=json.dumps({"channel": "email", "customer": EVIL}))
    assert added.exit_code == 0, added.stderr
    listed = run("cases", "list")
    assert "\x1b" not in listed.stdout and "\\x1b]0;PWNED" in listed.stdout
    shown = run("cases", "show", added.stdout.strip())
    assert "\x1b" not in shown.stdout
    reply = run(*REPLY, "--customer", EVIL)
    assert reply.exit_code == 0 and "\x1b" not in reply.stdout


def test_a_newline_or_tab_in_a_summary_cannot_forge_a_row() -> None:
    summary = "late\nC-FAKE1\t2026-01-01\topen"
    assert run("cases", "add", "--channel", "email", "--summary", summary).exit_code == 0
    rows = run("cases", "list").stdout.splitlines()
    assert len(rows) == 2 and "late\\nC-FAKE1\\t2026" in rows[1]


# --- hostile data dir and database ---------------------------------------------------------------


def test_db_at_another_applications_sqlite_file_changes_nothing(tmp_path: Path) -> None:
    import hashlib
    import sqlite3

    other = tmp_path / "app.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE notes (body TEXT)")
    db.commit()
    db.close()
    other.chmod(0o644)
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    result = run("--db", str(other), "cases", "list")
    assert result.exit_code == 2
    assert "another application" in one_line(result.stderr)
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert other.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("kind", ["text", "folder"])
def test_db_at_what_is_not_a_log_is_refused_untouched(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "x"
    if kind == "folder":
        target.mkdir(mode=0o755)
    else:
        target.write_text("notes\n" if kind == "text" else "")
    target.chmod(0o755 if kind == "folder" else 0o644)
    result = run("--db", str(target), "cases", "list")
    assert result.exit_code in (1, 2)
    one_line(result.stderr)
    assert target.stat().st_mode & 0o777 == (0o755 if kind == "folder" else 0o644)


def test_a_planted_pickle_in_a_shared_cache_is_never_loaded(tmp_path: Path) -> None:
    import os

    cache = tmp_path / "shared-cache"
    cache.mkdir()
    cache.chmod(0o777)
    marker = tmp_path / "PWNED"
    (cache / "playbook.pickle").write_bytes(
        b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR."
    )
    result = run(*REPLY, env={"CALM_CACHE_DIR": str(cache)})
    assert result.exit_code == 1
    assert "writable by other users" in one_line(result.stderr)
    assert not marker.exists()
    assert os.stat(cache).st_mode & 0o777 == 0o777


def test_a_malformed_postgresql_url_never_echoes_the_password() -> None:
    result = run("--db", "postgresql://pwuser:S3cr3t-PW@[127.0.0.1/postgres", "cases", "list")
    assert result.exit_code == 2
    assert "S3cr3t" not in one_line(result.stderr)


def test_control_characters_never_reach_the_ics(tmp_path: Path) -> None:
    import json

    case = {"channel": "email", "customer": "Ann\x00\x0b\x0c", "summary": "a\x1bb"}
    assert run("cases", "add", input=json.dumps(case)).exit_code == 0
    ics = tmp_path / "f.ics"
    assert run("followups", "export", "--ics", str(ics)).exit_code == 0
    data = ics.read_bytes()
    assert not any(byte in data for byte in (b"\x00", b"\x0b", b"\x0c", b"\x1b"))


def test_a_case_id_with_a_trailing_newline_is_refused_at_import(tmp_path: Path) -> None:
    export = run("cases", "export")
    assert export.exit_code == 0
    source = tmp_path / "nl.yaml"
    source.write_text(
        "calm_cases: 1\ncases:\n- {id: \"C-ABCD\\n\", created_at: '2026-11-01T10:00:00Z'}\n"
    )
    result = run("cases", "import", str(source))
    assert result.exit_code == 2
    one_line(result.stderr)


@pytest.mark.parametrize("command", [("cases", "list"), ("followups",)])
def test_a_negative_limit_is_refused(command: tuple[str, ...]) -> None:
    assert run(*command, "--limit", "-1").exit_code == 2


# --- hostile import files: a large one is read a case at a time ----------------------------------


def test_a_yaml_import_is_built_one_case_at_a_time(tmp_path: Path) -> None:
    from calmcli.base.yamlfile import load_yaml_items
    from calmcli.errors import ValidationError

    text = (
        "calm_cases: 1\ncases:\n- {id: C-AAAA1}\n- id: C-AAAA2\n  vars: {a: [1, 2]}\n"
        "- &x {id: C-AAAA3}\n- *x\n"
    )
    seen: list[tuple[object, int]] = []
    with pytest.raises(ValidationError) as refused:
        load_yaml_items(text, "f.yaml", "cases", lambda item, line: seen.append((item, line)))
    # the first three were handed over, and let go, before the alias was even read
    assert [(dict(item), line) for item, line in seen] == [  # type: ignore[call-overload]
        ({"id": "C-AAAA1"}, 3),
        ({"id": "C-AAAA2", "vars": {"a": [1, 2]}}, 4),
        ({"id": "C-AAAA3"}, 6),
    ]
    assert refused.value.problems == [
        "f.yaml:7: YAML aliases (*name) are not allowed; write the value out"
    ]
    head = load_yaml_items("calm_cases: 1\ncases:\n- {id: C-1}\n", "f", "cases", lambda i, n: None)
    assert head == {"calm_cases": 1, "cases": []}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("cases:\n- !!python/object/apply:os.system [ls]\n", "2: the tag tag:yaml.org,2002:python"),
        ("cases:\n- " + "[" * 80 + "]" * 80 + "\n", "2: values nested more than 64 levels deep"),
        ("cases: []\ncases: []\n", "2: duplicate key 'cases' (first at line 1)"),
        ("cases: []\n---\ncases: []\n", "2: a second document ('---') in the file; keep one"),
        ("cases:\n- {created_at: 2026-02-30}\n", "2: '2026-02-30' is not a valid date"),
        ("cases:\n- {a: 1\n", "2: YAML syntax: '{' is not closed"),
    ],
)
def test_a_hostile_yaml_import_is_file_line(text: str, problem: str) -> None:
    from calmcli.base.yamlfile import load_yaml_items
    from calmcli.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        load_yaml_items(text, "f.yaml", "cases", lambda item, line: None)
    (line,) = refused.value.problems
    assert line.startswith(f"f.yaml:{problem}"), line


def test_a_json_import_is_decoded_one_case_at_a_time() -> None:
    import json

    from calmcli.base.jsontext import load_json_items

    text = '{"calm_cases": 1,\n "cases": [\n  {"id": "C-AAAA1"},\n  {"id": "C-AAAA2"},\n  [[[' + (
        "[" * 80 + "]" * 80 + "]]]]}"
    )
    seen: list[tuple[object, int]] = []
    with pytest.raises(json.JSONDecodeError, match="nested more than 64 levels deep") as refused:
        load_json_items(text, "cases", lambda item, line: seen.append((item, line)))
    assert seen == [({"id": "C-AAAA1"}, 3), ({"id": "C-AAAA2"}, 4)]  # before the deep one
    assert refused.value.lineno == 5
    head = load_json_items('{"cases": [1, 2], "calm_cases": 1}', "cases", lambda i, n: None)
    assert head == {"cases": [], "calm_cases": 1}
