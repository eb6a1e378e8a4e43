"""Load team-lead YAML safely, keeping the line of every key and item for error messages."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from calmcli.errors import ValidationError

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlMap(dict[str, Any]):
    """A mapping that remembers where it and each of its keys stand in the file."""

    line: int = 0
    key_lines: dict[str, int]


class YamlList(list[Any]):
    """A sequence that remembers where it and each of its items stand in the file."""

    line: int = 0
    item_lines: list[int]


class _LineLoader(_Loader):  # type: ignore[misc]
    """SafeLoader that builds YamlMap/YamlList and refuses duplicate keys."""

    path = "<yaml>"

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # An alias (*name) makes the same node appear twice: refused, so that a few hundred
        # bytes cannot expand into gigabytes ("billion laughs") wherever the data is walked.
        if node in self.constructed_objects or node in self.recursive_objects:
            raise ValidationError(
                [
                    f"{self.path}:{node.start_mark.line + 1}: YAML aliases (*name) are not "
                    "allowed; write the value out"
                ]
            )
        return super().construct_object(node, deep)


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> Any:
    data = YamlMap()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, (str, int, float, bool)) or isinstance(key, bool):
            key = str(key)
        key = str(key)
        if key in data.key_lines:
            raise ValidationError(
                [
                    f"{loader.path}:{line}: duplicate key {key!r} "
                    f"(first at line {data.key_lines[key]})"
                ]
            )
        data.key_lines[key] = line
        data[key] = loader.construct_object(value_node, deep=True)


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode) -> Any:
    data = YamlList()
    data.line = node.start_mark.line + 1
    data.item_lines = [item.start_mark.line + 1 for item in node.value]
    yield data
    data.extend(loader.construct_object(item, deep=True) for item in node.value)


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    # `2026-02-30` or `2026-13-01` looks like a date to YAML and fails to construct as one.
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, OverflowError):
        raise ValidationError(
            [
                f"{loader.path}:{node.start_mark.line + 1}: {node.value!r} is not a valid date "
                "(check the day and the month)"
            ]
        ) from None


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_int(node)
    except ValueError:  # more digits than int() converts (4,300)
        raise ValidationError(
            [f"{loader.path}:{node.start_mark.line + 1}: a number of more than 4,300 digits"]
        ) from None


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)

_MAPPING_HINT = "unexpected ':' (bad indentation, or a value containing ': ' that needs quotes)"
_OUT_OF_PLACE = "line out of place: check its indentation, and look for a stray bracket or quote"
# libyaml and pure-Python PyYAML word the same problem differently: match both.
_HINTS = {
    "mapping values are not allowed": _MAPPING_HINT,
    "another document": "a second document ('---') in the file; keep one document per file",
    "cannot start any token": "a value starts with a character YAML reserves (@, `): quote it",
    "alias": "a value starting with '*' reads as a YAML alias; put the text in quotes",
    "expected key": _OUT_OF_PLACE,
    "expected <block end>": _OUT_OF_PLACE,
    "expected '-' indicator": "expected a '- ' item at this indentation: check the indentation",
}
_FLOW_END = re.compile(r"expected ',' or '([\]}])'")


def load_yaml_text(text: str, path: str) -> Any:
    """Parse YAML text; any syntax problem becomes a one-line `FILE:LINE: message`."""
    loader = _LineLoader(text)
    loader.path = path
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        line, problem = _syntax_problem(err, text.splitlines())
        raise ValidationError([f"{path}:{line}: YAML syntax: {problem}"]) from None
    except yaml.YAMLError as err:
        raise ValidationError([f"{path}:1: YAML error: {err}"]) from None
    except RecursionError:
        raise ValidationError([f"{path}:1: nested too deeply"]) from None
    finally:
        loader.dispose()


def _syntax_problem(err: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int, str]:
    """Pick the line a team lead should look at, and say what is wrong there in plain words."""
    mark = err.problem_mark or err.context_mark
    line = mark.line + 1 if mark else 1
    first = err.context_mark.line + 1 if err.context_mark else line
    problem = err.problem or err.context or "invalid YAML"
    if "\t" in (lines[line - 1] if line <= len(lines) else "") or "tab" in problem:
        return line, "tab character: indent with spaces"
    if isinstance(err, (yaml.scanner.ScannerError, yaml.parser.ParserError)):
        for number in range(min(first, line), min(line, len(lines)) + 1):
            if lines[number - 1].replace('\\"', "").count('"') % 2:
                return number, "unclosed quote: a '\"' on this line has no closing '\"'"
    flow = _FLOW_END.search(problem)
    if flow:
        close = flow.group(1)
        opening = "[" if close == "]" else "{"
        if first < line:
            return first, f"'{opening}' is not closed: expected ',' or '{close}' before line {line}"
        return line, (
            f"expected ',' or '{close}' in '{opening}...{close}': quote text containing "
            "', ' or ': ', and write an apostrophe inside '...' as ''"
        )
    context = f"{err.context or ''} {problem}"
    return line, next((hint for needle, hint in _HINTS.items() if needle in context), problem)


def load_yaml_file(path: Path, root: Path | None = None) -> Any:
    """Read and parse one team-lead YAML file (UTF-8), only if it is a regular file inside
    `root` (the team folder that named it; by default its own folder)."""
    from calmcli.base.files import read_team_file
    from calmcli.errors import UsageError

    try:
        raw = read_team_file(path, root or path.parent, decode=False)
    except UsageError as err:
        message = str(err).removeprefix(f"{path}: ")
        raise ValidationError([f"{path}:1: {message}"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ValidationError(
            [f"{path}:{line}: not UTF-8 text ({err.reason}); save the file as UTF-8"]
        ) from None
    return load_yaml_text(text, str(path))


def line_of(container: Any, key: str | int, default: int = 1) -> int:
    """Return the line of a key (YamlMap) or item (YamlList), falling back to the container's."""
    if isinstance(container, YamlMap):
        return container.key_lines.get(str(key), container.line or default)
    if isinstance(container, YamlList) and isinstance(key, int) and key < len(container.item_lines):
        return container.item_lines[key]
    return getattr(container, "line", default) or default


# --- large files: built from parser events, one list item at a time ----------------------------

_MAX_DEPTH = 64  # as base.jsontext.MAX_DEPTH: collections inside each other
_COLLECTION_TAGS = {None, "!", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


def load_yaml_items(
    text: str, path: str, key: str, each: Callable[[Any, int], None]
) -> YamlMap | None:
    """Parse a YAML document whose top level is a mapping, handing each item of its `key` list
    to `each(item, line)` as soon as it is built instead of keeping the whole list: a file of
    100,000 cases never exists as one tree of YAML nodes (some 15 KB a case). The mapping is
    returned with that list empty. Aliases, tags beyond plain data and nesting over 64 levels
    are refused, and any problem is one `FILE:LINE: message`, as with load_yaml_text."""
    loader = _LineLoader(text)
    loader.path = path
    try:
        return _stream(loader, key, each)
    except yaml.MarkedYAMLError as err:
        line, problem = _syntax_problem(err, text.splitlines())
        raise ValidationError([f"{path}:{line}: YAML syntax: {problem}"]) from None
    except yaml.YAMLError as err:
        raise ValidationError([f"{path}:1: YAML error: {err}"]) from None
    finally:
        loader.dispose()


def _stream(loader: _LineLoader, key: str, each: Callable[[Any, int], None]) -> YamlMap | None:
    loader.get_event()  # StreamStart
    if loader.check_event(yaml.StreamEndEvent):
        return None
    loader.get_event()  # DocumentStart
    if not loader.check_event(yaml.MappingStartEvent):
        _build(loader, 0)  # a scalar or a list: the caller says what it expected
        return None
    head: YamlMap = _start(loader, YamlMap)
    while not loader.check_event(yaml.MappingEndEvent):
        name, line = _key(loader, head)
        if name == key and loader.check_event(yaml.SequenceStartEvent):
            head[name] = _start(loader, YamlList)
            while not loader.check_event(yaml.SequenceEndEvent):
                item_line = loader.peek_event().start_mark.line + 1
                each(_build(loader, 1), item_line)
            loader.get_event()
        else:
            head[name] = _build(loader, 1)
    loader.get_event()  # MappingEnd
    loader.get_event()  # DocumentEnd
    if not loader.check_event(yaml.StreamEndEvent):
        line = loader.peek_event().start_mark.line + 1
        raise ValidationError(
            [f"{loader.path}:{line}: a second document ('---') in the file; keep one"]
        )
    return head


def _start(loader: _LineLoader, kind: type[Any]) -> Any:
    event = loader.get_event()
    if event.tag not in _COLLECTION_TAGS:
        _refuse(loader, event, f"the tag {event.tag} is not allowed; write plain values")
    data = kind()
    data.line = event.start_mark.line + 1
    if isinstance(data, YamlMap):
        data.key_lines = {}
    else:
        data.item_lines = []
    return data


def _key(loader: _LineLoader, data: YamlMap) -> tuple[str, int]:
    line = loader.peek_event().start_mark.line + 1
    key = _build(loader, _MAX_DEPTH)  # a key is a scalar: a collection there is too deep
    name = str(key)
    if name in data.key_lines:
        _refuse(
            loader, None, f"duplicate key {name!r} (first at line {data.key_lines[name]})", line
        )
    data.key_lines[name] = line
    return name, line


def _build(loader: _LineLoader, depth: int) -> Any:
    """The next value, from the parser's events."""
    event = loader.peek_event()
    if isinstance(event, yaml.AliasEvent):
        _refuse(loader, event, "YAML aliases (*name) are not allowed; write the value out")
    if isinstance(event, yaml.ScalarEvent):
        loader.get_event()
        tag = event.tag
        if tag in (None, "!"):
            tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        marks: tuple[Any, Any] = (event.start_mark, event.end_mark)  # libyaml's or PyYAML's
        node = yaml.ScalarNode(tag, event.value, *marks, style=event.style)
        construct = loader.yaml_constructors.get(tag) or loader.yaml_constructors[None]
        return construct(loader, node)  # our int and timestamp constructors say FILE:LINE
    if depth >= _MAX_DEPTH:
        _refuse(loader, event, f"values nested more than {_MAX_DEPTH} levels deep")
    if isinstance(event, yaml.SequenceStartEvent):
        items = _start(loader, YamlList)
        while not loader.check_event(yaml.SequenceEndEvent):
            items.item_lines.append(loader.peek_event().start_mark.line + 1)
            items.append(_build(loader, depth + 1))
        loader.get_event()
        return items
    mapping = _start(loader, YamlMap)
    while not loader.check_event(yaml.MappingEndEvent):
        name, _ = _key(loader, mapping)
        mapping[name] = _build(loader, depth + 1)
    loader.get_event()
    return mapping


def _refuse(loader: _LineLoader, event: Any, message: str, line: int | None = None) -> None:
    where = line if line is not None else event.start_mark.line + 1
    raise ValidationError([f"{loader.path}:{where}: {message}"])
