"""Which playbook folders and files are read, in layering order (bundled first, then teams)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from calmcli.base.problems import Problems
from calmcli.errors import ValidationError


def bundled_playbooks() -> Path:
    from calmcli.base.paths import bundled_dir

    return bundled_dir("playbooks")


def playbook_dirs(extra: Iterable[Path | str] | None = None) -> list[Path]:
    """The bundled folder, then CALM_PLAYBOOKS folders, then those given on the command line.

    Every folder is resolved here, once: the cache keys, `Playbook.sources` and every message
    then name the same absolute path, whichever directory calm was started from.
    """
    dirs = [bundled_playbooks().resolve()]
    env = os.environ.get("CALM_PLAYBOOKS")
    if env:
        dirs += [resolved(part) for part in env.split(os.pathsep) if part]
    else:
        from calmcli.base.config import config_folders

        dirs += [resolved(part) for part in config_folders("playbooks")]
    dirs += [resolved(d) for d in extra or ()]
    for folder in dirs[1:]:
        if not folder.is_dir():
            raise ValidationError([f"{folder}:1: playbook folder does not exist"])
    return dirs


def resolved(folder: Path | str) -> Path:
    """The one form of a folder calm keeps: `~` expanded, absolute, symlinks resolved."""
    return Path(folder).expanduser().resolve()


# Subfolders with their own loaders and schemas (calm analyze / calm check).
OWN_SUBFOLDERS = ("lexicons", "rules")


def playbook_files(folder: Path) -> list[Path]:
    """The YAML files of one playbook folder, in name order (subfolders included, except
    lexicons/ and rules/, which calm analyze and calm check read)."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.suffix in (".yaml", ".yml")
        and p.is_file()
        and p.relative_to(folder).parts[0] not in OWN_SUBFOLDERS
    )


COMMON = "common"


def layer_files(dirs: Iterable[Path], sub: str) -> list[Path]:
    """The YAML files of one subfolder in every layer, bundled first."""
    return [
        p
        for d in dirs
        if (d / sub).is_dir()
        for p in sorted((d / sub).iterdir())
        if p.suffix in (".yaml", ".yml") and p.is_file()
    ]


def documents(
    files: list[Path], top: tuple[str, ...], problems: Problems
) -> list[tuple[str, str, Any]]:
    from calmcli.base.yamlfile import line_of, load_yaml_file

    documents = []
    for path in files:
        try:
            document = load_yaml_file(path, path.parent.parent)  # LAYER/rules/NAME.yaml
        except ValidationError as err:
            problems += err.problems
            continue
        if document is None:
            continue
        if not isinstance(document, dict):
            problems.append(f"{path}:1: expected a mapping with {', '.join(top)}")
            continue
        for key in document:
            if key not in top:
                problems.append(
                    f"{path}:{line_of(document, key)}: unknown section {key!r}; "
                    f"valid: {', '.join(top)}"
                )
        documents.append((str(path), path.stem, document))
    return documents
