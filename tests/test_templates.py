"""Every situation renders in every language, and `calm templates check` catches mistakes."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from conftest import RenderedReply

from calmcli.base.paths import bundled_dir
from calmcli.playbook.load import load_playbook
from calmcli.reply.render import Renderer, ReplyRequest, template_dirs
from calmcli.reply.templates_check import check_templates
from tests.helpers import LANGS, run, write_tree

# Phrases that inflame an angry customer, per language (lower case).
INFLAMING = {
    "en": [
        "calm down",
        "as i already said",
        "you should have",
        "not our problem",
        "as i said before",
        "obviously",
    ],
    "es": [
        "cálmese",
        "tranquilícese",
        "como ya le dije",
        "como ya le he dicho",
        "debería haber",
        "no es nuestro problema",
    ],
    "ca": [
        "calmi's",
        "tranquil·litzi's",
        "com ja li he dit",
        "com ja li vaig dir",
        "hauria d'haver",
        "hauria d’haver",
        "no és problema nostre",
    ],
    "pl": [
        "proszę się uspokoić",
        "uspokój się",
        "jak już mówiłem",
        "jak już mówiłam",
        "jak już pisałem",
        "powinien pan był",
        "powinna pani była",
        "to nie nasz problem",
    ],
}


def test_check_passes_on_the_bundled_templates() -> None:
    result = run("templates", "check")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    # Not a terminal: no progress bar, only the outcome.
    assert result.stderr == "ok: 15120 replies rendered in ca, en, es, pl; 0 problem(s)\n"


def test_check_shows_a_progress_bar_in_a_terminal(tmp_path: Path) -> None:
    import pexpect

    # Every language's greeting broken: each reply stops at its first part, so the walk is
    # quick, and the bar still shows (templates check starts it at once).
    team = write_tree(
        tmp_path / "team", {f"{lang}/parts/greeting.j2": "Hi {% if %}\n" for lang in LANGS}
    )
    child = pexpect.spawn(
        sys.executable,
        ["-m", "calmcli", "templates", "check", "--templates", str(team)],
        env={**os.environ, "TERM": "xterm-256color"},
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=60,
    )
    child.expect("Rendering replies")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    for lang in LANGS:
        assert f"{team}/{lang}/parts/greeting.j2:1: template syntax" in str(child.before)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(load_playbook(use_cache=False), template_dirs())


@pytest.mark.parametrize("lang", LANGS)
def test_every_situation_renders_without_inflaming_phrases(
    lang: str, bundled_replies: dict[str, list[RenderedReply]]
) -> None:
    count = 0
    for rendered in bundled_replies[lang]:
        reply = rendered.reply
        assert reply.lang == lang
        for message in reply.messages:
            text = message.text.lower()
            assert text.strip()
            hits = [p for p in INFLAMING[lang] if p in text]
            assert not hits, (*rendered.situation, hits)
            if message.audience == "public":
                assert "a-1042" not in text
        count += 1
    assert count == 4 * 5 * 9 * 7 * 2


def test_the_shared_matrix_is_what_rendering_each_reply_alone_gives(
    bundled_renderer: Renderer, bundled_replies: dict[str, list[RenderedReply]]
) -> None:
    """The session's matrix comes from calm templates check's SharedRenderer: every 13th reply
    of each language (both samples, every fault and channel), rendered again on its own by a
    plain Renderer at the same moment, is the same in every field."""
    from dataclasses import asdict

    plain = Renderer(bundled_renderer.playbook, bundled_renderer.dirs, bundled_renderer.now)
    compared = 0
    for replies in bundled_replies.values():
        for rendered in replies[::13]:
            alone = asdict(plain.render(rendered.request))
            assert alone == asdict(rendered.reply), rendered.situation
            compared += 1
    assert compared == 4 * len(range(0, 2520, 13))


@pytest.mark.parametrize("lang", LANGS)
def test_troll_and_warning_levels_render(renderer: Renderer, lang: str) -> None:
    texts = set()
    for level in "0123":
        reply = renderer.render(
            ReplyRequest("troll", "chat", "rude", "other", lang, vars={"warning_level": level})
        )
        texts.add(reply.messages[0].text)
    assert len(texts) == 4  # each warning level says something different


def test_check_reports_undefined_variables_with_file_and_line(tmp_path: Path) -> None:
    team = write_tree(
        tmp_path / "team",
        {
            "en/parts/closing.j2": "Thanks.\n{{ customer_mood }}\n",
        },
    )
    result = run("templates", "check", "--templates", str(team))
    assert result.exit_code == 2
    first = result.stdout.splitlines()[0]
    assert first == (
        f"{team}/en/parts/closing.j2:2: unknown value 'customer_mood': templates may use the "
        "variables of calm reply"
    )


def test_check_reports_syntax_errors_and_missing_parts(tmp_path: Path) -> None:
    team = write_tree(
        tmp_path / "team",
        {
            "en/parts/closing.j2": "Thanks {% if %}\n",
            "de/parts/greeting.j2": "Guten Tag,\n",  # a new language with only one part
        },
    )
    result = run("templates", "check", "--templates", str(team))
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert any(
        re.match(rf"{re.escape(str(team))}/en/parts/closing.j2:1: template syntax", x)
        for x in lines
    )
    assert any(
        f"{team}/de/parts/acknowledgement.j2:1: the part 'acknowledgement' does not exist" in x
        for x in lines
    )


def test_a_broken_team_template_is_one_line_naming_the_team_file(tmp_path: Path) -> None:
    """An unclosed tag: one FILE:LINE line in the team's file, in a team lead's words."""
    team = write_tree(
        tmp_path / "team",
        {"es/moves/close.j2": "{% block patience %}\n{% if agent %}\nGracias.\n{% endblock %}\n"},
    )
    result = run("templates", "check", "--templates", str(team))
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{team}/es/moves/close.j2:4: a {{% if %}} is never closed: add {{% endif %}}"
    ]


def test_a_new_incident_without_wording_names_the_fix(tmp_path: Path) -> None:
    """The bundled parts have no words for a team's new incident: say how to add them."""
    from calmcli.errors import ValidationError

    team_pb = write_tree(
        tmp_path / "pb",
        {
            "incidents.yaml": "incidents:\n  - id: wrong-item\n"
            "    label: {en: Wrong item, ca: Article equivocat, es: Artículo equivocado, "
            "pl: Zły produkt}\n    help: {en: x, ca: x, es: x, pl: x}\n"
            "    guidance:\n      key_ideas: [Send the right item.]\n"
        },
    )
    renderer = Renderer(load_playbook([team_pb], use_cache=False), template_dirs())
    try:
        renderer.render(ReplyRequest("ours", "email", incident="wrong-item", lang="en"))
    except ValidationError as err:
        (problem,) = err.problems
    assert re.match(r".*/en/moves/acknowledge\.j2:\d+: no wording for 'wrong-item'", problem)
    assert "calm playbook add incident" in problem


def test_playbook_add_incident_validates_and_renders_in_every_language(tmp_path: Path) -> None:
    team_pb, team_tpl = tmp_path / "team-pb", tmp_path / "team-tpl"
    result = run(
        "playbook", "add", "incident", "wrong-item", "--to", str(team_pb),
        "--templates", str(team_tpl),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert run("playbook", "validate", str(team_pb)).exit_code == 0
    book = load_playbook([team_pb], use_cache=False)
    assert set(book.incidents["wrong-item"].label) == set(book.settings.languages)
    renderer = Renderer(book, template_dirs([team_tpl]))
    for lang in LANGS:
        stub = (team_tpl / lang / "incidents" / "wrong-item" / "acknowledge.j2").read_text()
        first_words = stub.splitlines()[2][:20]  # the words of its block "other"
        reply = renderer.render(
            ReplyRequest("ours", "email", incident="wrong-item", lang=lang, order="A-1")
        )
        assert reply.lang == lang and first_words in reply.messages[0].text
    again = run(
        "playbook", "add", "incident", "wrong-item", "--to", str(team_pb),
        "--templates", str(team_tpl),
    )  # fmt: skip
    assert again.exit_code == 2 and "already there" in again.stderr


def test_templates_init_writes_a_copy_that_checks_clean(tmp_path: Path) -> None:
    folder = tmp_path / "team-tpl"
    result = run("templates", "init", str(folder))
    assert result.exit_code == 0, result.output
    bundled = {
        p.relative_to(bundled_dir("reply_templates"))
        for p in bundled_dir("reply_templates").rglob("*.j2")
    }
    assert {p.relative_to(folder) for p in folder.rglob("*.j2")} == bundled
    assert (folder / "layouts.yaml").is_file()
    assert run("templates", "init", str(folder)).exit_code == 2  # not over a team's edits


def test_check_reports_a_value_rendered_as_none(tmp_path: Path) -> None:
    team = write_tree(tmp_path / "team", {"en/parts/closing.j2": "Thanks, {{ agent }}.\n"})
    summary = check_templates(Renderer(load_playbook(), template_dirs([team])))
    assert any("contains 'None'" in p for p in summary.problems)


def test_check_reports_a_team_incident_without_wording(tmp_path: Path) -> None:
    labels = "{ca: Devolució, es: Devolución, pl: Zwrot, en: Refund}"
    playbooks = write_tree(
        tmp_path / "pb",
        {
            "incidents.yaml": f"""
incidents:
  - id: refund-delay
    label: {labels}
    help: {labels}
    guidance: {{}}
"""
        },
    )
    result = run("templates", "check", "--playbooks", str(playbooks))
    assert result.exit_code == 2
    assert "acknowledge.j2" in result.stdout and "refund-delay" in result.stdout


def test_check_runs_calm_check_rules_on_every_rendered_message(tmp_path: Path) -> None:
    team = write_tree(tmp_path / "team", {"en/parts/closing.j2": "Calm down, please.\n"})
    result = run("templates", "check", "--templates", str(team))
    assert result.exit_code == 2
    assert "en/ours/email/none/other: direct:" in result.stdout
    assert "error: inflaming: 'Calm down'" in result.stdout


class _English(Renderer):
    """One language of the matrix: enough to compare two walks of it in a test's time."""

    languages = ["en"]  # type: ignore[assignment]


class _Spanish(Renderer):
    """Spanish: worded per move, from the reply's plan (reply/plan.py)."""

    languages = ["es"]  # type: ignore[assignment]


def _blind_matrix(renderer: Renderer) -> tuple[str, ...]:
    """What `calm templates check` reported before it shared renders: every reply of the
    matrix rendered from scratch and checked whole."""
    from calmcli.errors import ValidationError
    from calmcli.reply.checking import check_reply
    from calmcli.reply.templates_check import _LEAKS, clock_runs, situations

    problems: dict[str, None] = {}
    for moment, label, samples in clock_runs(renderer):
        at = type(renderer)(renderer.playbook, renderer.dirs, moment)
        for lang in renderer.languages:
            for situation in situations(renderer.playbook):
                for sample in samples:
                    where = "/".join((lang, *situation))
                    try:
                        reply = at.render(ReplyRequest(*situation, lang, **sample))
                    except ValidationError as err:
                        found = list(err.problems)
                    else:
                        checks = check_reply(reply, situation[0], playbook=renderer.playbook)
                        found = [
                            f"{where}: {f.format(c.audience)}" for c in checks for f in c.findings
                        ]
                        for message in reply.messages:
                            if not message.text.strip():
                                found.append(f"{where}: the {message.audience} message is empty")
                            leak = _LEAKS.search(message.text)
                            if leak:
                                shown = leak.group(0).strip() or "a blank value"
                                found.append(
                                    f"{where}: the {message.audience} message contains {shown!r}"
                                )
                    for problem in found:  # once; a second clock's own finds say which clock
                        if problem not in problems:
                            head, colon, rest = problem.partition(": ")
                            labelled = f"{head}{label}{colon}{rest}" if label and colon else problem
                            problems.setdefault(labelled)
    return tuple(problems)


def test_check_reports_exactly_what_the_whole_matrix_reports(tmp_path: Path) -> None:
    """Rendering each template once per distinct input loses nothing: mistakes that show only
    in some situations, through an include, a computed include, an attribute or a sample value,
    are reported line for line as rendering every reply from scratch reports them."""
    team = write_tree(
        tmp_path / "team",
        {
            # calm check's rules, on one channel's message only
            "en/parts/closing.j2": "{% if channel == 'email' %}Calm down.{% endif %}"
            "{% include 'en/parts/extra.j2' %}\n",
            # an undefined value reached through an include, for one fault only
            "en/parts/extra.j2": "{% if fault == 'troll' %}\n{{ customer_mood }}{% endif %}\n",
            # a value rendered as None, for one style of customer and the empty sample only
            "en/parts/limits.j2": "{% if style.limits %}Limits for {{ agent }}.{% endif %}\n",
            # a template named by an expression: keyed on the whole context
            "en/parts/handover.j2": "{% include 'en/parts/' ~ 'sign.j2' %}\n",
            "en/parts/sign.j2": "We are on it [{{ order }}].\n",
            "en/parts/details.j2": "Order ({{ order or '' }}).\n",
        },
    )
    renderer = _English(load_playbook(use_cache=False), template_dirs([team]))
    shared = check_templates(renderer).problems
    assert shared == _blind_matrix(renderer)
    for expected in (
        "error: inflaming: 'Calm down'",
        "extra.j2:2: unknown value 'customer_mood'",
        "message contains 'None'",
        "message contains '()'",
        "public message contains 'None'",
    ):
        assert any(expected in line for line in shared), expected


def test_check_reports_exactly_what_the_whole_matrix_reports_for_planned_moves(
    tmp_path: Path,
) -> None:
    """The same for a language worded per move: each move's block is rendered once per
    distinct value of what its template reads."""
    close = (bundled_dir("reply_templates") / "es" / "moves" / "close.j2").read_text("utf-8")
    team = write_tree(
        tmp_path / "team",
        {
            # a value rendered as None (the sample without a customer), an inflaming phrase in
            # direct messages only, and an undefined value through an include, in emails (the
            # only messages with a closing line now that a DM ends on what comes next)
            "es/moves/close.j2": close.replace(
                "Gracias por su paciencia.",
                "Gracias por su paciencia, {{ customer }}. {% if audience == 'direct' %}Cálmese."
                "{% endif %}{% include 'es/extra.j2' %}",
            ),
            "es/extra.j2": "{% if customer %}\n{{ customer_mood }}{% endif %}\n",
        },
    )
    renderer = _Spanish(load_playbook(use_cache=False), template_dirs([team]))
    shared = check_templates(renderer).problems
    assert shared == _blind_matrix(renderer)
    for expected in ("'Cálmese'", "unknown value 'customer_mood'", "contains 'None'"):
        assert any(expected in line for line in shared), expected


def test_a_mistake_in_a_team_move_template_names_its_own_line(tmp_path: Path) -> None:
    """A move's variant is rendered as a block on its own: its FILE:LINE is still the template's
    line, not the generated code's."""
    close = (bundled_dir("reply_templates") / "es" / "moves" / "close.j2").read_text("utf-8")
    broken = close.replace("Gracias por su paciencia.", "Gracias por su paciencia.\n{{ mood }}")
    line = broken.splitlines().index("{{ mood }}") + 1
    team = write_tree(tmp_path / "team", {"es/moves/close.j2": broken})
    renderer = _Spanish(load_playbook(use_cache=False), template_dirs([team]))
    problems = [p for p in check_templates(renderer).problems if "'mood'" in p]
    assert problems == [
        f"{team}/es/moves/close.j2:{line}: unknown value 'mood': templates may use the "
        "variables of calm reply"
    ]
