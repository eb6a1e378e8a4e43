"""calm's cache is plain JSON: whatever is found there is validated before use, or rebuilt.

Issue 11, point 1: no loader that can run code (pickle, marshal) reads anything from disk; a
planted pickle, garbage, a file of the wrong shape, a FIFO or a symlink in the cache is never
run, never waited on and never a crash: the value is built again from the team's files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from calmcli.base.cache import cached
from calmcli.base.plaindata import Invalid, from_plain, to_plain
from calmcli.base.textmatch import FOLDING, Matcher, Unit
from calmcli.playbook.layers import layer_files, playbook_dirs
from calmcli.playbook.lexicons import Lexicons, load_lexicons
from calmcli.playbook.load import load_playbook
from calmcli.playbook.model import Playbook
from calmcli.playbook.rules import RuleSet, build_rules


def _pickle_payload(marker: Path) -> bytes:
    return b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR."


def _plain(value: Any, shape: Any) -> str:
    return json.dumps(to_plain(value, shape), sort_keys=True)


# --- the codec --------------------------------------------------------------------------------


def test_the_bundled_playbook_lexicons_and_rules_survive_the_round_trip() -> None:
    rules = build_rules(layer_files(playbook_dirs(None), "rules")).get("pl")
    for value, shape in [
        (load_playbook(use_cache=False), Playbook),
        (load_lexicons(), Lexicons),
        (rules, RuleSet),
    ]:
        plain = json.loads(json.dumps(to_plain(value, shape)))
        again = from_plain(plain, shape)
        assert type(again) is shape
        assert _plain(again, shape) == _plain(value, shape)


def test_a_rebuilt_matcher_finds_what_the_original_finds() -> None:
    matcher = load_lexicons().get("pl").matcher
    again = from_plain(json.loads(json.dumps(to_plain(matcher, Matcher))), Matcher)
    text = "ty gnido, jesteście idiotami, pozwę was do sądu, kurwa"
    assert again.scan(text) == matcher.scan(text) != {}


def test_a_matcher_folded_by_another_fold_is_refused() -> None:
    plain = to_plain(load_lexicons().get("pl").matcher, Matcher)
    plain["folding"] = FOLDING - 1
    with pytest.raises(Invalid, match="folded otherwise"):
        from_plain(plain, Matcher)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
@example({"": ["", ""]})  # a set with an item twice (found by a run of this test)
@example({"": ["b", "a"]})  # a set not in the order calm writes it
def test_any_json_is_a_value_of_the_shape_or_invalid_never_a_crash(data: Any) -> None:
    for shape in (Playbook, RuleSet, Matcher, dict[str, frozenset[str]], tuple[Unit, ...]):
        try:
            value = from_plain(data, shape)
        except Invalid:
            continue
        assert _plain(value, shape) == json.dumps(data, sort_keys=True)


units = st.text(min_size=1, max_size=5) | st.tuples(st.text(max_size=3), st.text(max_size=3))
plain_values = st.tuples(
    st.dictionaries(st.text(max_size=5), st.frozensets(st.text(max_size=5), max_size=3)),
    st.lists(units | st.frozensets(st.text(max_size=4), max_size=3), max_size=4).map(tuple),
    st.none() | st.timedeltas(),
)
PLAIN_SHAPE = tuple[dict[str, frozenset[str]], tuple[Unit, ...], timedelta | None]


@settings(max_examples=100, deadline=None)
@given(plain_values)
def test_typed_values_come_back_equal(value: Any) -> None:
    assert from_plain(json.loads(json.dumps(to_plain(value, PLAIN_SHAPE))), PLAIN_SHAPE) == value


def test_a_type_without_a_plain_form_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        to_plain({"a": 1}, dict[str, Any])


# --- what is found in the cache -----------------------------------------------------------------


def _entry(cache: Path) -> tuple[Path, dict[str, Any]]:
    load_playbook()
    path = cache / "playbook.json"
    return path, json.loads(path.read_text(encoding="utf-8"))


def _wrong_field(document: dict[str, Any]) -> bytes:
    document["value"]["settings"]["follow_up"] = "2 days"
    return json.dumps(document).encode()


def _extra_field(document: dict[str, Any]) -> bytes:
    document["value"]["faults"]["ours"]["eval"] = "__import__('os')"
    return json.dumps(document).encode()


def _missing_field(document: dict[str, Any]) -> bytes:
    del document["value"]["sources"]
    return json.dumps(document).encode()


def _other_key(document: dict[str, Any]) -> bytes:
    document["key"] = "someone else's files"
    return json.dumps(document).encode()


GARBAGE = {
    "pickle": lambda document, marker: _pickle_payload(marker),
    "binary": lambda document, marker: bytes(range(256)) * 4,
    "truncated": lambda document, marker: json.dumps(document).encode()[:-40],
    "a list": lambda document, marker: b"[1, 2, 3]",
    "deep": lambda document, marker: b"[" * 200_000 + b"]" * 200_000,
    "giant number": lambda document, marker: b'{"format": ' + b"9" * 5000 + b"}",
    "wrong field type": lambda document, marker: _wrong_field(document),
    "extra field": lambda document, marker: _extra_field(document),
    "missing field": lambda document, marker: _missing_field(document),
    "other files' key": lambda document, marker: _other_key(document),
}


@pytest.mark.parametrize("kind", list(GARBAGE))
def test_garbage_in_the_cache_is_rebuilt(tmp_path: Path, kind: str) -> None:
    cache = Path(os.environ["CALM_CACHE_DIR"])
    path, document = _entry(cache)
    expected = _plain(load_playbook(use_cache=False), Playbook)
    marker = tmp_path / "PWNED"
    path.write_bytes(GARBAGE[kind](document, marker))
    assert _plain(load_playbook(), Playbook) == expected
    assert not marker.exists()
    assert json.loads(path.read_text(encoding="utf-8"))["value"]  # rewritten, valid again


@pytest.mark.parametrize("kind", ["fifo", "symlink to /dev/zero", "folder"])
def test_what_is_not_a_regular_file_in_the_cache_is_never_read(kind: str) -> None:
    cache = Path(os.environ["CALM_CACHE_DIR"])
    path, _ = _entry(cache)
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero")
    expected = _plain(load_playbook(use_cache=False), Playbook)
    assert _plain(load_playbook(), Playbook) == expected  # built again, not waited on


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path: Path) -> None:
    cache = Path(os.environ["CALM_CACHE_DIR"])
    cache.mkdir(mode=0o700)
    (cache / "x.json").mkdir()
    assert cached("x", [], lambda: {"a": 1}, dict[str, int]) == {"a": 1}


def test_a_planted_pickle_never_runs_in_calm_reply(tmp_path: Path) -> None:
    """End to end, in a real process: a pickle at every old and new cache name."""
    cache = tmp_path / "cache"
    env = {**os.environ, "CALM_CACHE_DIR": str(cache), "PYTHONDONTWRITEBYTECODE": "1"}
    args = [sys.executable, "-m", "calmcli", "reply", "--fault", "ours", "--channel", "email"]
    clean = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
    assert clean.returncode == 0, clean.stderr
    marker = tmp_path / "PWNED"
    names = [p.stem for p in cache.glob("*.json")]
    assert "playbook" in names
    for name in names:
        for suffix in (".json", ".pickle"):
            (cache / f"{name}{suffix}").write_bytes(_pickle_payload(marker))
    planted = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
    assert (planted.returncode, planted.stdout, planted.stderr) == (0, clean.stdout, "")
    assert not marker.exists()


# --- the lexicons, one entry per language -------------------------------------------------------

CATALAN = "Bon dia, encara no he rebut la comanda 4821 i ja fa dues setmanes que espero."


def test_analyze_reads_the_markers_and_only_the_lexicons_it_reads_the_message_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from calmcli.base import cache
    from calmcli.text.analyze import analyze_message, analyze_with

    book = load_playbook()
    every = load_lexicons(None, book.customer_types, book.incidents)  # fills the cache
    read: list[str] = []
    load_entry = cache.load_entry

    def spy(path: Path, key: str, shape: Any) -> Any:
        read.append(path.name)
        return load_entry(path, key, shape)

    monkeypatch.setattr(cache, "load_entry", spy)
    analysis = analyze_message(CATALAN)
    assert analysis.lang == "ca" and not analysis.language.unsure
    kinds = sorted(
        "index" if name.count("-") == 1 else name.rsplit("-", 1)[1].removesuffix(".json")
        for name in read
        if name.startswith("lexicons")
    )  # lexicons6-<teams's names>.json is the index (every language's markers)
    assert kinds == ["ca", "common", "index", "index"]
    whole = analyze_with(CATALAN, analysis.language, None, every)  # with all four lexicons
    assert analysis.as_dict() == whole.as_dict()


def test_a_corrupt_language_entry_is_rebuilt_and_rewritten() -> None:
    from calmcli.base.paths import cache_dir

    load_lexicons()  # fills the cache
    (polish,) = cache_dir().glob("lexicons*-pl.json")
    polish.write_text("{", encoding="utf-8")
    text = "ty gnido, jesteście idiotami, pozwę was do sądu"
    again = load_lexicons(languages=["pl"])
    assert set(again.languages) == {"pl", "common"}
    fresh = load_lexicons(languages=["pl"])  # from the rewritten entry
    assert json.loads(polish.read_text(encoding="utf-8"))["format"] == 1
    assert again.get("pl").matcher.scan(text) == fresh.get("pl").matcher.scan(text) != {}
