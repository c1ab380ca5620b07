"""Keyword arguments into a request: checked against the spec and made JSON-ready before anything is sent.

The generated core says, per operation, which arguments are path parameters,
which are query parameters and which are fields of the body, and what each
one may hold (``CHECKS``: JSON types, bounds, date formats; derived from the
gateway's document by ``tools/spec``). The rules here apply them:

* ``None`` means "not given" and is left out;
* a value of the wrong JSON type, out of bounds, or an unreadable date raises
  :class:`InvalidRequestError` naming the argument;
* dates: a :class:`datetime.datetime` without a timezone is UTC, a
  :class:`datetime.date` where a date-time is expected is midnight UTC, and an
  ISO 8601 string is checked and read the same way;
* path parameters, and string fields called ``id`` or ``*_id``, must not be
  blank (an empty id would address the collection, or nothing);
* a query parameter the gateway repeats (``user_id=a&user_id=b``) takes one
  value or a list;
* files of form uploads may be bytes, a path or a binary file object.
"""

from __future__ import annotations

import datetime
import functools
import io
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ._call import InvalidRequestError

_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "True or False",
    "array": "a list",
    "object": "a dict",
    "null": "None",
}


_SCALARS = frozenset({"string", "integer", "number", "boolean"})


def _json_type(value: Any) -> str:
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping) or hasattr(value, "to_dict"):
        return "object"
    if isinstance(value, datetime.date) or _is_uuid(value):
        return "string"
    return type(value).__name__


def _is_uuid(value: Any) -> bool:
    """A :class:`uuid.UUID`, without importing ``uuid`` (if it is not imported, no value is one)."""
    module = sys.modules.get("uuid")
    return module is not None and isinstance(value, module.UUID)


def _accepts(types: list[str], kind: str) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def check(name: str, value: Any, rules: Mapping[str, Any] | None, *, body: bool) -> Any:
    """``value`` checked against ``rules`` (one entry of ``CHECKS``) and made ready to send.

    ``body`` selects the form the generated code wants: JSON-ready values for a
    body (dates as ISO strings), Python values for query parameters.
    """
    if not rules:
        return _jsonable(value) if body else value
    fmt = rules.get("format")
    if fmt == "date-time":
        moment = _when(name, value)
        return moment.isoformat() if body else moment
    if fmt == "date":
        day = _day(name, value)
        return day.isoformat() if body else day
    types: list[str] | None = rules.get("type")
    kind = _json_type(value)
    if types and not _accepts(types, kind):
        if not body and "array" in types and kind in _SCALARS:  # a repeated query parameter given once
            value, kind = [value], "array"
        else:
            wanted = " or ".join(_TYPE_WORDS.get(t, t) for t in types if t != "null")
            raise InvalidRequestError(f"{name} must be {wanted}, got {type(value).__name__}")
    _bounds(name, value, kind, rules)
    if kind == "string" and isinstance(value, str) and is_id(name) and not value.strip():
        raise InvalidRequestError(f"{name} must not be empty")
    if kind == "array" and is_id(name):
        for item in value:
            if isinstance(item, str) and not item.strip():
                raise InvalidRequestError(f"{name} must not hold an empty id")
    return _jsonable(value) if body else (list(value) if isinstance(value, tuple) else value)


#: The plain Python types of each JSON type, for the fast path of :func:`checker` (exact types: bool is no int).
_PLAIN: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "null": (type(None),),
}
_BOUNDS = frozenset({"minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"})
_JSON_ITEMS = frozenset({dict, str, int, float, bool, type(None)})


def checker(name: str, rules: Mapping[str, Any] | None, *, body: bool) -> Callable[[Any], Any]:
    """:func:`check` for one argument, with a fast path for the plain values most calls pass.

    A plain value (``str``, ``int``, a list of dicts, ...) of an allowed type is
    checked against the bounds here and sent as it is; dates, ids and anything
    else take the general :func:`check`.
    """
    if rules and ("format" in rules or is_id(name)):
        return functools.partial(_check, name, rules, body)
    kinds = (rules or {}).get("type", ())
    plain = frozenset(t for kind in kinds for t in _PLAIN.get(kind, ())) if rules else _JSON_ITEMS
    lists = not rules or "array" in kinds
    bounded = bool(rules and _BOUNDS & set(rules))

    def fast(value: Any) -> Any:
        kind = type(value)
        if kind in plain:
            if bounded:
                _bounds(name, value, _json_type(value), rules or {})
            return value
        if kind is list and lists and (not body or all(type(item) in _JSON_ITEMS for item in value)):
            if bounded:
                _bounds(name, value, "array", rules or {})
            return value
        return check(name, value, rules, body=body)

    if not rules:
        return fast if body else _same
    return fast


def _check(name: str, rules: Mapping[str, Any], body: bool, value: Any) -> Any:
    return check(name, value, rules, body=body)


def _same(value: Any) -> Any:
    return value


def is_id(name: str) -> bool:
    return name == "id" or name.endswith("_id")


def _bounds(name: str, value: Any, kind: str, rules: Mapping[str, Any]) -> None:
    if kind in ("integer", "number"):
        if "minimum" in rules and value < rules["minimum"]:
            raise InvalidRequestError(f"{name} must be at least {_number(rules['minimum'])}, got {value!r}")
        if "maximum" in rules and value > rules["maximum"]:
            raise InvalidRequestError(f"{name} must be at most {_number(rules['maximum'])}, got {value!r}")
    elif kind == "string" and isinstance(value, str):
        if "minLength" in rules and len(value) < rules["minLength"]:
            raise InvalidRequestError(f"{name} must have at least {rules['minLength']} character(s)")
        if "maxLength" in rules and len(value) > rules["maxLength"]:
            raise InvalidRequestError(f"{name} must have at most {rules['maxLength']} characters, got {len(value)}")
    elif kind == "array":
        if "minItems" in rules and len(value) < rules["minItems"]:
            raise InvalidRequestError(
                f"{name} must not be empty"
                if rules["minItems"] == 1
                else f"{name} must have at least {rules['minItems']} items"
            )
        if "maxItems" in rules and len(value) > rules["maxItems"]:
            raise InvalidRequestError(f"{name} must have at most {rules['maxItems']} items, got {len(value)}")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _jsonable(value: Any) -> Any:
    """A value as the generated ``from_dict`` reads it: models as dicts, tuples as lists, ids as strings."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, Mapping):
        return value if isinstance(value, dict) else dict(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if _is_uuid(value):
        return str(value)
    if isinstance(value, datetime.datetime):
        return _utc(value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def path_value(name: str, value: Any) -> str:
    """A path parameter: a non-blank string (or a UUID)."""
    if _is_uuid(value):
        return str(value)
    if value is None:
        raise InvalidRequestError(f"{name} is required")
    if not isinstance(value, str):
        raise InvalidRequestError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InvalidRequestError(f"{name} must not be empty")
    return value


# --------------------------------------------------------------------------- dates


def _utc(moment: datetime.datetime) -> datetime.datetime:
    return moment.replace(tzinfo=datetime.UTC) if moment.utcoffset() is None else moment


def _when(name: str, value: object) -> datetime.datetime:
    """A date-time argument as an aware datetime; naive values are UTC, a date is its midnight."""
    if isinstance(value, datetime.datetime):
        return _utc(value)
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time(), tzinfo=datetime.UTC)
    if isinstance(value, str):
        try:
            return _utc(datetime.datetime.fromisoformat(value.strip()))
        except ValueError:
            raise InvalidRequestError(
                f"{name} must be an ISO 8601 date-time such as '2025-01-31T12:00:00Z', got {value!r}"
            ) from None
    raise InvalidRequestError(f"{name} must be a datetime, a date or an ISO 8601 string, got {type(value).__name__}")


def _day(name: str, value: object) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidRequestError(f"{name} must be an ISO 8601 date such as '2025-01-31', got {value!r}") from None
    raise InvalidRequestError(f"{name} must be a date or an ISO 8601 string, got {type(value).__name__}")


# --------------------------------------------------------------------------- uploads


def upload(name: str, file: Any, filename: str | None) -> Any:
    """A file argument of a form upload as the generated ``File``: bytes, a path, or a binary file object."""
    from otari_api.types import File

    default = filename or name
    if isinstance(file, bytes | bytearray | memoryview):
        return File(payload=io.BytesIO(bytes(file)), file_name=default)
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise InvalidRequestError(f"{name} {str(path)!r} does not exist or is not a file")
        return File(payload=io.BytesIO(path.read_bytes()), file_name=filename or path.name)
    if hasattr(file, "read"):
        if isinstance(file, io.TextIOBase):
            raise InvalidRequestError(f"{name} must be opened in binary mode ('rb')")
        if getattr(file, "closed", False):
            raise InvalidRequestError(f"{name} is a closed file object: open it (or pass its path) before the call")
        base = filename or os.path.basename(str(getattr(file, "name", "") or "")) or default
        if not _rewindable(file):
            # A pipe or socket: httpx can neither size it nor rewind it for a retry, so read it once here.
            return File(payload=io.BytesIO(file.read()), file_name=base)
        return File(payload=file, file_name=base)
    raise InvalidRequestError(f"{name} must be bytes, a path, or a binary file object, got {type(file).__name__}")


def _rewindable(file: Any) -> bool:
    try:
        return bool(file.seekable())
    except (AttributeError, OSError):  # no seekable(): a minimal file-like object, read it once
        return False


def form_value(name: str, value: Any) -> Any:
    """An extra field of a form upload: a string, a number or a boolean (sent as ``true``/``false``)."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str | int | float):
        return value
    raise InvalidRequestError(f"{name} must be a string, a number or a boolean to go in a form field")
