"""`calm reply`: text, JSON and JSONL output, fallbacks, errors and template safety."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import LANGS, run, write_tree

BASE = [
    "reply",
    "--fault",
    "ours",
    "--channel",
    "email",
    "--customer-type",
    "meticulous",
    "--incident",
    "damaged-item",
    "--agent",
    "Ola",
    "--order",
    "A-1042",
]


def test_text_mode_prints_only_the_reply() -> None:
    result = run(*BASE, "--lang", "en", "--customer", "Jan Nowak", "--now", "2026-11-25T10:00")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Dear Jan,\n")  # greeted by first name (--greet-as)
    assert "A-1042" in result.stdout
    assert "Friday 27 November" in result.stdout  # damaged-item follow-up is 2 days later
    assert result.stderr == ""


def test_json_has_the_documented_shape() -> None:
    result = run(*BASE, "--lang", "pl", "--customer", "Jan Nowak", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"lang", "channel", "messages", "guidance", "follow_up"}
    assert data["lang"] == "pl" and data["channel"] == "email"
    assert [m["audience"] for m in data["messages"]] == ["direct"]
    assert {"key_ideas", "do", "dont", "steps", "compensation"} <= set(data["guidance"])
    assert data["follow_up"]["delay"] == "2 business days"
    assert data["guidance"]["compensation"][0] == {"kind": "discount", "percent": 10}


@pytest.mark.parametrize("lang", LANGS)
def test_public_post_gives_a_public_and_a_private_message(lang: str) -> None:
    args = [
        "reply",
        "--fault",
        "ours",
        "--channel",
        "social-public",
        "--incident",
        "shipping-delay",
        "--lang",
        lang,
        "--customer",
        "@angry_jan",
        "--order",
        "A-77",
    ]
    data = json.loads(run(*args, "--json").stdout)
    public, private = data["messages"]
    assert (public["audience"], private["audience"]) == ("public", "private")
    assert "A-77" not in public["text"]  # never personal data in public
    assert "A-77" in private["text"]
    assert len(public["text"].split()) > 15  # substantive, not only "DM us"
    only = run(*args, "--only", "public")
    assert only.exit_code == 0 and only.stdout.strip() == public["text"]
    both = run(*args).stdout
    assert "--- public message ---" in both and "--- private message ---" in both


def test_only_on_a_single_message_channel_is_a_usage_error() -> None:
    result = run(*BASE, "--only", "public")
    assert result.exit_code == 2
    assert "only social-public" in result.stderr


def test_phone_is_a_call_script() -> None:
    # at a time the (bundled, 9-18 weekdays) team is open: a closed one plans the call later
    data = json.loads(
        run("reply", "--fault", "unclear", "--channel", "phone", "--json",
            "--now", "2026-12-09T11:00").stdout
    )  # fmt: skip
    (script,) = data["messages"]
    assert script["audience"] == "script"
    assert all(line.startswith("- ") for line in script["text"].splitlines())


@pytest.mark.parametrize("name", ["{{ 7*7 }}", "{% raw %}x{% endraw %}", "{{ ''.__class__ }}"])
def test_customer_values_are_data_never_template_code(name: str) -> None:
    result = run(
        "reply",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--customer-type",
        "meticulous",
        "--incident",
        "shipping-delay",  # where the tracking number is said
        "--lang",
        "en",
        "--customer",
        name,
        "--order",
        "{{ 5*5 }}",
        "--set",
        "tracking={{ 6*7 }}",
    )
    assert result.exit_code == 0, result.stderr
    assert name in result.stdout
    assert "{{ 5*5 }}" in result.stdout and "{{ 6*7 }}" in result.stdout
    assert not {"49", "42", "25"} & set(result.stdout.replace(".", " ").split())


def test_sandbox_refuses_escapes_in_team_templates(tmp_path: Path) -> None:
    team = write_tree(
        tmp_path / "team",
        {
            "en/parts/greeting.j2": "Hello\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n",
        },
    )
    result = run(*BASE, "--lang", "en", "--templates", str(team))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{team}/en/parts/greeting.j2:2: refused by the sandbox")
    assert "Traceback" not in result.stderr


def test_a_template_that_runs_too_long_is_stopped_on_each_jsonl_line(tmp_path: Path) -> None:
    """A --jsonl run keeps the time limit's handler for the whole run: a team template that
    loops for ever is still stopped on its line, the others go on, and the handler calm
    found is back in place afterwards."""
    import signal

    slow = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}Hi\n"
    team = write_tree(tmp_path / "team", {"en/parts/greeting.j2": slow})
    before = signal.getsignal(signal.SIGALRM)
    case = {"fault": "ours", "channel": "email", "lang": "en"}
    lines = [json.dumps(case), json.dumps({**case, "lang": "es"})]
    result = run("reply", "--jsonl", "--templates", str(team), input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["error"].startswith(f"{team}/en/parts/greeting.j2")
    assert "rendering took over 2 s; stopped" in first["error"]
    assert "error" not in second and second["lang"] == "es"
    assert signal.getsignal(signal.SIGALRM) is before


def test_team_template_overrides_bundled_one(tmp_path: Path) -> None:
    team = write_tree(tmp_path / "team", {"en/parts/closing.j2": "Thanks from the team."})
    result = run(*BASE, "--lang", "en", "--templates", str(team))
    assert result.exit_code == 0
    assert "Thanks from the team." in result.stdout


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("es-MX", "es"), ("pl-PL", "pl"), ("ca-ES-valencia", "ca"), ("EN_gb", "en")],
)
def test_region_tags_fall_back_to_the_base_language(tag: str, expected: str) -> None:
    result = run(*BASE, "--lang", tag, "--json")
    assert json.loads(result.stdout)["lang"] == expected
    assert result.stderr == ""


def test_unsupported_language_falls_back_to_default_with_a_warning() -> None:
    result = run(*BASE, "--lang", "de", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["lang"] == "en"
    assert result.stderr.count("\n") == 1 and "warning" in result.stderr and "'de'" in result.stderr


@pytest.mark.parametrize(
    ("flag", "value", "valid"),
    [
        ("--fault", "maybe", "ours, not-ours, unclear, troll"),
        ("--channel", "fax", "phone, email, chat, social-public, social-private"),
        ("--customer-type", "grumpy", "argumentative"),
        ("--incident", "alien-invasion", "shipping-delay"),
    ],
)
def test_unknown_values_list_the_valid_ones(flag: str, value: str, valid: str) -> None:
    args = {
        "--fault": "ours",
        "--channel": "email",
        "--customer-type": "none",
        "--incident": "other",
        flag: value,
    }
    result = run("reply", *[x for pair in args.items() for x in pair])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert value in result.stderr and valid in result.stderr


def test_missing_required_flags_is_a_usage_error() -> None:
    result = run("reply", "--channel", "email")
    assert result.exit_code == 2
    assert "--fault" in result.stderr


def test_compensation_choice_is_limited_to_the_playbook() -> None:
    ok = run(*BASE, "--lang", "en", "--set", "compensation=free-return")
    assert ok.exit_code == 0 and "prepaid label for the return" in ok.stdout
    bad = run(*BASE, "--set", "compensation=cash")
    assert bad.exit_code == 2 and "discount, free-return, none" in bad.stderr


def test_troll_reply_offers_no_compensation() -> None:
    data = json.loads(
        run(
            "reply",
            "--fault",
            "troll",
            "--channel",
            "chat",
            "--incident",
            "damaged-item",
            "--lang",
            "en",
            "--json",
        ).stdout
    )
    assert data["guidance"]["compensation"] == []
    assert "discount" not in data["messages"][0]["text"]


@pytest.mark.parametrize("lang", LANGS)
def test_missing_optional_values_degrade_naturally(lang: str) -> None:
    for channel in ("email", "chat", "social-public", "phone"):
        data = json.loads(
            run(
                "reply",
                "--fault",
                "ours",
                "--channel",
                channel,
                "--incident",
                "billing",
                "--lang",
                lang,
                "--json",
            ).stdout
        )
        for message in data["messages"]:
            text = message["text"]
            assert "None" not in text and " ," not in text and "  " not in text
            assert not any(line.strip() in {"-", ","} for line in text.splitlines())


def test_jsonl_renders_in_order_and_reports_bad_lines() -> None:
    lines = [
        {"fault": "ours", "channel": "chat", "incident": "billing", "lang": "es"},
        "this is not json",
        {"fault": "ours", "channel": "fax"},
        {"fault": "troll", "channel": "social-public", "lang": "ca", "customer": "@x"},
        {"fault": "ours", "channel": "email", "colour": "red"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = run("reply", "--jsonl", input=stdin)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["line"] for o in out] == [1, 2, 3, 4, 5]
    assert out[0]["lang"] == "es" and out[0]["messages"]
    assert "invalid JSON" in out[1]["error"]
    assert "fax" in out[2]["error"] and "social-public" in out[2]["error"]
    assert len(out[3]["messages"]) == 2
    assert "colour" in out[4]["error"]


def test_jsonl_all_good_exits_zero() -> None:
    stdin = json.dumps({"fault": "unclear", "channel": "email", "lang": "pl"}) + "\n"
    result = run("reply", "--jsonl", input=stdin)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["lang"] == "pl"


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "calmcli", *BASE, "--lang", "ca"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "A-1042" in proc.stdout


def test_no_check_skips_the_check_and_says_nothing_about_it() -> None:
    checked = json.loads(run(*BASE, "--json").stdout)
    unchecked = json.loads(run(*BASE, "--json", "--no-check").stdout)
    assert checked["messages"][0]["check"] == []
    assert "check" not in unchecked["messages"][0]
    assert checked["messages"][0]["text"] == unchecked["messages"][0]["text"]


@pytest.mark.parametrize(
    ("customer", "greeted"),
    [
        ("Juan Carlos Pérez", "Juan Carlos"),
        ("María José Fernández", "María José"),
        ("María del Carmen Ruiz", "María del Carmen"),
        ("José García", "José"),
        ("Jordi Puig", "Jordi"),
        ("Ana Belén Torres", "Ana Belén"),
        ("Ana Nerea Torres", "Ana Nerea"),  # a given name in no list of ours
        ("Juan Pérez García", "Juan"),
    ],
)
def test_greeting_keeps_compound_first_names(customer: str, greeted: str) -> None:
    result = run("reply", "--fault", "ours", "--channel", "email", "--lang", "es",
                 "--customer", customer)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"Hola, {greeted}:"), result.stdout.splitlines()[0]


@pytest.mark.parametrize(
    ("lang", "channel", "first_line"),
    [
        ("es", "email", "Hola:"),
        ("en", "email", "Hello,"),
        ("en", "social-private", "Hi there,"),
        ("ca", "email", "Hola:"),
        ("en", "social-public", "Hi @cris_alba,"),  # a public reply may address the handle
    ],
)
def test_a_handle_is_not_a_name(lang: str, channel: str, first_line: str) -> None:
    result = run("reply", "--fault", "ours", "--channel", channel, "--lang", lang,
                 "--customer", "@cris_alba", "--no-check")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("---")]
    assert lines[0] == first_line, lines[0]
    assert result.stdout.count("@cris_alba") == (1 if channel == "social-public" else 0)


def test_greet_as_overrides_the_name() -> None:
    result = run("reply", "--fault", "ours", "--channel", "email", "--lang", "es",
                 "--customer", "Juan Carlos Pérez", "--greet-as", "Juanca")  # fmt: skip
    assert result.stdout.startswith("Hola, Juanca:"), result.stdout


def test_an_unknown_fact_key_lists_the_valid_ones() -> None:
    result = run(*BASE, "--set", "restock=2026-12-10")
    assert result.exit_code == 2
    assert "unknown --set key(s) restock; valid:" in result.stderr
    assert "restock_date" in result.stderr and "Traceback" not in result.stderr


def test_a_bad_date_fact_is_a_usage_error() -> None:
    result = run(*BASE, "--incident", "out-of-stock", "--set", "restock_date=soon")
    assert result.exit_code == 2 and "restock_date" in result.stderr


@pytest.mark.parametrize(
    ("lang", "team"),
    [("ca", "Atenció al client"), ("es", "Atención al cliente"), ("pl", "Obsługi Klienta")],
)
def test_the_team_signs_in_the_reply_language(lang: str, team: str) -> None:
    result = run("reply", "--fault", "ours", "--channel", "email", "--lang", lang,
                 "--agent", "Ola")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert team in result.stdout and "Customer Care" not in result.stdout


def test_a_team_folder_sets_its_brand_and_keeps_the_language_names(tmp_path: Path) -> None:
    team = write_tree(tmp_path / "pb", {"settings.yaml": "settings:\n  team: {brand: Oleoshop}\n"})
    result = run("reply", "--fault", "ours", "--channel", "email", "--lang", "es",
                 "--playbooks", str(team))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "Atención al cliente" in result.stdout and "Oleoshop" in result.stdout


def test_dates_and_amounts_are_written_for_the_locale() -> None:
    result = run("reply", "--fault", "not-ours", "--channel", "email", "--lang", "es",
                 "--incident", "out-of-stock", "--set", "restock_date=2026-12-10")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "10 de diciembre" in result.stdout and "2026-12-10" not in result.stdout
