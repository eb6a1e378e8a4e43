"""A disposable on-disk cache of values derived from files, keyed by their paths and versions."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar, cast

from calmcli import __version__

T = TypeVar("T")


def files_key(files: Iterable[Path]) -> str:
    """A key that changes whenever one of the files is added, removed or edited."""
    parts = [__version__]
    for path in files:
        stat = path.stat()
        parts.append(f"{path.resolve()}:{stat.st_mtime_ns}:{stat.st_size}")
    return "\n".join(parts)


def cached(name: str, files: Iterable[Path], build: Callable[[], T], kind: type) -> T:
    """Return build()'s value, reusing the copy stored for exactly these file versions."""
    from calmcli.base.paths import cache_dir

    key = files_key(files)
    path = cache_dir() / f"{name}.pickle"
    try:
        with path.open("rb") as handle:
            stored_key, value = pickle.load(handle)
        if stored_key == key and isinstance(value, kind):
            return cast(T, value)
    except Exception:  # a missing, stale or corrupt cache is simply rebuilt
        pass
    value = build()
    _store(path, key, value)
    return value


def _store(path: Path, key: str, value: object) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as handle:
            pickle.dump((key, value), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)  # atomic: concurrent readers see the old or the new copy
    except OSError:
        tmp.unlink(missing_ok=True)
