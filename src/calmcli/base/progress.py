"""How long work reports how far it has got, without knowing who shows it (views.progress)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[int, int | None], None]  # done so far, how many in all (None: not known)
T = TypeVar("T")
EVERY = 100  # items between two reports of a counted stream


def counted(items: Iterable[T], progress: Progress | None, total: int | None = None) -> Iterator[T]:
    """`items`, reporting to `progress` every `EVERY` of them (and at the end, if it did)."""
    if progress is None:
        yield from items
        return
    done = 0
    for done, item in enumerate(items, start=1):
        if done % EVERY == 0:
            progress(done, total)
        yield item
    if done >= EVERY:
        progress(done, total)
