"""Where calm finds its bundled data and keeps its user files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from calmcli.errors import CalmError

_PACKAGE = Path(__file__).resolve().parents[1]  # calmcli/, this file is in calmcli/base/


def bundled_dir(name: str) -> Path:
    """Return a bundled data folder: inside the wheel, else at the source checkout's root."""
    shipped = _PACKAGE / "_data" / name
    if shipped.is_dir():
        return shipped
    return _PACKAGE.parents[1] / name


def all_bundled(files: Iterable[Path]) -> bool:
    """Whether every one of these files is calm's own (reviewed) data, none a team's."""
    roots = (bundled_dir("playbooks").resolve(), bundled_dir("reply_templates").resolve())
    return all(any(Path(f).resolve().is_relative_to(root) for root in roots) for f in files)


def calm_home() -> Path:
    """Return CALM_HOME, or the platform's user data dir, created private (0700)."""
    env = os.environ.get("CALM_HOME")
    if env:
        home = Path(env).expanduser()
    else:
        import platformdirs  # only paid by commands that touch user files

        home = Path(platformdirs.user_data_dir("calm", appauthor=False))
    ensure_private_dir(home)
    return home


def cache_dir() -> Path:
    """Return the folder for derived, disposable data (parsed playbooks, compiled templates)."""
    env = os.environ.get("CALM_CACHE_DIR")
    if env:
        path = Path(env).expanduser()
    elif os.environ.get("CALM_HOME"):
        path = Path(os.environ["CALM_HOME"]).expanduser() / "cache"
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        path = Path(base) / "calm"
    ensure_private_dir(path)
    return path


def ensure_private_dir(path: Path) -> None:
    """Create `path` (parents too, 0700 whatever the umask) and check it is ours alone.

    Like ssh with ~/.ssh: a folder owned by another user, or one that group or others may
    write to, is refused, because whoever can write there can plant what calm will read.
    A folder of ours that others may only read is tightened to 0700.
    """
    from calmcli.base.files import ensure_private_dir as create

    create(path)
    info = path.stat()
    if info.st_uid != os.geteuid():
        raise CalmError(f"{path} belongs to another user (uid {info.st_uid}); refused")
    if info.st_mode & 0o022:
        raise CalmError(
            f"{path} is writable by other users; check what is inside, then run: chmod 700 {path}"
        )
    if info.st_mode & 0o077:
        path.chmod(0o700)
