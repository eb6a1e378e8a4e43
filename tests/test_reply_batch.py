"""`calm reply --jsonl` plans and checks once per situation (reply/batch.py): its lines must be
byte for byte those of rendering and checking each case on its own."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from calmcli.playbook.load import load_playbook
from calmcli.reply.batch import BatchReplies, stand_in
from calmcli.reply.checking import check_reply
from calmcli.reply.render import Renderer, ReplyRequest, template_dirs
from calmcli.reply.templates_check import SAMPLES, SharedRenderer, situations

NOW = datetime(2026, 12, 11, 16, 40, tzinfo=UTC)  # a Friday afternoon: next contact next week
CLOSED = datetime(2026, 12, 12, 23, 10, tzinfo=UTC)  # a Saturday night: calls wait for Monday

# Who and what a reply names, varied where the batch could go wrong: none, handles, capitals
# (a rule flags them), words the rules hold ('dear customer'), sentence ends, quotes, a regex's
# prey (an e-mail, a phone number, an order reference), an apostrophe (Catalan typography),
# letters folding changes, the batch's own marker letters, compound and particle names.
NAMINGS: tuple[dict[str, Any], ...] = (
    {"customer": "Jan Nowak", "agent": "Ola", "order": "A-1042"},
    {"customer": None, "agent": None, "order": None},
    {"customer": "María del Carmen Ruiz", "agent": "Pau", "order": "#48213"},
    {"customer": "@kasia_w", "agent": "Marta", "order": "PL-2024/55"},
    {"customer": "Anna Kowalska", "agent": None, "order": "1042"},
    {"customer": "JOHN SMITH", "agent": "TOM", "order": "ORDER-99"},
    {"customer": "Jordi Solà i Roca", "agent": "Núria", "order": "A-1"},
    {"customer": "Siobhan O'Brien", "agent": "Ana", "order": "B-77"},
    {"customer": "Dear Customer", "agent": "Agent Smith", "order": "a"},
    {"customer": "Sr. López", "agent": "Eva!", "order": "123.456"},
    {"customer": "Łukasz Żółć", "agent": "Zoë", "order": "ZAM/2026/001", "greet_as": "Łukasz"},
    {"customer": "Customer 52345", "agent": "Ola", "order": "A-52345"},
    {"customer": 'Ann "Quote" \\ Lee', "agent": "Bo", "order": "X_1"},
    {"customer": "kasia@example.com", "agent": "Ola", "order": "+48 600 123 456"},
    {"customer": "Ewa \ua74b", "agent": "Ola", "order": "A-\ua751"},
    {"customer": "Zofia Nowak", "agent": "Ola", "order": "12:30", "customer_tz": "Asia/Tokyo"},
    {"customer": "Mary Ellen Brooks", "agent": "O'Neil", "order": "50%"},
)
FACTS: tuple[dict[str, str], ...] = (
    {},
    SAMPLES[0]["vars"],
    {"warning_level": "2"},
    {"address": "f", "item": "l'abric"},
)


def plain_line(renderer: Renderer, number: int, request: ReplyRequest, check: bool) -> str:
    """What `calm reply --jsonl` wrote for a case before the batch: render, check, dump."""
    reply = renderer.render(request)
    output: dict[str, Any] = {"line": number, **reply.as_dict()}
    if reply.warnings:
        output["warnings"] = list(reply.warnings)
    if check:
        found = {c.audience: c.findings for c in check_reply(reply, request.fault)}
        for message in output["messages"]:
            message["check"] = [f.as_dict() for f in found.get(message["audience"], [])]
    return json.dumps(output, ensure_ascii=False, default=str)


def request(situation: tuple[str, ...], lang: str, index: int, **extra: Any) -> ReplyRequest:
    naming = dict(NAMINGS[index % len(NAMINGS)])
    tz = naming.pop("customer_tz", None)
    facts = FACTS[index // len(NAMINGS) % len(FACTS)]
    return ReplyRequest(*situation, lang, **naming, vars=dict(facts), customer_tz=tz, **extra)


@pytest.fixture(scope="module")
def renderers() -> tuple[SharedRenderer, SharedRenderer]:
    playbook = load_playbook(use_cache=False)
    # The plain reference renders with its own SharedRenderer (its move texts kept apart).
    return SharedRenderer(playbook, template_dirs(), NOW), SharedRenderer(
        playbook, template_dirs(), NOW
    )


def test_the_whole_matrix_in_every_language_is_byte_identical(renderers: Any) -> None:
    plain, shared = renderers
    batch = BatchReplies(shared, at_first_sight=True)
    index = 0
    for lang in shared.playbook.settings.languages:
        for situation in situations(shared.playbook):
            case = request(situation, lang, index)
            assert batch.line(index, case) == plain_line(plain, index, case, True), (lang, case)
            index += 1


@pytest.mark.parametrize("now", [NOW, CLOSED], ids=["open", "closed"])
def test_a_situation_met_again_with_other_values_of_the_same_shape(now: datetime) -> None:
    """The second case of a shape comes from the first one's stand-ins, check included."""
    playbook = load_playbook(use_cache=False)
    plain = SharedRenderer(playbook, template_dirs(), now)
    shared = SharedRenderer(playbook, template_dirs(), now)
    batch = BatchReplies(shared, at_first_sight=True)
    pairs = [("Customer 12345", "A-12345"), ("Customer 67890", "A-67890")]
    pairs += [("Jan Nowak", "PL-1"), ("Tom Nowak", "PL-2"), ("dear customer", "a-1")]
    number = 0
    for lang in shared.playbook.settings.languages:
        for index, situation in enumerate(situations(shared.playbook)):
            if index % 20:
                continue
            for customer, order in pairs:
                case = ReplyRequest(*situation, lang, customer=customer, agent="Ola", order=order)
                number += 1
                assert batch.line(number, case) == plain_line(plain, number, case, True)
    assert stand_in("Customer 12345", "customer") == stand_in("Customer 67890", "customer")


def test_without_the_check_the_lines_have_no_check_key(renderers: Any) -> None:
    plain, shared = renderers
    batch = BatchReplies(shared, check=False, at_first_sight=True)
    for index, situation in enumerate(list(situations(shared.playbook))[::37]):
        case = request(situation, "es", index)
        assert batch.line(index, case) == plain_line(plain, index, case, False)
        assert '"check"' not in batch.line(index, case)


def test_a_situation_met_once_is_rendered_the_plain_way(renderers: Any) -> None:
    plain, shared = renderers
    batch = BatchReplies(shared)
    first = ("ours", "email", "none", "billing")
    for number, customer in enumerate(["Jan Nowak", "Jan Kowal", "Jan Sowal"]):
        case = ReplyRequest(*first, "pl", customer=customer, order=f"A-{number}")
        assert batch.line(number, case) == plain_line(plain, number, case, True)
        assert len(batch._skeletons) == (0 if number == 0 else 1)


def test_a_stand_in_mirrors_its_value() -> None:
    """Same length, words, spaces, punctuation and capitals; a different letter per field."""
    assert (
        stand_in("@Kasia_W 1-2", "customer")
        == "@\ua74a\ua74b\ua74b\ua74b\ua74b\ua74b\ua74a \ua74b-\ua74b"
    )
    assert stand_in("Ola", "agent") != stand_in("Ola", "customer")
    assert stand_in(None, "order") is None and stand_in("", "asked_for") == ""


def test_a_team_template_reading_the_name_turns_the_batch_off(tmp_path: Any) -> None:
    (tmp_path / "en" / "moves").mkdir(parents=True)
    (tmp_path / "en" / "moves" / "close.j2").write_text(
        "{% block email %}Bye {{ greet_as|upper }}{% endblock %}"
    )
    renderer = Renderer(load_playbook(use_cache=False), template_dirs([tmp_path]), NOW)
    assert not BatchReplies(renderer).enabled
    (tmp_path / "en" / "moves" / "close.j2").write_text("{% block email %}Bye{% endblock %}")
    renderer = Renderer(load_playbook(use_cache=False), template_dirs([tmp_path]), NOW)
    assert BatchReplies(renderer).enabled


WATCHED = frozenset(
    {"customer", "greet_as", "agent", "order", "asked_for", "agent_said", "first_name"}
)


def _reads_whole(template: Any) -> list[str]:
    """Where a bundled template reads a named string other than whole: printed (alone or
    joined with `~`), chosen (`x if c else y`, `a or b`), tested for presence, or its first
    character compared with '@', through `{% set %}` names too. What the batch's stand-ins
    keep (reply/batch.py); anything else (a filter, a method, a comparison) could tell the
    value from its stand-in."""
    from jinja2 import nodes

    parents: dict[int, Any] = {}
    for node in template.find_all(nodes.Node):
        for child in node.iter_child_nodes():
            parents[id(child)] = node
    watched, problems, changed = set(WATCHED), [], True
    while changed:  # names `{% set %}` from a watched value are watched too
        changed = False
        for name in list(template.find_all(nodes.Name)):
            if name.ctx != "load" or name.name not in watched:
                continue
            node, parent = name, parents.get(id(name))
            while parent is not None:
                if isinstance(parent, nodes.Output) or isinstance(parent, nodes.Not):
                    break
                if isinstance(parent, (nodes.If, nodes.CondExpr)) and parent.test is node:
                    break
                if isinstance(parent, nodes.Test) and parent.name in ("none", "defined"):
                    break
                if isinstance(parent, nodes.Assign):
                    target = parent.target
                    if isinstance(target, nodes.Name) and target.name not in watched:
                        watched.add(target.name)
                        changed = True
                    break
                if isinstance(parent, nodes.Getitem) and _first_char_is_at(parent, parents):
                    break
                if isinstance(parent, nodes.Pair) and parent.value is not node:
                    problems.append(f"line {name.lineno}: {name.name} as a key")
                    break
                if _picks_whole(parent, node, parents):
                    node, parent = parent, parents.get(id(parent))
                    continue
                if not isinstance(parent, (nodes.Concat, nodes.CondExpr, nodes.And, nodes.Or)):
                    problems.append(f"line {name.lineno}: {name.name} in {type(parent).__name__}")
                    break
                node, parent = parent, parents.get(id(parent))
    return problems


def _picks_whole(parent: Any, node: Any, parents: dict[int, Any]) -> bool:
    """A mapping holding the value, looked up by another key (`{...}.get(incident, x)`,
    `{...}[incident]`): what it gives is the value whole, or another."""
    from jinja2 import nodes

    if isinstance(parent, (nodes.Pair, nodes.Dict)):
        return True
    if isinstance(parent, nodes.Getattr) and parent.attr == "get" and isinstance(node, nodes.Dict):
        call = parents.get(id(parent))
        return isinstance(call, nodes.Call) and call.node is parent
    if isinstance(parent, nodes.Call):  # what .get(key, default) gives, or its default
        getter = parent.node
        return (
            isinstance(getter, nodes.Getattr)
            and getter.attr == "get"
            and (getter is node or (len(parent.args) == 2 and parent.args[1] is node))
        )
    return (
        isinstance(parent, nodes.Getitem)
        and isinstance(node, nodes.Dict)
        and not isinstance(parent.arg, nodes.Slice)
    )


def _first_char_is_at(getitem: Any, parents: dict[int, Any]) -> bool:
    from jinja2 import nodes

    arg, compare = getitem.arg, parents.get(id(getitem))
    return (
        isinstance(arg, nodes.Slice)
        and arg.start is None
        and isinstance(arg.stop, nodes.Const)
        and arg.stop.value == 1
        and arg.step is None
        and isinstance(compare, nodes.Compare)
        and compare.expr is getitem
        and all(
            op.op in ("eq", "ne") and isinstance(op.expr, nodes.Const) and op.expr.value == "@"
            for op in compare.ops
        )
    )


def test_the_bundled_templates_read_the_names_only_whole() -> None:
    from calmcli.base.paths import bundled_dir
    from calmcli.reply.render import template_environment

    root = bundled_dir("reply_templates")
    env = template_environment([root])
    found = []
    for path in sorted(root.rglob("*.j2")):
        template = env.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(root)}: {p}" for p in _reads_whole(template)]
    assert found == []


def test_the_whole_reading_test_sees_a_name_read_otherwise() -> None:
    from jinja2 import Environment

    env = Environment()
    assert _reads_whole(env.parse("{{ 'Dear ' ~ greet_as if greet_as else 'Hi' }}")) == []
    assert _reads_whole(env.parse("{% if order[:1] == '@' %}{% endif %}")) == []
    assert _reads_whole(env.parse("{% set r = order if order else '' %}{{ r|upper }}"))
    assert _reads_whole(env.parse("{% if greet_as.endswith('a') %}Pani{% endif %}"))
    assert _reads_whole(env.parse("{{ customer[:3] }}"))
    assert _reads_whole(env.parse("{{ {order: 1}.get(x) }}"))
    assert _reads_whole(env.parse("{{ {'a': order}.get(x)|upper }}"))
    assert _reads_whole(env.parse("{{ {'a': order}.get(incident, order) }}")) == []
