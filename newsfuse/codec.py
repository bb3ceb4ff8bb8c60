"""Turn model records into JSON-ready dicts and back, driven by their type hints."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any, TypeVar

from newsfuse import models

T = TypeVar("T")


def to_dict(record: Any) -> Any:
    """A JSON-ready copy of a record (dataclasses, tuples, dicts, scalars).

    Fields declared with ``compare=False`` (such as the spaCy ``doc``) are left out.
    """
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {
            f.name: to_dict(getattr(record, f.name))
            for f in dataclasses.fields(record)
            if f.compare
        }
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {str(k): to_dict(v) for k, v in record.items()}
    return record


def dumps(record: Any) -> str:
    """One compact, key-order-stable JSON line for a record."""
    return json.dumps(to_dict(record), ensure_ascii=False, sort_keys=False)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(models))


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a record of type ``cls`` from ``to_dict`` output."""
    return typing.cast(T, _build(cls, data))


def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(args[0], data) if len(args) == 1 else data
    if origin is tuple:
        (item_tp, *_rest) = typing.get_args(tp)
        return tuple(_build(item_tp, item) for item in data)
    if origin is dict:
        _key_tp, val_tp = typing.get_args(tp)
        return {k: _build(val_tp, v) for k, v in data.items()}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = _hints(tp)
        kwargs = {
            f.name: _build(hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.compare and f.name in data
        }
        return tp(**kwargs)
    return data
