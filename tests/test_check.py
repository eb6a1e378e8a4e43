"""calm check: rule kinds, situation rules, layering, validation, and no bundled template fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import RenderedReply

from calmcli.playbook.load import load_playbook
from calmcli.playbook.rules import load_rules
from calmcli.text.check import Facts, check_text, default_audience
from tests.corpus_score import score
from tests.helpers import LANGS, run, write_tree

GOOD_EN = (
    "Hello Sam,\n\nWe are sorry: the parcel left late. We will ship a replacement "
    "today and send the tracking number by 18:00.\n\nAna"
)


def test_clean_draft_exits_0_with_no_output() -> None:
    result = run(
        "check", "-", "--fault", "ours", "--channel", "email", "--lang", "en", input=GOOD_EN
    )
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    assert "0 error(s), 0 warning(s); checked as en, direct" in result.stderr


def test_findings_are_file_line_col_level_rule_message(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi,\n\nCalm down. As per our policy we cannot refund!!", encoding="utf-8")
    result = run("check", str(draft), "--fault", "ours", "--channel", "email")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{draft}:1:1: error: apology: the fault is ours: apologise once, plainly",
        f"{draft}:1:1: error: next-step: no concrete next step with a time (a day, a date or a delay)",  # noqa: E501
        f"{draft}:3:1: error: inflaming: 'Calm down' inflames an angry customer; acknowledge instead",  # noqa: E501
        f"{draft}:3:12: warning: policy-speak: cold policy-speak 'As per our policy': try "
        "'under our returns terms'",
        f"{draft}:3:47: warning: exclamations: more than one exclamation mark reads as raised "
        "voice; keep at most one",
    ]
    assert "checked as en (detected)" in result.stderr


def test_warnings_only_exit_0_and_json_lists_findings() -> None:
    text = GOOD_EN.replace("We will ship", "Kindly note we will ship")
    result = run("check", "-", "--fault", "ours", "--channel", "email", "--json", input=text)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["file"] == "-" and data["lang"] == "en" and data["lang_detected"] is True
    assert (data["errors"], data["warnings"]) == (0, 1)
    assert data["findings"][0] == {
        "rule": "policy-speak",
        "level": "warning",
        "line": 3,
        "column": 37,
        "message": "cold policy-speak 'Kindly': try 'please'",
        "match": "Kindly",
    }


MAX_LENGTH = {c: e.max_length for c, e in load_playbook(use_cache=False).channels.items()}


def facts(
    lang: str, fault: str = "ours", channel: str = "email", audience: str | None = None
) -> Facts:
    return Facts(lang, fault, channel, audience or default_audience(channel), MAX_LENGTH[channel])


def rules_found(text: str, lang: str, **kw: str) -> list[str]:
    return [f.rule for f in check_text(text, facts(lang, **kw), load_rules(lang))]


def test_polish_and_catalan_inflection_and_accents() -> None:
    assert "apology" not in rules_found("Bardzo PRZEPRASZAMY. Wyślemy ją jutro.", "pl")
    assert "apology" not in rules_found("Disculpi'ns. L’enviarem demà.", "ca")
    assert rules_found("Tranquil·litzi's, li enviarem demà.", "ca", fault="unclear") == [
        "inflaming"
    ]
    assert rules_found("Calmese, se lo enviaremos manana.", "es", fault="unclear") == ["inflaming"]


def test_public_post_rules_apply_only_to_the_public_message() -> None:
    text = "Hi Sam, we are sorry. Please send us a DM with your email sam@x.com."
    public = rules_found(text, "en", channel="social-public")
    assert public == ["dm-only", "personal-data-public"]
    assert "dm-only" not in rules_found(text, "en", channel="social-public", audience="private")


def test_team_folder_relevels_disables_and_adds_rules(tmp_path: Path) -> None:
    team = write_tree(
        tmp_path / "team",
        {
            "rules/en.yaml": (
                "rules:\n"
                "  - id: sales\n    level: warning\n"
                "  - id: inflaming\n    level: 'off'\n"
                "  - id: no-guys\n    kind: existence\n    level: error\n"
                "    message: \"'%s' is too casual\"\n    tokens: [guys]\n"
            )
        },
    )
    text = "Hi guys, calm down. We are sorry. Check out our new collection; it ships today."
    result = run(
        "check",
        "-",
        "--fault",
        "ours",
        "--channel",
        "chat",
        "--lang",
        "en",
        "--playbooks",
        str(team),
        input=text,
    )
    lines = result.stdout.splitlines()
    assert [line.split(": ")[2] for line in lines] == ["no-guys", "sales", "sales"]
    assert ": warning: sales:" in lines[1] and result.exit_code == 1


@pytest.mark.parametrize(
    ("yaml_text", "problem"),
    [
        ("rules:\n  - id: x\n    kind: existance\n", ":3: rule 'x': kind must be one of"),
        (
            "rules:\n  - id: x\n    kind: existence\n    message: m\n    tokens: ['/(/']\n",
            ":5: rule 'x': invalid regular expression",
        ),
        (
            "rules:\n  - id: x\n    kind: existence\n    message: m\n    tokens: [a]\n    when: {fault: [mine]}\n",  # noqa: E501
            ":6: rule 'x': when.fault must list values from",
        ),
        ("rulez: []\n", ":1: unknown section 'rulez'"),
        (
            "rules:\n  - id: inflaming\n    level: loud\n",
            ":3: rule 'inflaming': level must be one of",
        ),
    ],
)
def test_bad_rule_files_report_file_and_line(tmp_path: Path, yaml_text: str, problem: str) -> None:
    team = write_tree(tmp_path / "team", {"rules/en.yaml": yaml_text})
    result = run(
        "check",
        "-",
        "--fault",
        "ours",
        "--channel",
        "chat",
        "--lang",
        "en",
        "--playbooks",
        str(team),
        input="Sorry.",
    )
    assert result.exit_code == 2
    assert f"{team / 'rules' / 'en.yaml'}{problem}" in result.stderr


def test_unknown_fault_is_a_usage_error() -> None:
    result = run("check", "-", "--fault", "mine", "--channel", "chat", input="x")
    assert result.exit_code == 2 and "unknown fault 'mine'" in result.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_no_bundled_template_fails_its_own_check(
    lang: str, bundled_replies: dict[str, list[RenderedReply]]
) -> None:
    """Not even a warning: a bundled reply that the check flags would teach agents to ignore it."""
    ruleset = load_rules(lang)
    errors = []
    checked: set[tuple[str, ...]] = set()  # a message repeated in another situation: once
    for rendered in bundled_replies[lang]:
        fault, channel, customer_type, incident = rendered.situation
        for message in rendered.reply.messages:
            seen = (fault, channel, message.audience, message.text, str(message.pending))
            if seen in checked:
                continue
            checked.add(seen)
            situation = facts(lang, fault, channel, message.audience)
            situation.pending = message.pending  # next-step follows the reply's plan
            for finding in check_text(message.text, situation, ruleset):
                if finding.level in ("error", "warning"):
                    errors.append(
                        f"{fault}/{channel}/{customer_type}/{incident}: "
                        f"{finding.format(message.audience)}"
                    )
    assert errors == []


def test_reply_runs_the_check_text_json_and_jsonl(tmp_path: Path) -> None:
    team = write_tree(
        tmp_path / "team",
        {
            "rules/en.yaml": (
                "rules:\n  - id: no-order-word\n    kind: existence\n    level: warning\n"
                "    message: \"'%s' found\"\n    tokens: [order]\n"
            )
        },
    )
    result = run(
        "reply",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--lang",
        "en",
        "--incident",
        "damaged-item",
        "--order",
        "A-1042",
        "--playbooks",
        str(team),
    )
    assert result.exit_code == 0
    assert "calm: warning: check: direct:" in result.stderr
    assert ": warning: no-order-word: 'order' found" in result.stderr
    data = json.loads(
        run(
            "reply", "--fault", "troll", "--channel", "social-public", "--lang", "ca", "--json"
        ).stdout
    )
    assert [m["check"] for m in data["messages"]] == [[], []]
    line = json.dumps({"fault": "ours", "channel": "email", "lang": "pl"})
    out = json.loads(run("reply", "--jsonl", input=line + "\n").stdout)
    assert out["messages"][0]["check"] == []


def test_corpus_findings_precision_and_recall() -> None:
    """Tolerance: 0.9 micro precision and recall over the labelled drafts."""
    precision, recall = score().findings.micro()
    assert precision >= 0.9 and recall >= 0.9


def _as_dicts(findings: list) -> list[dict]:  # type: ignore[type-arg]
    return [f.as_dict() for f in findings]


def _whole(text: str, facts: Facts, ruleset: object) -> list[dict]:  # type: ignore[type-arg]
    """The findings of one plain scan of the whole text (a joint that is no line break)."""
    from calmcli.text import check

    check._STARTS.clear(), check._UPPER.clear()
    return _as_dicts(check_text(text, facts, ruleset, (text,), " "))  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
def test_checking_by_paragraphs_finds_what_the_whole_text_does(lang: str) -> None:
    """The check keeps each paragraph's (a phone script's: each line's) hits for the next text
    with it: the findings must be those of the whole text, reply after reply, over the bundled
    matrix."""
    from calmcli.reply.render import Renderer, ReplyRequest, template_dirs

    playbook = load_playbook()
    renderer = Renderer(playbook, template_dirs())
    ruleset = load_rules(lang)
    compared = 0
    for fault in playbook.faults:
        for channel in playbook.channels:
            for incident in playbook.incidents:
                for customer in ("Ana", "CALM DOWN Smith"):  # a name with a finding of its own
                    request = ReplyRequest(fault, channel, "rude", incident, lang, customer, "Ola")
                    for message in renderer.render(request).messages:
                        facts = Facts(lang, fault, channel, message.audience, 2000)
                        whole = _whole(message.text, facts, ruleset)
                        assert _as_dicts(check_text(message.text, facts, ruleset)) == whole
                        compared += "\n" in message.text
    assert compared > 100


@pytest.mark.parametrize(
    ("pieces", "sep"),
    [
        (("Hello Ana,", "Please calm", "down: we are on it."), "\n\n"),  # a phrase over a joint
        (("As I", "said before, it ships today!!!", "Ana"), "\n"),
        (("Calm", "down", "calm", "down!"), "\n\n"),
        (("Calm", "", "down.", "\nYou must have. Whatever!!"), "\n\n"),  # empty, line break
        (("Hi.", "As", "I", "said before: no."), "\n\n"),  # one phrase over two joints
    ],
)
def test_a_phrase_across_two_parts_is_found_as_in_the_whole_text(
    pieces: tuple[str, ...], sep: str
) -> None:
    ruleset = load_rules("en")
    facts = Facts("en", "ours", "email", "direct", 2000)
    text = sep.join(pieces)
    whole = _whole(text, facts, ruleset)
    assert "inflaming" in {f["rule"] for f in whole}
    for _ in range(2):  # the second time from the parts' kept hits
        assert _as_dicts(check_text(text, facts, ruleset, pieces, sep)) == whole
        assert _as_dicts(check_text(text, facts, ruleset)) == whole


def test_only_patterns_that_cannot_match_a_line_break_are_checked_by_parts() -> None:
    from calmcli.base.textmatch import _newline_free

    assert _newline_free((r"\bwithin \d+ days\b", r"(?<!\d)\d+ ?%", "!"))
    for source in (r"a\s+b", "a.b", "^a", "a$", "[^a]", r"\D", r"a\nb"):
        assert not _newline_free((source,)), source


ENDED_EN = (
    "Hi Chris, thanks for waiting.\n\nIf you tell us exactly what happened with order A-1, "
    "we'll look into it. As the insults have continued, we are ending this conversation. "
    "Your case stays open, and we'll keep working on it."
)


def test_the_warning_level_is_a_situation_of_its_own() -> None:
    """After a warning no thanks for waiting; at the last level a troll is not invited to
    explain here nor told the case stays open, and no date is required."""
    args = ("check", "-", "--fault", "troll", "--channel", "chat", "--lang", "en")
    before = run(*args, input=ENDED_EN)
    assert "plan-" not in before.stdout
    ended = run(*args, "--warning-level", "3", input=ENDED_EN)
    assert ended.exit_code == 1
    rules = [line.split(": ")[2] for line in ended.stdout.splitlines()]
    assert rules == ["plan-thanks-after-warning"] + ["plan-troll-ended"] * 3, ended.stdout
    assert "next-step" in before.stdout and "next-step" not in ended.stdout
    bad = run(*args, "--warning-level", "4", input=ENDED_EN)
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_replies_after_warnings_pass_their_own_situation_rules(lang: str) -> None:
    from calmcli.reply.checking import check_reply
    from calmcli.reply.render import Renderer, ReplyRequest, template_dirs
    from calmcli.reply.templates_check import SAMPLES

    renderer = Renderer(load_playbook(use_cache=False), template_dirs())
    errors = []
    for fault in ("troll", "ours", "unclear"):
        for channel in renderer.playbook.channels:
            for level in range(4):
                for sample in SAMPLES:
                    values = {**sample["vars"], "warning_level": str(level)}
                    request = ReplyRequest(
                        fault, channel, "rude", "other", lang, **{**sample, "vars": values}
                    )
                    reply = renderer.render(request)
                    for checked in check_reply(reply, fault, playbook=renderer.playbook):
                        errors += [
                            f"{fault}/{channel}/{level}: {f.format(checked.audience)}"
                            for f in checked.findings
                            if f.level == "error"
                        ]
    assert errors == []
