"""How every command's help reads: value names instead of Python types, examples at the end.

Typer labels each value with its Python type (`<str>`, `<bool>`, `<list[Path]>`). A person
reading `calm reply -h` wants the name of what to type (`--fault FAULT`, `--playbooks DIR`), and
nothing after a flag. `tidy_help` gives every parameter that declares no `metavar` of its own
such a name, once, for the whole command tree, so new options read the same without effort.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperOption


def examples(*lines: str) -> str:
    """An epilog of real command lines, shown after the options in `--help`."""
    return "Examples:\n\n" + "\n".join(f"  $ {line}" for line in lines)


def tidy_help(command: Any) -> None:
    """Name the values of `command`'s parameters and of every sub-command's, once."""
    if getattr(command, "_calm_tidied", False):
        return
    command._calm_tidied = True
    for param in command.params:
        _tidy_param(param)
    _tidy_help_option(command)
    for sub in getattr(command, "commands", {}).values():
        tidy_help(sub)


def _tidy_param(param: Any) -> None:
    if isinstance(param, TyperOption):
        if param.is_flag:
            param.metavar = ""  # a flag takes no value: nothing to name
        elif param.metavar is None:
            param.metavar = _value_name(param)
    elif isinstance(param, TyperArgument):
        if param.metavar is None:
            param.metavar = (param.name or "value").upper() + ("..." if param.nargs != 1 else "")
        # The name column already says what to type; the type column would repeat `<str>`.
        setattr(param, "display_type_rich", _no_type)  # noqa: B010 (a method, per instance)


def _no_type(ctx: Any = None) -> None:
    return None


def _value_name(option: Any) -> str:
    """DIR, FILE, N, WHEN or the option's own name in capitals (`--fault FAULT`)."""
    from datetime import datetime

    kind = option.type_descriptor
    if kind.is_path:
        return {"dir": "DIR", "file": "FILE"}.get(kind.path_type, "PATH")
    if kind.annotation is int:
        return "N"
    if kind.annotation is datetime:
        return "WHEN"
    long_names = [o for o in option.opts if o.startswith("--")] or option.opts
    return str(long_names[0]).lstrip("-").upper()


def _tidy_help_option(command: Any) -> None:
    """`-h/--help` is built per context on first use; name it a flag when it is."""
    build = command.get_help_option

    def help_option(ctx: Any) -> Any:
        option = build(ctx)
        if option is not None:
            option.metavar = ""
        return option

    command.get_help_option = help_option
