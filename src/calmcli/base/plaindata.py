"""Typed values as plain JSON data and back, checked against their declared types.

calm's cache (parsed playbooks, lexicons, rules, a lexicon's inflected forms) is JSON read with
the standard library: no loader that can run code or be crashed by crafted input (pickle,
marshal). `from_plain` rebuilds a value from nothing but the type it is asked for: every field
present and no other, every value of its declared kind, so a corrupt, stale or planted file
raises `Invalid` and is rebuilt, never trusted. Records are made without calling `__init__`.

Supported types: str, int, float, bool, None, timedelta, list, tuple (`X, ...` or fixed),
frozenset, set, dict (str keys as a JSON object, others as pairs), unions (`X | None` as null or
X; a member alone of its JSON kind as it is, others as `[member index, value]`), dataclasses and
slotted classes whose slots are annotated. A class may add a `__plain_check__(self)` method,
run on each rebuilt value, that raises ValueError for what its types cannot say.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from collections.abc import Callable
from datetime import timedelta
from functools import cache
from typing import Any

Codec = Callable[[Any], Any]


class Invalid(ValueError):
    """The data is not a plain form of the type asked for."""


def to_plain(value: Any, shape: Any) -> Any:
    """`value` (of type `shape`) as JSON-ready lists, dicts, texts and numbers."""
    return _encoder(shape)(value)


def from_plain(data: Any, shape: Any) -> Any:
    """The value of type `shape` whose plain form is `data`; raise Invalid if it is not one."""
    return _decoder(shape)(data)


def _fail(data: Any, what: str) -> Invalid:
    return Invalid(f"expected {what}, got {type(data).__name__}")


# --- decoding ---------------------------------------------------------------------------------


@cache
def _decoder(shape: Any) -> Codec:
    origin, args = typing.get_origin(shape), typing.get_args(shape)
    if origin is typing.Union or origin is types.UnionType:
        return _union_decoder(args)
    if origin is not None:
        return _container_decoder(origin, args)
    if shape in _ATOM_DECODERS:
        return _ATOM_DECODERS[shape]
    if isinstance(shape, type):
        return _record_decoder(shape)
    raise TypeError(f"no plain form for {shape!r}")


def _exactly(kind: type) -> Codec:
    def decode(data: Any) -> Any:
        if type(data) is not kind:
            raise _fail(data, kind.__name__)
        return data

    return decode


def _float(data: Any) -> float:
    if type(data) not in (int, float):
        raise _fail(data, "a number")
    return float(data)


def _none(data: Any) -> None:
    if data is not None:
        raise _fail(data, "null")


def _timedelta(data: Any) -> timedelta:
    if type(data) is not list or len(data) != 3 or any(type(n) is not int for n in data):
        raise _fail(data, "[days, seconds, microseconds]")
    try:
        return timedelta(days=data[0], seconds=data[1], microseconds=data[2])
    except OverflowError:
        raise Invalid("duration out of range") from None


_ATOM_DECODERS: dict[Any, Codec] = {
    str: _exactly(str),
    int: _exactly(int),
    bool: _exactly(bool),
    float: _float,
    type(None): _none,
    timedelta: _timedelta,
}


def _items(data: Any) -> list[Any]:
    if type(data) is not list:
        raise _fail(data, "a list")
    return data


def _container_decoder(origin: Any, args: tuple[Any, ...]) -> Codec:
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        return _fixed_tuple_decoder(args)
    if origin is dict:
        return _dict_decoder(*args)
    build = {list: list, tuple: tuple, frozenset: frozenset, set: set}.get(origin)
    if build is None:
        raise TypeError(f"no plain form for {origin!r}")
    is_set = origin in (frozenset, set)
    if args[0] in (str, int, bool):
        return _atoms_decoder(build, args[0], is_set)
    item = _decoder(args[0])

    def decode(data: Any) -> Any:
        if is_set:
            _written_as_a_set(_items(data))
        return build(item(x) for x in _items(data))

    return decode


def _atoms_decoder(build: Callable[[Any], Any], kind: type, is_set: bool) -> Codec:
    """A sequence of texts or whole numbers, checked in one pass (most of a lexicon's bulk)."""

    def decode(data: Any) -> Any:
        if not set(map(type, _items(data))) <= {kind}:
            raise Invalid(f"expected a list of {kind.__name__}")
        if is_set:
            _written_as_a_set(data)
        return build(data)

    return decode


def _written_as_a_set(items: list[Any]) -> None:
    """A set is written sorted, each item once (see _sequence_encoder): a list written any
    other way is not one calm wrote, and reading it would not give back the same file."""
    keys = [repr(x) for x in items]
    if any(a >= b for a, b in zip(keys, keys[1:], strict=False)):
        raise Invalid("expected a set: items sorted, each once")


def _fixed_tuple_decoder(args: tuple[Any, ...]) -> Codec:
    items = tuple(_decoder(a) for a in args)

    def decode(data: Any) -> tuple[Any, ...]:
        if len(_items(data)) != len(items):
            raise Invalid(f"expected {len(items)} items, got {len(data)}")
        return tuple(item(x) for item, x in zip(items, data, strict=True))

    return decode


def _dict_decoder(key_shape: Any, value_shape: Any) -> Codec:
    value = _decoder(value_shape)
    if key_shape is str:

        def decode_object(data: Any) -> dict[str, Any]:
            if type(data) is not dict:
                raise _fail(data, "an object")
            return {k: value(v) for k, v in data.items()}

        return decode_object
    pair = _fixed_tuple_decoder((key_shape, value_shape))
    return lambda data: dict(pair(p) for p in _items(data))


def _union_decoder(members: tuple[Any, ...]) -> Codec:
    if len(members) == 2 and type(None) in members:
        inner = _decoder(next(m for m in members if m is not type(None)))
        return lambda data: None if data is None else inner(data)
    bare = {_json_kind(m): _decoder(m) for m in members if _is_bare(m, members)}
    decoders = tuple(_decoder(m) for m in members)

    def decode(data: Any) -> Any:
        direct = bare.get(type(data))
        if direct is not None:
            return direct(data)
        if type(data) is not list or len(data) != 2 or type(data[0]) is not int:
            raise _fail(data, "[member, value]")
        if not 0 <= data[0] < len(decoders) or _is_bare(members[data[0]], members):
            raise Invalid(f"no tagged union member {data[0]}")
        return decoders[data[0]](data[1])

    return decode


def _json_kind(shape: Any) -> type:
    """The JSON value a type's plain form is: a text, a number, a list, an object, null."""
    kind = typing.get_origin(shape) or shape
    if kind in (str, int, float, bool, type(None)):
        return kind  # type: ignore[no-any-return]
    if kind is dict and typing.get_args(shape)[0] is str:
        return dict
    return dict if dataclasses.is_dataclass(kind) or hasattr(kind, "__slots__") else list


def _is_bare(member: Any, members: tuple[Any, ...]) -> bool:
    """A union member is written as it is when no other member has its JSON kind; lists are
    always tagged `[member index, value]`, as a tag is itself a list."""
    kind = _json_kind(member)
    return kind is not list and [_json_kind(m) for m in members].count(kind) == 1


def _record_decoder(cls: type) -> Codec:
    fields = tuple((name, _decoder(shape)) for name, shape in _fields(cls))
    names = frozenset(name for name, _ in fields)
    setter = object.__setattr__  # frozen dataclasses too: the value is being built
    check = getattr(cls, "__plain_check__", None)

    def decode(data: Any) -> Any:
        if type(data) is not dict or data.keys() != names:
            raise _fail(data, f"the fields of {cls.__name__}")
        value: Any = object.__new__(cls)
        for name, field in fields:
            setter(value, name, field(data[name]))
        if check is not None:
            try:
                check(value)  # what the types cannot say
            except ValueError as err:
                raise Invalid(str(err)) from None
        return value

    return decode


@cache
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """A record's fields and their types: a dataclass's fields, or a class's annotated slots.

    Only these annotations are evaluated, in the class's module (typing.get_type_hints would
    evaluate every annotation of the class and its bases: a third of `calm reply`'s cache read).
    """
    if dataclasses.is_dataclass(cls):
        names = tuple(f.name for f in dataclasses.fields(cls))
    else:
        names = tuple(getattr(cls, "__slots__", ()))
    written = getattr(cls, "__annotations__", {})
    if not names or any(name not in written for name in names):
        raise TypeError(f"{cls.__name__} is not a record with annotated fields")
    scope = vars(sys.modules[cls.__module__])
    return tuple((name, _evaluated(written[name], scope)) for name in names)


def _evaluated(annotation: Any, scope: dict[str, Any]) -> Any:
    return eval(annotation, scope) if isinstance(annotation, str) else annotation


# --- encoding ---------------------------------------------------------------------------------


@cache
def _encoder(shape: Any) -> Codec:
    origin, args = typing.get_origin(shape), typing.get_args(shape)
    if origin is typing.Union or origin is types.UnionType:
        return _union_encoder(args)
    if origin is dict and args[0] is not str:
        pair = _encoder(tuple[args[0], args[1]])  # type: ignore[valid-type]
        return lambda value: [pair(p) for p in value.items()]
    if origin is dict:
        item = _encoder(args[1])
        return lambda value: {k: item(v) for k, v in value.items()}
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        items = tuple(_encoder(a) for a in args)
        return lambda value: [item(x) for item, x in zip(items, value, strict=True)]
    if origin in (list, tuple, frozenset, set):
        return _sequence_encoder(origin, _encoder(args[0]))
    if shape is timedelta:
        return lambda value: [value.days, value.seconds, value.microseconds]
    if shape in _ATOM_DECODERS:
        return _ATOM_DECODERS[shape]  # checks the kind and returns the value as it is
    if isinstance(shape, type):
        return _record_encoder(shape)
    raise TypeError(f"no plain form for {shape!r}")


def _sequence_encoder(origin: Any, item: Codec) -> Codec:
    def encode(value: Any) -> list[Any]:
        if not isinstance(value, origin):
            raise _fail(value, origin.__name__)
        plain = [item(x) for x in value]
        if origin in (frozenset, set):
            plain.sort(key=repr)  # the same file for the same value, run after run
        return plain

    return encode


def _union_encoder(members: tuple[Any, ...]) -> Codec:
    if len(members) == 2 and type(None) in members:
        inner = _encoder(next(m for m in members if m is not type(None)))
        return lambda value: None if value is None else inner(value)
    encoders = tuple((_runtime_type(m), _is_bare(m, members), _encoder(m)) for m in members)

    def encode(value: Any) -> Any:
        for index, (kind, bare, encoder) in enumerate(encoders):
            if type(value) is kind:
                return encoder(value) if bare else [index, encoder(value)]
        raise _fail(value, " or ".join(k.__name__ for k, _, _ in encoders))

    return encode


def _runtime_type(shape: Any) -> type:
    kind = typing.get_origin(shape) or shape
    if not isinstance(kind, type):
        raise TypeError(f"no plain form for a union member {shape!r}")
    return kind


def _record_encoder(cls: type) -> Codec:
    fields = tuple((name, _encoder(shape)) for name, shape in _fields(cls))

    def encode(value: Any) -> dict[str, Any]:
        if type(value) is not cls:
            raise _fail(value, cls.__name__)
        return {name: field(getattr(value, name)) for name, field in fields}

    return encode
