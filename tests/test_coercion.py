"""calm's lazily built coercion gives every parameter of every command exactly Typer's values."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import typer
import typer.main

from calmcli.cli import build_app
from calmcli.cli.coercion import LazyCoercion, lazy_coercion

# Typer's coercion through pydantic adapters (0.2x); calm leaves older versions alone.
build_runtime_param = pytest.importorskip("typer._coercion").build_runtime_param

SAMPLES: list[Any] = [
    None,
    (),
    [],
    "",
    "ours",
    "-",
    "3",
    "x y ",
    "\udcff",  # a byte of argv that is not UTF-8
    ("a=b",),
    ["a=b", "c=d"],
    ("only",),
    True,
    7,
]


def _params(command: Any) -> Iterator[tuple[Any, Any]]:
    for param in command.params:
        yield command, param
    for sub in getattr(command, "commands", {}).values():
        yield from _params(sub)


def _outcome(coercer: Any, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        return "value", coercer.coerce(value, param=param, ctx=ctx)
    except (typer.BadParameter, typer.Exit) as err:
        return "error", str(err)
    except Exception as err:  # Typer's own may raise others: the lazy one must raise the same
        return "raised", (type(err), str(err))


def test_every_parameter_coerces_as_typer_does(tmp_path: Any) -> None:
    root = typer.main.get_command(build_app())
    checked = 0
    for command, param in _params(root):
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None:
            continue
        ctx = command.context_class(command, info_name=command.name)
        for value in SAMPLES:
            theirs = _outcome(build_runtime_param(descriptor), value, param, ctx)
            ours = _outcome(LazyCoercion(descriptor), value, param, ctx)
            assert ours == theirs, (command.name, param.name, value)
            if theirs[0] == "value":
                assert type(ours[1]) is type(theirs[1]), (command.name, param.name, value)
            checked += 1
    assert checked > 500  # every command's parameters, not a handful


def test_the_help_option_and_every_parameter_are_made_lazy() -> None:
    root = typer.main.get_command(build_app())
    lazy_coercion(root)
    reply = root.commands["reply"]  # type: ignore[attr-defined]
    assert all(isinstance(p._runtime_param, LazyCoercion) for p in reply.params)
    ctx = reply.context_class(reply, info_name="reply")
    assert isinstance(reply.get_help_option(ctx)._runtime_param, LazyCoercion)
