"""How calm declares its plain records on the `calm reply` start-up path.

A frozen dataclass generates six methods through `exec` when its module is imported (about
0.6 ms each class on this machine); `calm reply` imports eleven of them and must start within
1.3x of a bare Typer app. These records generate only `__init__`. They are still treated as
values: nothing mutates them after construction, and nothing compares them for equality.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(eq_default=False, field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """A dataclass with only a generated `__init__` (see the module's docstring)."""
    return dataclass(eq=False, repr=False)(cls)
