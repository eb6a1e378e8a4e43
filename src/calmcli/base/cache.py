"""A disposable on-disk cache of values derived from files, keyed by their paths and versions.

Entries are plain JSON (`NAME.json`), read with the standard library and rebuilt from their
declared type (base.plaindata): nothing in the cache can run code. A file that is missing,
stale, not JSON, of the wrong shape, too big or not a regular file is rebuilt and replaced.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from calmcli import __version__

T = TypeVar("T")

FORMAT = 1  # bump when the file's envelope changes
SIZE_LIMIT = 64 * 1024 * 1024  # a cache entry larger than this is not read, only rebuilt


def files_key(files: Iterable[Path]) -> str:
    """A key that changes whenever one of the files is added, removed or edited."""
    parts = [__version__]
    for path in files:
        info = path.stat()
        parts.append(f"{path.resolve()}:{info.st_mtime_ns}:{info.st_size}")
    return "\n".join(parts)


def cached(name: str, files: Iterable[Path], build: Callable[[], T], shape: Any) -> T:
    """Return build()'s value (of type `shape`), reusing the copy stored for these versions."""
    from calmcli.base.paths import cache_dir

    key = files_key(files)
    path = cache_dir() / f"{name}.json"
    found = load_entry(path, key, shape)
    if found is not None:
        return found  # type: ignore[no-any-return]
    value = build()
    store_entry(path, key, value, shape)
    return value


def load_entry(path: Path, key: str, shape: Any) -> Any | None:
    """The value stored at `path` under `key`, or None if it is absent or not valid."""
    from calmcli.base.plaindata import from_plain

    raw = _read_regular(path)
    if raw is None:
        return None
    try:
        document = json.loads(raw)
        if type(document) is not dict or document.keys() != {"format", "key", "value"}:
            return None
        if document["format"] != FORMAT or document["key"] != key:
            return None
        return from_plain(document["value"], shape)
    except (ValueError, RecursionError):  # not JSON, or not a plain form of `shape`
        return None


def store_entry(path: Path, key: str, value: Any, shape: Any) -> None:
    """Store `value` at `path` (0600, atomically); a cache that cannot be written is skipped."""
    from calmcli.base.files import write_private
    from calmcli.base.plaindata import to_plain
    from calmcli.errors import CalmError

    document = {"format": FORMAT, "key": key, "value": to_plain(value, shape)}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    try:
        write_private(path, text)
    except CalmError:  # a full disk, or something planted at the name: built again next time
        pass


def _read_regular(path: Path) -> bytes | None:
    """The bytes of a regular file no larger than SIZE_LIMIT, never following a symlink nor
    waiting on a FIFO; None for anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > SIZE_LIMIT:
            return None
        return os.read(fd, SIZE_LIMIT + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
