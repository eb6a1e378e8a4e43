"""Typer's value coercion, built only for the values a command line actually gives.

Typer (0.2x) coerces every parameter's value through a pydantic `TypeAdapter` that it builds
on first use, for every parameter of the command, given or not, and building the first one
imports pydantic: for `calm reply` (21 options, most of them left out) that was a fifth of the
start-up. `lazy_coercion` gives each parameter a coercer that answers the cases whose result is
already known without an adapter (a value left out, a text for a text option, an empty
repeatable option) and hands everything else to Typer's own coercion, built then, so every
value and every error message stays Typer's. Typer versions without adapters are left alone.
"""

from __future__ import annotations

from typing import Any, get_args, get_origin


def lazy_coercion(command: Any) -> None:
    """Give `command`'s parameters, and every sub-command's, a lazily built coercer, once."""
    if getattr(command, "_calm_lazy", False):
        return
    command._calm_lazy = True
    for param in command.params:
        _make_lazy(param)
    build = command.get_help_option  # `-h/--help` is built per context, on first use

    def help_option(ctx: Any) -> Any:
        option = build(ctx)
        if option is not None:
            _make_lazy(option)
        return option

    command.get_help_option = help_option
    for sub in getattr(command, "commands", {}).values():
        lazy_coercion(sub)


def _make_lazy(param: Any) -> None:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None and getattr(param, "_runtime_param", False) is None:
        param._runtime_param = LazyCoercion(descriptor)


class LazyCoercion:
    """Typer's `RuntimeParam.coerce` for one parameter, its adapter built only when needed."""

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self.built: Any = None
        annotation = descriptor.annotation
        plain = descriptor.parameter_info.parser is None and descriptor.file_annotation is None
        # Typer's adapter for `str` returns a text value unchanged (pydantic keeps the object).
        self.text = plain and annotation is str
        self.listed = plain and get_origin(annotation) is list
        self.texts = self.listed and get_args(annotation) == (str,)

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        multiple = param.multiple or param.nargs == -1
        if value is None:  # as RuntimeParam.coerce: nothing given, no adapter involved
            return () if multiple else None
        if not multiple and self.text and type(value) is str:
            return value
        if multiple and self.listed and isinstance(value, (list, tuple)):
            if not value:  # Typer's list adapter turns an empty sequence into []
                return []
            if self.texts and all(type(item) is str for item in value):
                return list(value)
        return self.typer().coerce(value, param=param, ctx=ctx)

    def typer(self) -> Any:
        """Typer's own coercion for this parameter (imports pydantic on first use)."""
        if self.built is None:
            from typer._coercion import build_runtime_param

            self.built = build_runtime_param(self.descriptor)
        return self.built
