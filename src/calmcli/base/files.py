"""Reading and writing files the safe way: private atomic writes, bounded reads, closed rooms.

Every file calm writes goes through `write_private` / `private_writer`: the data lands in a
temporary file made by `mkstemp` in the target's folder (exclusive, unpredictable name, 0600),
is flushed to disk, then renamed over the target, so a reader never sees half a file and a
symlink planted at the target or at a guessable temporary name cannot redirect the write.
Every "a file or `-` for stdin" argument goes through `read_input`, and every team-lead file
through `read_team_file`, which only reads regular files inside the folder that named them.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal, overload

from calmcli.errors import CalmError, UsageError

# Documented limits (README "Limits"): a message, draft or JSON object read from a file or
# stdin; an import file (100,000 cases of JSON are about 150 MB); one team-lead file.
INPUT_LIMIT = 1024 * 1024
IMPORT_LIMIT = 1024 * 1024 * 1024
TEAM_FILE_LIMIT = 1024 * 1024


def _why(err: OSError) -> str:
    return err.strerror or str(err)


def ensure_private_dir(path: Path) -> None:
    """Create `path` and any missing parents 0700 whatever the umask (never chmods others')."""
    missing: list[Path] = []
    probe = path
    while not probe.exists() and not probe.is_symlink() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass  # another calm made it meanwhile
        except OSError as err:
            raise CalmError(f"cannot create folder {folder}: {_why(err)}") from None
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask; ours, so ours to set
    if not path.is_dir():
        raise CalmError(f"{path} is not a folder")


def _check_target(target: Path) -> None:
    """Refuse a target that is a symlink, a folder or anything but a regular file."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as err:
        raise CalmError(f"cannot write {target}: {_why(err)}") from None
    if stat.S_ISLNK(info.st_mode):
        raise UsageError(f"cannot write {target}: it is a symbolic link; name the file itself")
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"cannot write {target}: it is a folder; name a file")
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(f"cannot write {target}: not a regular file")


def check_writable(target: Path) -> None:
    """Refuse, before any work is done or logged, a target `write_private` would refuse."""
    folder = Path(target).parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {target}: folder {folder} does not exist")
    _check_target(Path(target))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write {target}: folder {folder} is not writable")


@contextmanager
def _replacing(target: Path, binary: bool, mode: int | None = None) -> Iterator[IO[Any]]:
    target = Path(target)
    folder = target.parent
    check_writable(target)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        if mode is not None:
            os.fchmod(fd, mode)
    except OSError as err:
        raise CalmError(f"cannot write {target}: {_why(err)}") from None
    try:
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        _check_target(target)  # a symlink planted meanwhile would be replaced, not followed
        os.replace(tmp, target)
    except OSError as err:
        raise CalmError(f"cannot write {target}: {_why(err)}") from None
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


@contextmanager
def private_writer(target: Path) -> Iterator[IO[str]]:
    """Yield a text handle whose content replaces `target` (0600) only if the block succeeds."""
    with _replacing(target, binary=False) as out:
        yield out


def write_private(target: Path, data: str | bytes) -> None:
    """Replace `target` with `data` atomically, readable by its owner only."""
    with _replacing(target, binary=isinstance(data, bytes)) as out:
        out.write(data)


@contextmanager
def staged_private(target: Path) -> Iterator[Callable[[str], None]]:
    """Write now, put in place at the end: `write(text)` lands the text in a private temporary
    file beside `target`, so a full disk or a bad folder fails before what the block does next
    (logging the case the text belongs to); the block's normal end renames it over `target`,
    an error removes it and leaves `target` as it was."""
    target = Path(target)
    check_writable(target)
    staged: list[str] = []

    def write(text: str) -> None:
        for name in staged:  # written again (the walk went back): only the last one counts
            os.unlink(name)
        staged.clear()
        try:
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            staged.append(name)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
        except OSError as err:
            raise CalmError(f"cannot write {target}: {_why(err)}; nothing was logged") from None

    try:
        yield write
        if staged:
            _check_target(target)
            os.replace(staged.pop(), target)
    except OSError as err:
        raise CalmError(f"cannot write {target}: {_why(err)}") from None
    finally:
        for name in staged:
            if os.path.lexists(name):
                os.unlink(name)


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UsageError(f"{name}: not UTF-8 text (byte {err.start})") from None


def _too_big(name: str, limit: int) -> UsageError:
    return UsageError(f"{name}: larger than the {limit // (1024 * 1024)} MB limit")


def read_input(source: str | Path, what: str = "", limit: int = INPUT_LIMIT) -> str:
    """The UTF-8 text of a file argument, or of stdin for '-', at most `limit` bytes."""
    label = f"{what} " if what else ""
    if str(source) == "-":
        stream = sys.stdin
        if stream is None:
            raise UsageError(f"cannot read {label}from stdin: it is closed")
        try:
            raw = stream.buffer.read(limit + 1)
        except (OSError, ValueError) as err:
            raise UsageError(f"cannot read {label}from stdin: {err}") from None
        name = f"{label}stdin".strip()
    else:
        name = f"{label}{source}"
        try:
            with open(source, "rb") as handle:  # a FIFO or /dev/fd/N is fine: bounded below
                raw = handle.read(limit + 1)
        except OSError as err:
            raise UsageError(f"cannot read {name}: {_why(err)}") from None
    if len(raw) > limit:
        raise _too_big(name, limit)
    return _decode(raw, name)


class LongLine(bytes):
    """A line of stdin over the limit: only its start is kept, the rest was skipped."""


def stdin_lines(limit: int = INPUT_LIMIT) -> Iterator[bytes]:
    """The lines of stdin as bytes, each for its reader to decode (one bad line is one line's
    error); a line over `limit` bytes is a LongLine, never read whole into memory; a closed
    stdin is one line, exit 2."""
    if sys.stdin is None:
        raise UsageError("cannot read from stdin: it is closed")
    stream = sys.stdin.buffer
    try:
        while line := stream.readline(limit + 1):
            if len(line) <= limit:
                yield line
                continue
            while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                pass  # skip to the end of the long line
            yield LongLine(line[:80])
    except (OSError, ValueError) as err:
        raise UsageError(f"cannot read from stdin: {err}") from None


def inside(root: Path, path: Path) -> bool:
    """Whether `path`, with every symlink resolved, lies inside `root` (also resolved)."""
    try:
        return Path(path).resolve().is_relative_to(Path(root).resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return False


@overload
def read_team_file(
    path: Path, root: Path, limit: int = ..., decode: Literal[True] = ...
) -> str: ...
@overload
def read_team_file(
    path: Path, root: Path, limit: int = ..., *, decode: Literal[False]
) -> bytes: ...
def read_team_file(
    path: Path, root: Path, limit: int = TEAM_FILE_LIMIT, decode: bool = True
) -> str | bytes:
    """A team-lead file's text, read only if it is a regular file resolving inside `root`."""
    if not inside(root, path):
        raise UsageError(f"{path}: leads outside {root} (a symbolic link?); refused")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # never block on a FIFO
    except OSError as err:
        raise UsageError(f"{path}: cannot read: {_why(err)}") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise UsageError(f"{path}: not a regular file; refused")
        raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise _too_big(str(path), limit)
    return _decode(raw, str(path)) if decode else raw


def team_target(path: Path, root: Path) -> Path:
    """Where writing the team-lead file `path` lands, refused (one line, exit 2) if a symbolic
    link among its folders, or the file itself, leads outside `root`: the resolved path."""
    if not inside(root, path):
        raise UsageError(f"{path}: leads outside {root} (a symbolic link?); refused to write")
    target = Path(path).resolve()
    if target.exists() and not target.is_file():
        raise UsageError(f"{path}: not a regular file; refused to write")
    return target


def write_team_file(path: Path, root: Path, data: str | bytes) -> Path:
    """Write a team-lead file atomically (`write_private`'s temporary file and rename), only
    inside `root` (`team_target`); missing folders are created there. Team files are shared,
    so the file keeps the mode it had, or gets the umask's default: not 0600."""
    target = team_target(path, root)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _umask_mode()
    except OSError as err:
        raise CalmError(f"cannot write {path}: {_why(err)}") from None
    with _replacing(target, binary=isinstance(data, bytes), mode=mode) as out:
        out.write(data)
    return target


def _umask_mode() -> int:
    mask = os.umask(0o022)  # read it the only way there is, and put it back
    os.umask(mask)
    return 0o666 & ~mask


def copy_into(folder: Path, source: Path, files: list[Path], force: bool, what: str) -> int:
    """Copy `files` (under `source`) into `folder` with their relative paths: an editable
    copy for a team lead. A folder that holds anything is refused unless `force`; a target
    that a symbolic link leads outside `folder` is refused before anything is written."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is not a folder; name a new or an empty folder")
    if folder.exists() and any(folder.iterdir()) and not force:
        raise UsageError(f"{folder} is not empty; use --force to overwrite its {what}")
    targets = [folder / path.relative_to(source) for path in files]
    for target in targets:
        team_target(target, folder)
    for path, target in zip(files, targets, strict=True):
        write_team_file(target, folder, path.read_bytes())
    return len(files)
