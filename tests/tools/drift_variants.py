"""Hand-made variants of ``spec/openapi.json`` for the drift gate's tests: one kind of change each.

Every variant changes one real operation of the spec (picked by what it has, not by name) and says which
line the schema-level report must give for it. Nothing is invented that the gateway might really add:
an "added" parameter, property or operation is one deleted from a copy of the spec, compared the other
way round.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from tools import drift

Json = dict[str, Any]
JSON = "application/json"


@dataclass
class Case:
    """Compare ``ours`` with ``theirs``: ``endpoint`` must be the only change, reported as ``expected``."""

    ours: Json
    theirs: Json
    endpoint: drift.Endpoint
    expected: str


def operations(spec: Json) -> Iterator[tuple[str, str, Json]]:
    yield from sorted(drift.operations(spec), key=lambda item: (item[0], item[1]))


def operation(spec: Json, endpoint: drift.Endpoint) -> Json:
    op: Json = spec["paths"][endpoint[1]][endpoint[0].lower()]
    return op


def component(spec: Json, schema: Any) -> Json | None:
    """The component schema a ``{"$ref": ...}`` points to, if it has properties."""
    if not isinstance(schema, dict) or set(schema) != {"$ref"}:
        return None
    found = spec["components"]["schemas"].get(str(schema["$ref"]).rsplit("/", 1)[-1])
    return found if isinstance(found, dict) and found.get("properties") else None


def body(op: Json, where: str) -> Json | None:
    """The media type entry of the request body or of the 200 answer, when it is JSON only."""
    holder = op.get("requestBody", {}) if where == "request" else op.get("responses", {}).get("200", {})
    content = holder.get("content", {})
    return content[JSON] if set(content) == {JSON} else None


def optional_property(spec: Json, where: str) -> tuple[drift.Endpoint, str]:
    """The first operation whose JSON request (or 200 answer) schema has an optional property, and that property."""
    for path, method, op in operations(spec):
        entry = body(op, where)
        schema = component(spec, entry.get("schema")) if entry else None
        if schema:
            optional = [name for name in schema["properties"] if name not in schema.get("required", [])]
            if optional:
                return (method.upper(), path), optional[0]
    raise AssertionError(f"no operation of the spec has an optional {where} property")


def inline(spec: Json, endpoint: drift.Endpoint, where: str) -> Json:
    """Give one operation its own copy of its body schema (so a change to it changes no other operation)."""
    entry = body(operation(spec, endpoint), where)
    assert entry is not None
    schema = component(spec, entry["schema"])
    assert schema is not None
    entry["schema"] = copy.deepcopy(schema)
    inlined: Json = entry["schema"]
    return inlined


def optional_parameter(spec: Json) -> tuple[drift.Endpoint, int, Json]:
    for path, method, op in operations(spec):
        for index, parameter in enumerate(op.get("parameters", [])):
            if parameter.get("in") == "query" and not parameter.get("required"):
                return (method.upper(), path), index, parameter
    raise AssertionError("no operation of the spec has an optional query parameter")


def parameter_line(change: str, parameter: Json) -> str:
    return f"parameter {change}: {parameter['name']} ({parameter['in']})"


# --------------------------------------------------------------------------- the variants


def parameter_removed(spec: Json) -> Case:
    theirs = copy.deepcopy(spec)
    endpoint, index, parameter = optional_parameter(theirs)
    del operation(theirs, endpoint)["parameters"][index]
    return Case(spec, theirs, endpoint, parameter_line("removed", parameter))


def parameter_added(spec: Json) -> Case:
    removed = parameter_removed(spec)
    return Case(removed.theirs, spec, removed.endpoint, removed.expected.replace("removed", "added"))


def parameter_now_required(spec: Json) -> Case:
    theirs = copy.deepcopy(spec)
    endpoint, index, parameter = optional_parameter(theirs)
    operation(theirs, endpoint)["parameters"][index]["required"] = True
    return Case(spec, theirs, endpoint, parameter_line("now required", parameter))


def parameter_no_longer_required(spec: Json) -> Case:
    required = parameter_now_required(spec)
    return Case(required.theirs, spec, required.endpoint, required.expected.replace("now", "no longer"))


def property_removed(where: str) -> Callable[[Json], Case]:
    def variant(spec: Json) -> Case:
        theirs = copy.deepcopy(spec)
        endpoint, name = optional_property(theirs, where)
        del inline(theirs, endpoint, where)["properties"][name]
        return Case(spec, theirs, endpoint, f"{where} property removed: {name}")

    return variant


def property_added(where: str) -> Callable[[Json], Case]:
    def variant(spec: Json) -> Case:
        removed = property_removed(where)(spec)
        return Case(removed.theirs, spec, removed.endpoint, removed.expected.replace("removed", "added"))

    return variant


def property_now_required(where: str) -> Callable[[Json], Case]:
    def variant(spec: Json) -> Case:
        theirs = copy.deepcopy(spec)
        endpoint, name = optional_property(theirs, where)
        schema = inline(theirs, endpoint, where)
        schema["required"] = [*schema.get("required", []), name]
        return Case(spec, theirs, endpoint, f"{where} property now required: {name}")

    return variant


def media_type_changed(where: str, new: str) -> Callable[[Json], Case]:
    def variant(spec: Json) -> Case:
        theirs = copy.deepcopy(spec)
        for path, method, op in operations(theirs):
            holder = op.get("requestBody") if where == "request" else op.get("responses", {}).get("200")
            if holder and body(op, where) is not None:
                holder["content"] = {new: holder["content"][JSON]}
                kind = "request" if where == "request" else "response 200"
                return Case(spec, theirs, (method.upper(), path), f"{kind} media types changed: {JSON} -> {new}")
        raise AssertionError(f"no operation of the spec has a JSON-only {where}")

    return variant


VARIANTS: dict[str, Callable[[Json], Case]] = {
    "parameter added": parameter_added,
    "parameter removed": parameter_removed,
    "parameter now required": parameter_now_required,
    "parameter no longer required": parameter_no_longer_required,
    "request property added": property_added("request"),
    "request property removed": property_removed("request"),
    "request property now required": property_now_required("request"),
    "response property added": property_added("response"),
    "response property removed": property_removed("response"),
    "response property now required": property_now_required("response"),
    "request media type changed": media_type_changed("request", "multipart/form-data"),
    "response media type changed": media_type_changed("response", "text/event-stream"),
}


def rename_path_parameter(spec: Json) -> tuple[Json, str, str, str]:
    """A copy of the spec whose first path with one path parameter calls it differently.

    Returns the copy, the path, the old name and the new one.
    """
    theirs = copy.deepcopy(spec)
    for path in sorted(theirs["paths"]):
        names = drift.PATH_PARAMETER.findall(path)
        if len(names) == 1:
            old = names[0]
            new = "id" if old != "id" else "identifier"
            item = theirs["paths"].pop(path)
            for op in item.values():
                for parameter in op.get("parameters", []):
                    if parameter.get("in") == "path" and parameter.get("name") == old:
                        parameter["name"] = new
            theirs["paths"][path.replace("{" + old + "}", "{" + new + "}")] = item
            return theirs, path, old, new
    raise AssertionError("no path of the spec has exactly one path parameter")


def without(spec: Json, endpoint: drift.Endpoint) -> Json:
    """A copy of the spec without one operation."""
    copied = copy.deepcopy(spec)
    item = copied["paths"][endpoint[1]]
    del item[endpoint[0].lower()]
    if not item:
        del copied["paths"][endpoint[1]]
    return copied
