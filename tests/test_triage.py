"""`calm triage` driven through a real pseudo-terminal with real key presses."""

from __future__ import annotations

import os
import re
import shutil
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pexpect

from calmcli.base.durations import parse_delay
from calmcli.caselog.model import Case, CaseFilter
from calmcli.playbook.load import load_playbook
from calmcli.storage import open_store
from tests.helpers import run

CALM = shutil.which("calm") or str(Path(sys.executable).parent / "calm")
UP, DOWN, ENTER, ESC, CTRL_C = "\x1b[A", "\x1b[B", "\r", "\x1b", "\x03"
SGR_COLOUR = re.compile(r"\x1b\[[0-9;]*(3[0-9]|9[0-7]|38;[0-9;]+)m")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")


class Screen:
    """A calm process in an 80x24 pseudo-terminal, with the text it has shown so far."""

    def __init__(
        self, args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> None:
        full_env = {
            **os.environ,
            "PROMPT_TOOLKIT_NO_CPR": "1",
            "TERM": "xterm-256color",
            "COLUMNS": "80",
            "LINES": "24",
            **(env or {}),
        }
        full_env.pop("NO_COLOR", None) if "NO_COLOR" not in (env or {}) else None
        self.child = pexpect.spawn(
            CALM,
            ["triage", *args],
            env=full_env,
            dimensions=(24, 80),
            encoding="utf-8",
            timeout=20,
            cwd=cwd,
        )
        # Each key is sent after its prompt is on screen (expect first), so pexpect's 50 ms
        # pause before every send only slows the walk down: about 0.5 s a test.
        self.child.delaybeforesend = None
        self.raw = ""

    def expect(self, pattern: str) -> None:
        self.child.expect(pattern)
        self.raw += self.child.before + self.child.after

    def answer(self, prompt: str, keys: str) -> None:
        self.expect(prompt)
        self.child.send(keys)

    def finish(self) -> int:
        self.child.expect(pexpect.EOF)
        self.raw += self.child.before
        self.child.close()
        return (
            self.child.exitstatus if self.child.exitstatus is not None else -self.child.signalstatus
        )

    @property
    def text(self) -> str:
        return ANSI.sub("", self.raw)

    def choose(self, prompt: str, target: str) -> None:
        """Move from the highlighted choice to the one starting with `target`, then Enter."""
        self.expect(prompt)
        self.expect("← back")
        shown = ANSI.sub("", self.raw).rsplit(prompt, 1)[1].splitlines()
        choices = [line for line in shown if line.startswith((" » ", "   "))]
        titles = [line[3:].strip() for line in choices]
        current = next(i for i, line in enumerate(choices) if line.startswith(" » "))
        wanted = next(i for i, title in enumerate(titles) if title.startswith(target))
        step = DOWN if wanted > current else UP
        self.child.send(step * abs(wanted - current) + ENTER)


def logged() -> list[Case]:
    store = open_store()
    try:
        return [store.get_case(c.id) for c in store.list_cases(CaseFilter())]
    finally:
        store.close()


def walk_to_reply(screen: Screen, name: str = "Marta Puig") -> None:
    screen.answer(
        "Customer's message",
        "Mi pedido llegó roto y nadie me contesta.\nEs la tercera vez que escribo." + ESC + ENTER,
    )
    screen.answer("name or handle", name + ENTER)
    screen.answer("Contact", "marta@example.com" + ENTER)
    screen.answer("Order or ticket", "A-1042" + ENTER)
    screen.choose("Was it our fault", "Our fault")
    screen.choose("Channel", "Email")
    screen.choose("Customer type", "Indecisive")
    screen.choose("Incident", "Damaged item")
    screen.choose("Reply language", "ca")


def test_full_walk_asks_every_question_and_logs_the_case() -> None:
    screen = Screen([], env={"NO_COLOR": "1"})
    walk_to_reply(screen)
    screen.expect("The reply")
    screen.child.send(ENTER)  # accept
    screen.answer("Follow up in", ENTER)  # playbook default
    assert screen.finish() == 0
    text = screen.text
    assert "(Esc then Enter: done; empty: skip)" in text  # the hint that fits 80 columns
    assert "What stands out in the message:" in text
    assert re.search(r"Language: es \(\d+%\)", text)  # pre-selected from the message
    assert "repeat-contact: " in text
    assert "ours · email · indecisive · damaged-item" in text  # the guidance panel
    assert "Key ideas:" in text and "Don't:" in text
    assert "Hola, Marta:" in text  # greeted by first name
    assert re.search(r"Logged case C-[0-9A-Z]+; follow-up: ", text)
    assert not SGR_COLOUR.search(screen.raw), "NO_COLOR must mean no colour codes"
    (case,) = logged()
    assert (case.customer, case.contact, case.order) == (
        "Marta Puig",
        "marta@example.com",
        "A-1042",
    )
    assert (case.fault, case.channel, case.customer_type, case.incident, case.lang) == (
        "ours",
        "email",
        "indecisive",
        "damaged-item",
        "ca",
    )
    kinds = [e.kind for e in case.events]
    assert "customer-message" in kinds and "reply" in kinds
    reply = next(e for e in case.events if e.kind == "reply")
    assert reply.text.startswith("Hola, Marta:")
    assert len(case.pending_followups()) == 1


def test_all_flags_given_asks_nothing(tmp_path: Path) -> None:
    out = tmp_path / "reply.txt"
    screen = Screen(
        [
            "--customer",
            "Jan Nowak",
            "--fault",
            "not-ours",
            "--channel",
            "chat",
            "--customer-type",
            "talkative",
            "--incident",
            "billing",
            "--lang",
            "pl",
            "--follow-up",
            "3d",
            "--yes",
            "--out",
            str(out),
            "--message",
            os.devnull,
        ]
    )
    assert screen.finish() == 0
    assert not [line for line in screen.text.splitlines() if line.startswith("? ")]
    assert "Logged case" in screen.text
    assert out.read_text().startswith("Dzień dobry")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    (case,) = logged()
    assert case.lang == "pl" and case.customer_type == "talkative"


def test_public_social_post_shows_and_logs_both_messages() -> None:
    screen = Screen(
        [
            "--customer",
            "@jan_n",
            "--fault",
            "ours",
            "--channel",
            "social-public",
            "--customer-type",
            "none",
            "--incident",
            "shipping-delay",
            "--lang",
            "en",
            "--order",
            "A-77",
            "--message",
            os.devnull,
        ]
    )
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0
    assert "reply · en · public" in screen.text and "reply · en · private" in screen.text
    assert "--- public message ---" in screen.text and "--- private message ---" in screen.text
    (case,) = logged()
    reply = next(e for e in case.events if e.kind == "reply").text
    public, private = reply.split("--- private message ---")
    assert "A-77" not in public and "A-77" in private


def test_returning_customer_sees_earlier_cases_first() -> None:
    ids = []
    for summary in ("Refund still missing", "Parcel lost in October"):
        added = run(
            "cases",
            "add",
            "--channel",
            "email",
            "--customer",
            "Ana Costa",
            "--incident",
            "billing",
            "--summary",
            summary,
        )
        assert added.exit_code == 0, added.stderr
        ids.append(added.stdout.strip())
    closed = run("cases", "close", ids[1], "--outcome", "abandoned", "--force")
    assert closed.exit_code == 0, closed.stderr
    screen = Screen(
        [
            "--fault",
            "ours",
            "--channel",
            "email",
            "--customer-type",
            "none",
            "--incident",
            "billing",
            "--lang",
            "es",
            "--message",
            os.devnull,
        ]
    )
    screen.answer("name or handle", "Ana Costa" + ENTER)
    screen.answer("Contact", ENTER)
    screen.answer("Order or ticket", ENTER)
    screen.choose("Add this to an open case?", "Start a new case")  # issue 14: offered
    screen.expect("The reply")
    assert "Earlier cases of Ana Costa" in screen.text
    # The open case comes before the closed one, although the closed one is newer.
    assert screen.text.index("Refund still missing") < screen.text.index("Parcel lost in October")
    screen.child.send(CTRL_C)
    assert screen.finish() == 130


def test_going_back_one_step_from_the_reply_changes_the_language() -> None:
    screen = Screen(
        [
            "--customer",
            "Jan",
            "--fault",
            "unclear",
            "--channel",
            "email",
            "--customer-type",
            "none",
            "--incident",
            "other",
            "--lang",
            "en",
            "--message",
            os.devnull,
        ]
    )
    screen.choose("The reply", "← back")
    screen.choose("Reply language", "es")
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", "\x15" + "1w" + ENTER)  # Ctrl-U clears the default
    assert screen.finish() == 0
    assert "reply · es · direct" in screen.text
    (case,) = logged()
    assert case.lang == "es"
    created = datetime.fromisoformat(case.created_at)
    due = datetime.fromisoformat(case.followups[0].due_at)
    # A week on, inside the team's opening hours (the bundled calendar), as the reply now says.
    calendar = load_playbook().settings.calendar
    assert due == calendar.promise(created, parse_delay("1w"))
    assert timedelta(weeks=1) <= due - created < timedelta(weeks=1, days=4)


def test_editing_with_a_scripted_editor(tmp_path: Path) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace('Dear Jan,', 'Dear Mr Nowak,'))\n"
    )
    screen = Screen(
        [
            "--customer",
            "Jan",
            "--fault",
            "ours",
            "--channel",
            "email",
            "--customer-type",
            "none",
            "--incident",
            "damaged-item",
            "--lang",
            "en",
            "--message",
            os.devnull,
        ],
        env={"EDITOR": f"{sys.executable} {editor}"},
    )
    screen.choose("The reply", "Edit it")
    screen.answer("The reply", ENTER)  # shown again, now accept
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0
    assert screen.text.count("Dear Mr Nowak,") >= 2  # shown again after editing, then printed
    (case,) = logged()
    assert next(e for e in case.events if e.kind == "reply").text.startswith("Dear Mr Nowak,")


WALK_FLAGS = [
    "--customer", "Jan", "--fault", "unclear", "--channel", "email", "--customer-type", "none",
    "--incident", "billing", "--lang", "en", "--message", os.devnull,
    "--now", "2026-12-03T10:20",
]  # fmt: skip


def test_changing_the_follow_up_re_renders_the_promise_keeping_edits(tmp_path: Path) -> None:
    """The agent edits the reply, accepts it, then sets another follow-up: the reply now
    promises the new moment (their edits kept) and the reminder is due at it."""
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace('Dear Jan,', 'Dear Mr Nowak,'))\n"
    )
    screen = Screen(WALK_FLAGS, env={"EDITOR": f"{sys.executable} {editor}", "TZ": "UTC"})
    screen.choose("The reply", "Edit it")
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", "\x15" + "4 business hours" + ENTER)
    assert screen.finish() == 0
    # the walk's clock is Thursday 3 December: a promise that day says "today"
    assert "The reply now promises by 15:00 today" in screen.text
    (case,) = logged()
    reply = next(e for e in case.events if e.kind == "reply").text
    assert reply.startswith("Dear Mr Nowak,")
    assert "by 15:00 today" in reply
    assert "by the end of" not in reply  # the old promise is gone
    assert case.followups[0].due_at.startswith("2026-12-03T15:00:00")


def test_a_stale_edit_makes_the_walk_ask(tmp_path: Path) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().splitlines()[0] + '\\nWe will call you tomorrow. Ola\\n')\n"
    )
    screen = Screen(WALK_FLAGS, env={"EDITOR": f"{sys.executable} {editor}", "TZ": "UTC"})
    screen.choose("The reply", "Edit it")
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", "\x15" + "2026-12-09" + ENTER)
    screen.choose("does not state the new promise", "Use the new reply")
    assert screen.finish() == 0
    (case,) = logged()
    reply = next(e for e in case.events if e.kind == "reply").text
    assert "by the end of Wednesday 9 December" in reply
    assert case.followups[0].due_at.startswith("2026-12-09T18:00:00")


def test_a_follow_up_given_ahead_is_what_the_reply_promises() -> None:
    result = run(
        "triage", *WALK_FLAGS, "--follow-up", "4 business hours", "--yes", env={"TZ": "UTC"}
    )
    assert result.exit_code == 0, result.stderr
    assert "by 15:00 today" in result.stdout  # the walk's clock: Thursday 3 December
    (case,) = logged()
    assert case.followups[0].due_at.startswith("2026-12-03T15:00:00")


def test_ctrl_c_mid_walk_saves_nothing() -> None:
    screen = Screen([])
    screen.answer("Customer's message", ESC + ENTER)
    screen.answer("name or handle", "Jan" + ENTER)
    screen.answer("Contact", ENTER)
    screen.answer("Order or ticket", ENTER)
    screen.expect("Was it our fault")
    screen.child.send(CTRL_C)
    assert screen.finish() == 130
    assert "interrupted; nothing was saved" in screen.text
    assert "Traceback" not in screen.text
    assert logged() == []


def test_only_the_name_is_needed_when_pressing_enter_through() -> None:
    screen = Screen([])
    screen.answer("Customer's message", ESC + ENTER)
    screen.answer("name or handle", ENTER)  # empty: refused, asked again
    screen.expect("This one is needed")
    screen.child.send("Olek" + ENTER)
    for prompt in (
        "Contact",
        "Order or ticket",
        "Was it our fault",
        "Channel",
        "Customer type",
        "Incident",
        "Reply language",
        "The reply",
        "Follow up in",
    ):
        screen.answer(prompt, ENTER)
    assert screen.finish() == 0
    (case,) = logged()
    assert (case.customer, case.fault, case.channel, case.incident) == (
        "Olek",
        "unclear",
        "email",
        "other",
    )


def test_without_a_terminal_missing_flags_exit_2_without_hanging() -> None:
    result = run("triage", "--customer", "Jan", input="")
    assert result.exit_code == 2
    assert result.stderr.strip() == "calm: no terminal to ask on; give --fault, --channel, --yes"
    assert logged() == []


def test_without_a_terminal_all_flags_log_the_case() -> None:
    result = run(
        "triage",
        "--customer",
        "Jan",
        "--fault",
        "troll",
        "--channel",
        "chat",
        "--yes",
        "--message",
        "-",
        input="You are all idiots!!!\n",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Hi Jan,")
    (case,) = logged()
    assert any(e.kind == "customer-message" and "idiots" in e.text for e in case.events)


def test_the_follow_up_is_set_for_the_time_the_reply_promised() -> None:
    result = run(
        "triage",
        "--customer",
        "Jan",
        "--fault",
        "unclear",
        "--channel",
        "email",
        "--lang",
        "en",
        "--yes",
        "--message",
        "-",
        input="",
    )
    assert result.exit_code == 0, result.stderr
    (case,) = logged()
    due = datetime.fromisoformat(case.followups[0].due_at).astimezone()
    assert (due.minute, due.second) == (0, 0)  # a round hour, as promised
    day = f"{due.strftime('%A')} {due.day} {due.strftime('%B')}"
    # The bundled 2 business days: the close of the second working day, said as such.
    assert due.hour == 18 and due.weekday() < 5
    assert f"by the end of {day}" in result.stdout


# --- returning customers (issue 14) -----------------------------------------------------------


def _earlier_case(*flags: str) -> str:
    added = run("cases", "add", "--channel", "email", "--summary", "Parcel 48213 late", *flags)
    assert added.exit_code == 0, added.stderr
    return added.stdout.strip()


SITUATION = ["--fault", "ours", "--channel", "email", "--customer-type", "none"]
SITUATION += ["--incident", "shipping-delay", "--lang", "ca"]


def test_returning_customer_found_by_contact_alone(tmp_path: Path) -> None:
    earlier = _earlier_case("--customer", "Jordi Puig", "--contact", "jordi.puig@example.cat")
    screen = Screen([*SITUATION, "--message", os.devnull])
    screen.answer("name or handle", "J. P." + ENTER)  # not the name he gave last time
    screen.answer("Contact", "Jordi.Puig@Example.cat" + ENTER)
    screen.answer("Order or ticket", ENTER)
    screen.choose("Add this to an open case?", "Start a new case")
    screen.expect("The reply")
    text = screen.text
    assert "Found by name 'J. P.' (asked), contact 'Jordi.Puig@Example.cat' (asked)" in text
    assert earlier in text and "Earlier cases of J. P." in text
    screen.child.send(CTRL_C)
    assert screen.finish() == 130


def test_returning_customer_found_by_the_order_in_the_message(tmp_path: Path) -> None:
    earlier = _earlier_case("--customer", "Jordi Puig", "--order", "48213")
    message = tmp_path / "msg.txt"
    message.write_text("És la tercera vegada que us escric per la comanda 48213.\n")
    screen = Screen([*SITUATION, "--message", str(message), "--customer", "Jordi"])
    # --customer skips the who step: the history still shows, and the open case is offered
    screen.choose("Add this to an open case?", "Start a new case")
    screen.expect("The reply")
    text = screen.text
    assert "order reference(s): 48213" in text
    assert "Found by name 'Jordi' (--customer), order '48213' (the message)" in text
    assert earlier in text
    screen.child.send(ENTER)
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0
    assert {c.order for c in logged()} == {"48213"}  # the new case keeps the order too


def test_returning_customer_found_by_an_order_only_in_an_earlier_message(tmp_path: Path) -> None:
    # logged from a script with the customer's words and no --order (issue 14 point 1)
    earlier = _earlier_case("--customer", "J. Puig", "--message", "On és la comanda 48213?")
    other = _earlier_case("--customer", "Other", "--message", "comanda 482130, no 148213")
    message = tmp_path / "msg.txt"
    message.write_text("Tercera vegada: la comanda 48213 encara no ha arribat.\n")
    screen = Screen([*SITUATION, "--message", str(message), "--customer", "Xavi"])
    screen.choose("Add this to an open case?", "Start a new case")
    screen.expect("The reply")
    text = screen.text
    assert "order '48213' (the message)" in text
    assert earlier in text and other not in text  # the reference whole, not in 482130
    screen.child.send(CTRL_C)
    assert screen.finish() == 130


def test_returning_customer_found_by_first_name_without_accents() -> None:
    open_one = _earlier_case("--customer", "Jordi Puig i Solà")
    closed = _earlier_case("--customer", "JORDI PUIG")
    assert run("cases", "close", closed, "--outcome", "abandoned", "--force").exit_code == 0
    screen = Screen([*SITUATION, "--message", os.devnull])
    screen.answer("name or handle", "jordi" + ENTER)
    screen.answer("Contact", ENTER)
    screen.answer("Order or ticket", ENTER)
    screen.choose("Add this to an open case?", "Start a new case")
    screen.expect("The reply")
    text = screen.text
    assert "Found by name 'jordi' (asked)" in text
    assert text.index(open_one) < text.index(closed)  # open cases first
    screen.child.send(CTRL_C)
    assert screen.finish() == 130


def _highlighted(screen: Screen, prompt: str) -> str:
    screen.expect(prompt)
    screen.expect("← back")
    shown = ANSI.sub("", screen.raw).rsplit(prompt, 1)[1].splitlines()
    return next(line[3:].strip() for line in shown if line.startswith(" » "))


def test_repeat_contact_with_insults_is_not_pre_selected_as_troll(tmp_path: Path) -> None:
    message = tmp_path / "msg.txt"
    message.write_text(
        "Dzień dobry, to już trzeci raz piszę w tej sprawie. Jesteście beznadziejni, oszuści!\n"
    )
    screen = Screen(["--message", str(message), "--customer", "Piotr Zieliński"])
    assert not _highlighted(screen, "Was it our fault").startswith("Troll")
    assert "not pre-selected as troll: repeat contact (trzeci raz, piszę)" in screen.text
    screen.child.send(CTRL_C)
    assert screen.finish() == 130


def test_a_customer_with_earlier_cases_is_not_pre_selected_as_troll(tmp_path: Path) -> None:
    _earlier_case("--customer", "Piotr Zieliński")
    message = tmp_path / "msg.txt"
    message.write_text("Jesteście beznadziejni, oszuści!\n")
    screen = Screen(["--message", str(message), "--customer", "piotr zielinski"])
    screen.choose("Add this to an open case?", "Start a new case")
    assert not _highlighted(screen, "Was it our fault").startswith("Troll")
    assert "Not pre-selected as troll: 1 earlier case(s) of this customer" in screen.text
    screen.child.send(CTRL_C)
    assert screen.finish() == 130


def test_continuing_an_open_case_makes_its_timeline_longer(tmp_path: Path) -> None:
    earlier = _earlier_case(
        "--customer", "Jordi Puig", "--order", "48213", "--incident", "shipping-delay",
        "--message", "On és la comanda 48213?", "--compensation", "free-shipping",
    )  # fmt: skip
    message = tmp_path / "msg.txt"
    message.write_text("És la tercera vegada que us escric per la comanda 48213!\n")
    screen = Screen([*SITUATION, "--message", str(message)])
    screen.answer("name or handle", "Jordi" + ENTER)
    screen.answer("Contact", ENTER)
    screen.answer("Order or ticket", ENTER)  # 48213, from the message
    assert _highlighted(screen, "Add this to an open case?").startswith(f"Continue {earlier}")
    screen.child.send(ENTER)
    screen.expect("The reply")
    text = screen.text
    assert f"Continuing {earlier}" in text
    assert "This customer: contact number 2" in text  # the guidance knows the repeat
    assert "Already offered or given: free-shipping" in text
    screen.child.send(ENTER)
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0
    assert f"Added to case {earlier}" in screen.text
    (case,) = logged()  # no duplicate
    said = [e.text.strip() for e in case.events if e.kind == "customer-message"]
    assert said == [
        "On és la comanda 48213?",
        "És la tercera vegada que us escric per la comanda 48213!",
    ]
    assert [e.kind for e in case.events].count("reply") == 1
    assert len(case.pending_followups()) == 1


def test_an_unsure_language_is_the_customers_earlier_one() -> None:
    _earlier_case("--customer", "Lucía Pérez", "--lang", "es", "--fault", "ours")
    result = run(
        "triage", "--customer", "Lucía Pérez", "--fault", "ours", "--channel", "email",
        "--yes", "--message", "-", input="Hola\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    latest = max(logged(), key=lambda case: case.created_at)
    assert latest.lang == "es"


def test_the_customers_warning_level_flows_into_the_next_reply(tmp_path: Path) -> None:
    earlier = _earlier_case("--customer", "@pepe_trol", "--fault", "troll")
    for _ in range(2):
        assert run("cases", "warn", earlier).exit_code == 0  # final notice
    assert run("cases", "close", earlier, "--outcome", "abandoned", "--force").exit_code == 0
    message = tmp_path / "msg.txt"
    message.write_text("Jajaja menuda tienda de payasos 🤡🤡\n")
    screen = Screen(
        ["--message", str(message), "--customer", "@pepe_trol", "--fault", "troll"]
        + ["--channel", "email", "--customer-type", "rude", "--incident", "other"]
        + ["--lang", "en", "--yes"]
    )
    assert screen.finish() == 0  # --yes with every required flag: nothing asked
    text = screen.text
    assert "Abuse warnings so far: final-notice" in text
    assert "This is our final warning" in text  # no --set warning_level=2 needed


MESSAGE_WITH_FACTS = (
    "Hola, el pedido 77231 llegó con la pantalla rota. Me cobraron 59,90 € y lo necesito "
    "antes del viernes.\nSaludos, Lucía Fernández"
)


def test_the_walk_prefills_the_incident_and_the_facts_from_the_message(tmp_path: Path) -> None:
    message = tmp_path / "msg.txt"
    message.write_text(MESSAGE_WITH_FACTS + "\n")
    screen = Screen(["--message", str(message), "--channel", "email"])
    screen.answer("name or handle", ENTER)  # the signature, pre-filled
    screen.answer("Contact", ENTER)
    screen.answer("Order or ticket", ENTER)  # the message's order, pre-filled
    screen.choose("Was it our fault", "Our fault")
    screen.choose("Customer type", "No particular type")
    assert _highlighted(screen, "Incident").startswith("Damaged item")
    screen.child.send(ENTER)
    screen.answer("Amount", ENTER)  # keep 59.90 EUR
    screen.answer("Customer's deadline", "\x15" + "el viernes 11" + ENTER)
    screen.choose("Reply language", "es")
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0
    text = screen.text
    assert "incident: damaged-item (says 'rota')" in text
    assert "the message states: amount 59.90 EUR (59,90 €), deadline 'antes del viernes', " in text
    assert "signed 'Lucía Fernández'" in text
    (case,) = logged()
    assert (case.customer, case.order, case.incident) == (
        "Lucía Fernández",
        "77231",
        "damaged-item",
    )
    assert case.vars == {"amount": "59.90 EUR", "deadline": "el viernes 11"}


def test_without_a_terminal_the_message_fills_the_incident_and_facts(tmp_path: Path) -> None:
    message = tmp_path / "msg.txt"
    message.write_text(MESSAGE_WITH_FACTS + "\n")
    flags = ["--customer", "Lucía", "--fault", "ours", "--channel", "email", "--yes"]
    result = run("triage", *flags, "--message", str(message), "--set", "amount=60 EUR")
    assert result.exit_code == 0, result.stderr
    (case,) = logged()
    assert case.incident == "damaged-item" and case.order == "77231"
    # A --set fact is the agent's word; the message fills only what was not given.
    assert case.vars == {"amount": "60 EUR", "deadline": "antes del viernes"}


def test_an_edit_keeps_up_with_a_new_promise_in_a_planned_language() -> None:
    """Spanish is worded by its plan's moves, not by the promise phrase: the walk carries the
    words that changed between the two renderings into the agent's edited text."""
    from calmcli.reply.render import Renderer, ReplyRequest, template_dirs
    from calmcli.walk.walk import carry_edit

    renderer = Renderer(load_playbook(), template_dirs(), now=datetime(2026, 12, 3, 10, 20))
    calendar = renderer.playbook.settings.calendar
    request = ReplyRequest("unclear", "email", lang="es", customer="Ana Puig")
    before = renderer.render(request).messages[0].text
    due = calendar.promise(renderer.now, parse_delay("4 business hours"))
    after = renderer.render(replace(request, due=due)).messages[0].text
    assert before != after
    edited = before.replace("Gracias", "Muchas gracias", 1)
    carried = carry_edit(edited, before, after)
    assert carried is not None and "Muchas gracias" in carried
    assert carried == after.replace("Gracias", "Muchas gracias", 1)
    assert carry_edit("Le llamaremos mañana.", before, after) is None
