"""JSON Schema helpers of the spec pipeline: pure functions on plain dicts, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

Json = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PROSE_KEYS = frozenset({"description", "summary", "title", "example", "examples"})
# Keywords whose value maps *names* (not keywords) to sub-objects.
NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
CLEAN_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
REF_PREFIX = "#/components/schemas/"

FREE_FORM_TEXT = "Any JSON object, passed through as a plain dict."
NOT_AN_OBJECT = {"type": ["array", "boolean", "integer", "null", "number", "string"]}


def iter_operations(spec: Json) -> Iterator[tuple[str, str, Json]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def short_operation_id(operation_id: str, path: str, method: str) -> str:
    """Strip the ``_<path>_<method>`` suffix FastAPI appends to handler names."""
    suffix = "_" + re.sub(r"\W", "_", path).strip("_") + "_" + method
    if operation_id.endswith(suffix):
        return operation_id[: -len(suffix)]
    # FastAPI keeps the leading underscore of the path: "_v1_keys_get".
    suffix = re.sub(r"\W", "_", path) + "_" + method
    if operation_id.endswith(suffix):
        return operation_id[: -len(suffix)]
    return operation_id


def pascal(name: str) -> str:
    """``create_file`` -> ``CreateFile``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def strip_prose(node: Any, *, names: bool = False) -> Any:
    """Remove prose keywords, leaving the interface facts.

    ``names`` is true when ``node`` maps names (property names, schema names) to
    sub-objects: there a key called ``title`` is a property, not prose.
    """
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if names:
            result[key] = strip_prose(value)
        elif key in PROSE_KEYS:
            continue
        else:
            result[key] = strip_prose(value, names=key in NAME_MAPS)
    return result


def strip_defaults(node: Any, *, names: bool = False) -> Any:
    """Remove ``default`` keywords: the SDK sends only what the caller set, the gateway applies its defaults."""
    if isinstance(node, list):
        return [strip_defaults(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if names:
            out[key] = strip_defaults(value)
        elif key != "default":
            out[key] = strip_defaults(value, names=key in NAME_MAPS)
    return out


def rewrite_refs(node: Any, renames: dict[str, str]) -> Any:
    """Point every ``$ref`` to a renamed schema at its new name."""
    if isinstance(node, list):
        return [rewrite_refs(item, renames) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            name = ref_name(value)
            out[key] = REF_PREFIX + renames.get(name, name)
        else:
            out[key] = rewrite_refs(value, renames)
    return out


def refs_in(node: Any) -> Iterator[str]:
    """Names of every schema ``node`` refers to, directly."""
    if isinstance(node, list):
        for item in node:
            yield from refs_in(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield ref_name(value)
            else:
                yield from refs_in(value)


def reachable(roots: Any, schemas: Json) -> set[str]:
    """Every schema name reachable from ``roots`` through ``$ref``s."""
    seen: set[str] = set()
    todo = list(refs_in(roots))
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(refs_in(schemas[name]))
    return seen


def is_map_only_object(schema: Any) -> bool:
    """True for an object schema that declares no properties: a JSON map."""
    return (
        isinstance(schema, dict)
        and schema.get("type") == "object"
        and "properties" not in schema
        and "$ref" not in schema
        and "allOf" not in schema
    )


def is_free_form(schema: Any) -> bool:
    """An object answer with no declared fields whose values are not typed either."""
    if not is_map_only_object(schema):
        return False
    extra = schema.get("additionalProperties", True)
    return extra is True or extra == {}


def loosen_free_form(schema: Any) -> Any:
    """Make nested free-form objects untyped values (plain dicts for callers).

    The generator turns every object schema into a class; for a map with no
    declared properties that only forces callers to wrap their dicts. The
    schema's own root stays as it is (named component schemas remain classes).
    """
    if isinstance(schema, list):
        return [loosen_free_form(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: Json = {}
    for key, value in schema.items():
        if key in NAME_MAPS and isinstance(value, dict):
            out[key] = {name: _loosen_position(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = _loosen_position(value)
        elif key in ("anyOf", "oneOf") and isinstance(value, list):
            out[key] = [_loosen_position(sub) for sub in value]
        else:
            out[key] = value
    return out


def _loosen_position(schema: Any) -> Any:
    if is_map_only_object(schema):
        # "Anything but a non-object": still an object to a validator, while the
        # generator, which ignores ``not``, types it as a plain value.
        return {"description": schema.get("description", FREE_FORM_TEXT), "not": NOT_AN_OBJECT}
    return loosen_free_form(schema)


def mark_binary(schema: Any) -> Any:
    """``contentMediaType`` strings become ``format: binary`` (a file upload)."""
    if isinstance(schema, list):
        return [mark_binary(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: mark_binary(value) for key, value in schema.items()}
    if out.get("type") == "string" and "contentMediaType" in out:
        del out["contentMediaType"]
        out["format"] = "binary"
    return out


# --------------------------------------------------------------------------- argument checks

#: JSON Schema keywords the SDK checks before sending, per argument.
CHECKED_KEYWORDS = ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems")
CHECKED_FORMATS = frozenset({"date-time", "date"})


def argument_check(schema: Any, schemas: Json) -> Json:
    """What the SDK checks of one argument before sending it, from its schema.

    The result has only strings, numbers and lists of strings, so that the
    generator templates can print it as a Python literal: ``type`` (the JSON
    types allowed, ``"null"`` included when the field is nullable), the bounds
    in :data:`CHECKED_KEYWORDS`, and ``format`` for dates. An empty result
    means "anything goes".
    """
    # Bounds beside an ``anyOf`` (the overlay's ``constraints`` put them there) count as well.
    given = schema if isinstance(schema, dict) else {}
    check: Json = {k: v for k, v in given.items() if k in CHECKED_KEYWORDS and isinstance(v, int | float)}
    variants = _variants(schema, schemas)
    if variants is None:
        return dict(sorted(check.items()))
    if any(variant.get("format") == "binary" for variant in variants):
        return {"format": "binary"}  # a file: bytes, a path or a file object, turned into an upload
    types: list[str] = []
    for variant in variants:
        kind = variant.get("type")
        for name in kind if isinstance(kind, list) else [kind]:
            if isinstance(name, str) and name not in types:
                types.append(name)
        for keyword in CHECKED_KEYWORDS:
            if keyword in variant and isinstance(variant[keyword], int | float):
                check.setdefault(keyword, variant[keyword])
        if variant.get("format") in CHECKED_FORMATS:
            check.setdefault("format", variant["format"])
    if "number" in types and "integer" in types:
        types.remove("integer")
    if types:
        check["type"] = sorted(types)
    return dict(sorted(check.items()))


def _variants(schema: Any, schemas: Json, depth: int = 0) -> list[Json] | None:
    """The alternatives a value may take, with ``$ref``s resolved; None when anything goes."""
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "$ref" in schema:
        target = schemas.get(ref_name(schema["$ref"]))
        return _variants(target, schemas, depth + 1)
    if "anyOf" in schema or "oneOf" in schema:
        found: list[Json] = []
        alternatives: list[Any] = schema.get("anyOf") or schema.get("oneOf") or []
        for sub in alternatives:
            inner = _variants(sub, schemas, depth + 1)
            if inner is None:
                return None
            found.extend(inner)
        return found
    if schema.get("not") == NOT_AN_OBJECT:  # a free-form object, loosened
        return [{"type": "object"}]
    if "allOf" in schema or "not" in schema or "type" not in schema:
        return None
    return [schema]
