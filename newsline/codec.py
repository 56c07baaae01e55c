"""JSON data back to layer items: tuples for lists, dataclasses for dicts, fast row makers.

Used by the store (hot path: hundreds of thousands of tokens) and by
``newsline.model.item_from_json``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from operator import attrgetter
from typing import Any, Callable, Mapping, Sequence

from newsline.model import item_to_json

def plain(value: Any) -> Any:
    """JSON data with every list turned into a tuple (the model's sequences are tuples)."""
    if isinstance(value, list):
        return tuple(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


_SCALARS = (str, int, float, bool, type(None))
_NoneType = type(None)


def _is_scalar_hint(hint: Any) -> bool:
    if hint in _SCALARS:
        return True
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return all(a in _SCALARS for a in typing.get_args(hint))
    return False


def _convert(hint: Any, value: Any) -> Any:
    """A JSON value back to what a field annotated ``hint`` holds: tuples for lists,
    dataclasses for dicts (also inside Optional[...] and tuple[...])."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not _NoneType]
        if isinstance(value, dict):
            for a in args:
                if dataclasses.is_dataclass(a):
                    return codec(a).from_dict(value)
        if isinstance(value, list):
            for a in args:
                if typing.get_origin(a) in (tuple, list) or a in (tuple, list):
                    return _convert(a, value)
        return plain(value)
    if isinstance(value, dict):
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            return codec(hint).from_dict(value)
        if origin in (dict, Mapping) or hint in (dict, Mapping):
            vargs = typing.get_args(hint)
            vhint = vargs[1] if len(vargs) == 2 else None
            return {k: _convert(vhint, v) for k, v in value.items()}
        return plain(value)
    if isinstance(value, list):
        args = typing.get_args(hint)
        if origin is tuple and args and not (len(args) == 2 and args[1] is Ellipsis):
            if len(args) == len(value):  # fixed-shape tuple[X, Y]
                return tuple(_convert(a, v) for a, v in zip(args, value))
            return plain(value)
        inner = args[0] if args else None
        if origin is list:
            return [_convert(inner, v) for v in value]
        return tuple(_convert(inner, v) for v in value)
    return value


class _Codec:
    """Rows <-> items for one dataclass type (field getters and converters cached)."""

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.fields = tuple(f.name for f in dataclasses.fields(cls))
        try:
            hints = typing.get_type_hints(cls)
        except Exception:  # unresolvable forward references: keep raw values
            hints = {}
        self.hints = {name: hints.get(name) for name in self.fields}
        self.scalar = all(_is_scalar_hint(h) for h in self.hints.values())
        getter = attrgetter(*self.fields)
        if len(self.fields) == 1:
            if self.scalar:
                self.row = lambda item: (getter(item),)
            else:
                self.row = lambda item: (item_to_json(getter(item)),)
        elif self.scalar:
            self.row = getter  # a tuple, which json writes as a list
        else:
            self.row = lambda item: [item_to_json(v) for v in getter(item)]
        # rows in the current field order: every field scalar, so a row is the arguments
        self.make = (
            (_fast_maker(cls, self.fields) or (lambda row: cls(*row))) if self.scalar else None
        )

    def from_rows(self, header: Sequence[str], rows: list) -> tuple:
        if self.make is not None and tuple(header) == self.fields:
            return tuple(map(self.make, rows))
        return tuple(self.from_dict(dict(zip(header, r))) for r in rows)

    def from_row(self, header: Sequence[str], row: Sequence[Any]) -> Any:
        return self.from_rows(header, [row])[0]

    def from_dict(self, data: Mapping[str, Any]) -> Any:
        kwargs = {}
        for name in self.fields:
            if name in data:
                hint = self.hints[name]
                value = data[name]
                kwargs[name] = plain(value) if hint is None else _convert(hint, value)
        return self.cls(**kwargs)


def _fast_maker(cls: type, fields: tuple[str, ...]) -> Callable[[Sequence[Any]], Any] | None:
    """For a slots dataclass with no ``__post_init__``: a constructor from one row that
    sets the slots directly. The generated ``__init__`` of a frozen dataclass sets each
    field through ``object.__setattr__``; this is a third faster on token layers, where it
    counts (hundreds of thousands of tokens). None when the class does not qualify."""
    if hasattr(cls, "__post_init__") or not all(f.init for f in dataclasses.fields(cls)):
        return None
    descriptors = [cls.__dict__.get(name) for name in fields]
    if not all(type(d).__name__ == "member_descriptor" for d in descriptors):
        return None
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    env.update({f"_s{k}": d.__set__ for k, d in enumerate(descriptors)})
    args = ", ".join(f"_s{k}=_s{k}" for k in range(len(fields)))
    body = "".join(f"    _s{k}(o, row[{k}])\n" for k in range(len(fields)))
    src = f"def make(row, _new=_new, _cls=_cls, {args}):\n    o = _new(_cls)\n{body}    return o\n"
    exec(src, env)  # noqa: S102 - generated from field positions only
    return env["make"]


_CODECS: dict[type, _Codec] = {}


def codec(cls: type) -> _Codec:
    """The cached codec of a dataclass type."""
    codec = _CODECS.get(cls)
    if codec is None:
        codec = _CODECS[cls] = _Codec(cls)
    return codec
