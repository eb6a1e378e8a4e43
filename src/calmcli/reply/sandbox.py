"""The Jinja environment team templates render in: sandboxed, confined, bounded.

Jinja's sandbox refuses attribute walks but not work. This one also caps what one expression
may build (strings, lists, integers, padding widths, `lipsum`), limits each render to
`RENDER_SECONDS`, and loads templates only from regular files inside the folders that name
them (a symlink out of the team folder, a FIFO or a device is refused). No bytecode cache:
Jinja's is `marshal` data read back from disk, which a planted file could crash.
"""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, Template, TemplateNotFound
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import generate_lorem_ipsum

from calmcli.errors import UsageError

MAX_SIZE = 100_000  # characters, items or repeats one expression may build
MAX_INT_BITS = 4096  # about 1,200 digits
RENDER_SECONDS = 2.0
_FORMAT_WIDTH = re.compile(r"%[-+ #0]*(\d+)|\{[^}]*:[^}]*?(\d+)")


class TemplateLimit(UsageError):
    """A team template asked for more work or memory than a reply can need."""


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, list, tuple)) else 0


def _check_int(value: Any) -> None:
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise TemplateLimit("a number with more than about 1,200 digits")


class BoundedSandbox(SandboxedEnvironment):
    """A SandboxedEnvironment that refuses expressions building huge values."""

    intercepted_binops = frozenset(["*", "**", "+", "%", "<<"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and abs(left) > 1 and abs(left).bit_length() * right > MAX_INT_BITS:
                raise TemplateLimit(f"{left} ** {right} is too large a number")
        if operator == "<<" and isinstance(right, int) and right > MAX_INT_BITS:
            raise TemplateLimit("too large a shift")
        if operator == "*":
            count = right if isinstance(right, int) else left if isinstance(left, int) else 0
            if (_size(left) or _size(right)) * max(count, 0) > MAX_SIZE:
                raise TemplateLimit(f"a text or list of more than {MAX_SIZE:,} items")
        if operator == "+" and _size(left) + _size(right) > MAX_SIZE:
            raise TemplateLimit(f"a text or list of more than {MAX_SIZE:,} items")
        if operator == "%" and isinstance(left, str):
            _check_widths(left)
        result = super().call_binop(context, operator, left, right)
        _check_int(result)
        return result

    def call(self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_arguments(args, kwargs)
        if isinstance(getattr(__obj, "__self__", None), str) and "format" in str(__obj):
            _check_widths(__obj.__self__)
        result = super().call(__context, __obj, *args, **kwargs)
        if _size(result) > MAX_SIZE:
            raise TemplateLimit(f"a text or list of more than {MAX_SIZE:,} items")
        return result


def _check_widths(fmt: str) -> None:
    for match in _FORMAT_WIDTH.finditer(fmt):
        width = match.group(1) or match.group(2)
        if width and len(width) > 5:
            raise TemplateLimit(f"a format width of {width}")


def _check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SIZE:
            raise TemplateLimit(f"an argument of {value} (the limit is {MAX_SIZE:,})")


def _guarded(function: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        skip = 2 if hasattr(function, "jinja_pass_arg") else 1  # context, then the value
        _check_arguments(args[skip:], kwargs)
        result = function(*args, **kwargs)
        if _size(result) > MAX_SIZE:
            raise TemplateLimit(f"a text or list of more than {MAX_SIZE:,} items")
        return result

    for attribute in ("jinja_pass_arg",):  # keep pass_context & co working
        if hasattr(function, attribute):
            setattr(call, attribute, getattr(function, attribute))
    return call


class RoomLoader(BaseLoader):
    """Load `NAME` from the first folder that has it, only as a regular file inside it."""

    def __init__(self, folders: list[Path]) -> None:
        from calmcli.base.paths import bundled_dir

        self.folders = [Path(f) for f in folders]
        bundled = os.path.normpath(bundled_dir("reply_templates"))
        self.bundled = (
            Path(bundled) if any(os.path.normpath(f) == bundled for f in self.folders) else None
        )

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        from calmcli.base.files import read_team_file

        pieces = split_template_path(template)
        for folder in self.folders:
            path = folder.joinpath(*pieces)
            if not os.path.lexists(path):
                continue
            text = read_team_file(path, folder)
            mtime = path.stat().st_mtime
            return text, os.path.normpath(path), lambda p=path, m=mtime: p.stat().st_mtime == m
        raise TemplateNotFound(template)

    def load(
        self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None
    ) -> Template:
        """As Jinja's, but calm's own templates come precompiled when a fresh module exists."""
        from calmcli.reply.precompiled import compiled_code

        source, filename, uptodate = self.get_source(environment, name)
        code = None
        if self.bundled is not None and Path(filename).is_relative_to(self.bundled):
            code = compiled_code(environment, name, source)
        if code is None:
            code = environment.compile(source, name, filename)
        template = environment.template_class.from_code(environment, code, globals or {}, uptodate)
        template.filename = filename  # errors name the .j2 file, not the module
        return template


def team_environment(dirs: list[Path], **options: Any) -> BoundedSandbox:
    """The environment every reply template renders in."""
    env = BoundedSandbox(loader=RoomLoader(dirs), **options)
    for name in list(env.filters):
        env.filters[name] = _guarded(env.filters[name])
    env.globals["lipsum"] = _guarded(generate_lorem_ipsum)
    env.globals["range"] = _guarded(range)
    return env


@contextmanager
def time_limit(what: str) -> Iterator[None]:
    """Stop the block after RENDER_SECONDS (main thread only; elsewhere it runs unbounded)."""
    if _KEPT:  # the handler is in place for the whole run (`kept_time_limits`): arm the timer
        _RENDERING.append(what)
        signal.setitimer(signal.ITIMER_REAL, RENDER_SECONDS)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _RENDERING.pop()
        return
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise TemplateLimit(f"{what}: rendering took over {RENDER_SECONDS:g} s; stopped")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, RENDER_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_KEPT: list[bool] = []  # non-empty while `kept_time_limits` holds the handler
_RENDERING: list[str] = []  # what the armed timer stops


@contextmanager
def kept_time_limits() -> Iterator[None]:
    """Keep time_limit's handler in place for a run of many renders (`calm reply --jsonl`):
    each render then only arms and disarms the timer, instead of swapping handlers twice."""
    import threading

    if _KEPT or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        if _RENDERING:
            what = _RENDERING[-1]
            raise TemplateLimit(f"{what}: rendering took over {RENDER_SECONDS:g} s; stopped")

    previous = signal.signal(signal.SIGALRM, stop)
    _KEPT.append(True)
    try:
        yield
    finally:
        _KEPT.pop()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
