"""A walk whose case could not be logged at its last step: its answers, kept for `--resume`.

One draft per user (`$CALM_HOME/triage-draft.json`, 0600: it holds the customer's message);
written only when logging failed, removed once `calm triage --resume` has logged it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from calmcli.errors import UsageError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# The walk's answers record, passed in by the caller: the walk imports this module, so this
# module does not import the walk (no cycle).
Record = TypeVar("Record", bound="DataclassInstance")

_SKIP = ("history",)  # looked up again when the walk resumes


def draft_path() -> Path:
    from calmcli.base.paths import calm_home

    return calm_home() / "triage-draft.json"


def save_draft(answers: DataclassInstance) -> Path:
    """Keep the answers (the accepted reply included) for `calm triage --resume`."""
    from calmcli.base.files import ensure_private_dir, write_private

    data = {k: v for k, v in asdict(answers).items() if k not in _SKIP}
    if data.get("due") is not None:  # the moment the printed reply promised: kept as it is
        data["due"] = data["due"].isoformat()
    path = draft_path()
    ensure_private_dir(path.parent)
    write_private(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return path


def load_draft(record: type[Record]) -> Record:
    """The answers of the walk that could not log its case; UsageError if there is none."""
    path = draft_path()
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError("no walk to resume: every case was logged") from None
    except (OSError, ValueError) as err:
        raise UsageError(f"{path}: cannot read the draft ({err})") from None
    known = {f.name for f in fields(record)} - set(_SKIP)
    values = {k: v for k, v in data.items() if k in known}
    if isinstance(values.get("texts"), list):
        values["texts"] = tuple(values["texts"])
    if values.get("due") is not None:
        try:
            values["due"] = datetime.fromisoformat(values["due"])
        except (TypeError, ValueError):
            raise UsageError(f"{path}: cannot read the draft (due: not a time)") from None
    return record(**values)


def drop_draft() -> None:
    draft_path().unlink(missing_ok=True)
