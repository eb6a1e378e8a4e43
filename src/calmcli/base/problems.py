"""The one collector of a team lead's mistakes: every file they edit (playbooks, lexicons, rules,
`layouts.yaml`) reports each problem as `FILE:LINE: message`, all raised together, exit 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from calmcli.errors import ValidationError


class Problems(list[str]):
    """`FILE:LINE: message` lines, in the order found. A list, so older code that appends
    ready-made lines keeps working; new code says where with `add` or `at`."""

    def add(self, path: str | Path, line: int, message: str) -> None:
        self.append(f"{path}:{line}: {message}")

    def at(self, path: str | Path, container: Any, key: str | int, message: str) -> None:
        """A problem at `key` of a parsed YAML mapping or list (its line, else the container's)."""
        from calmcli.base.yamlfile import line_of

        self.add(path, line_of(container, key), message)

    def raise_if_any(self) -> None:
        if self:
            raise ValidationError(list(self))


def kind_of(value: Any) -> str:
    """How a YAML value reads to a team lead: 'a list', 'a number', 'nothing', ..."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return f"text {value[:60]!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__
