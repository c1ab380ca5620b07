"""Derive our spec from one upstream gateway document, reporting every blocker at once.

A *blocker* is something the rules cannot decide alone: a schema without a
clean name, a name clash, an operation without our doc line, an answer left
untyped or free-form. Each one says what to add and where, and the derivation
goes on after it, so one run lists them all.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Collection, Iterable

import attrs

from .schema import (
    CLEAN_NAME,
    NOT_AN_OBJECT,
    REF_PREFIX,
    Json,
    argument_check,
    is_free_form,
    iter_operations,
    loosen_free_form,
    mark_binary,
    pascal,
    reachable,
    rewrite_refs,
    short_operation_id,
    strip_defaults,
    strip_prose,
)

OVERLAY = "spec/overlay.json"
DOCS = "spec/operations.json"

# Content types whose payload is raw bytes.
BINARY_MEDIA_PREFIXES = ("audio/", "application/octet-stream")
EVENT_STREAM = "text/event-stream"
# FastAPI names a form body after its handler: Body_<operationId>.
FASTAPI_BODY = re.compile(r"^Body_(?P<operation>\w+)$")
VERSION_SEGMENT = re.compile(r"^v\d+$")
# A tag named like a package of the generated core would shadow it.
GENERATED_PACKAGES = frozenset({"models", "types", "client", "errors", "api"})
# Established names of tags that would shadow one (kept for ``otari_api.api.<tag>`` imports).
TAG_RENAMES = {"models": "model_catalog"}

STATUS_TEXT = {
    "200": "Success.",
    "201": "Created.",
    "202": "Accepted.",
    "204": "Done; no content.",
    "409": "Conflict: the resource is not in a state that allows this.",
    "422": "The request failed validation.",
    "502": "The upstream provider failed.",
}

SECURITY_SCHEMES = {
    "OtariKey": {
        "type": "apiKey",
        "in": "header",
        "name": "Otari-Key",
        "description": "Self-hosted gateway key, sent as `Otari-Key: Bearer <key>`.",
    },
    "PlatformToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "otari.ai platform token, sent as `Authorization: Bearer <token>`.",
    },
}


@attrs.frozen
class Blocker:
    """One thing the upstream needs from us before it can become our spec."""

    where: str
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}\n      → {self.fix}"


@attrs.define
class Derived:
    """The result of a derivation: the spec, what the range rule relaxed, and the blockers."""

    spec: Json
    api_root: str
    relaxed: dict[str, list[str]]
    blockers: list[Blocker]


def tag_module(tag: str) -> str:
    """The rule for tag names: a valid, lower-case module name that shadows no package of the core."""
    name = re.sub(r"\W+", "_", tag.strip().lower()).strip("_") or "default"
    if name[0].isdigit():
        name = "tag_" + name
    if name in GENERATED_PACKAGES:
        return TAG_RENAMES.get(name, name + "_api")
    return name


def api_root_of(paths: Iterable[str]) -> tuple[str, list[str]]:
    """The API root (``/v1``, ``/api/v1``): the prefix up to each path's version segment.

    Returns the root and the roots that disagree with it (empty when consistent).
    Paths without a version segment (``/health``) do not count.
    """
    roots: dict[str, int] = {}
    for path in paths:
        segments = path.strip("/").split("/")
        for index, segment in enumerate(segments):
            if VERSION_SEGMENT.match(segment):
                root = "/" + "/".join(segments[: index + 1])
                roots[root] = roots.get(root, 0) + 1
                break
    if not roots:
        return "", []
    ranked = sorted(roots, key=lambda root: (-roots[root], root))
    return ranked[0], ranked[1:]


class _Run:
    """The state of one derivation."""

    def __init__(self, overlay: Json, docs: dict[str, str], *, strict: bool, declares_security: bool = False) -> None:
        self.overlay = overlay
        self.docs = docs
        self.strict = strict
        self.declares_security = declares_security
        self.blockers: list[Blocker] = []

    def block(self, where: str, problem: str, fix: str) -> None:
        self.blockers.append(Blocker(where, problem, fix))

    # ----------------------------------------------------------------- schema names

    def schema_renames(self, upstream: Json, *, report: bool = True) -> dict[str, str]:
        """Every upstream schema's name in our spec: explicit renames, then rules, then itself."""
        schemas = upstream.get("components", {}).get("schemas", {})
        explicit: dict[str, str] = self.overlay.get("schema_renames", {})
        operations = {
            str(op.get("operationId", "")): short_operation_id(str(op.get("operationId", "")), path, method)
            for path, method, op in iter_operations(upstream)
        }
        renames: dict[str, str] = {}
        for name in schemas:
            if name in explicit:
                renames[name] = explicit[name]
                continue
            body = FASTAPI_BODY.match(name)
            if body and body["operation"] in operations:
                renames[name] = pascal(operations[body["operation"]]) + "Request"
            elif not CLEAN_NAME.match(name) and report:
                self.block(
                    f"schema {name!r}",
                    "has no clean class name",
                    f'add "{name}": "{pascal(name)}" (or a better name) to "schema_renames" in {OVERLAY}',
                )
        if report:
            stale = sorted(set(explicit) - set(schemas))
            for name in stale if self.strict else []:
                self.block(
                    f"schema {name!r}",
                    "is renamed in the overlay but the upstream has no such schema",
                    f'remove it from "schema_renames" in {OVERLAY}',
                )
            targets: dict[str, str] = {}
            for name in schemas:
                target = renames.get(name, name)
                if not CLEAN_NAME.match(target) and name in renames:
                    self.block(
                        f"schema {name!r}",
                        f"is renamed to {target!r}, which is not a clean class name",
                        f'choose a PascalCase name for it in "schema_renames" in {OVERLAY}',
                    )
                if target in targets:
                    self.block(
                        f"schema {name!r}",
                        f"would be called {target!r}, like upstream schema {targets[target]!r}",
                        f'give one of them another name in "schema_renames" in {OVERLAY}',
                    )
                targets[target] = name
        return renames

    # ----------------------------------------------------------------- operations

    def operation(self, name: str, op: Json, schemas: Json) -> Json:
        doc = self.docs.get(name)
        if doc is None:
            self.block(
                f"operation {name!r}",
                "has no doc line of ours",
                f'add "{name}": "<one line saying what it does>." to {DOCS}',
            )
            doc = name.replace("_", " ").capitalize() + "."
        out: Json = {
            "operationId": name,
            "description": doc,
            "tags": [tag_module(str(tag)) for tag in op.get("tags", [])][:1] or ["default"],
        }
        if "parameters" in op:
            out["parameters"] = [
                {**p, "schema": mark_binary(loosen_free_form(p["schema"]))} if "schema" in p else p
                for p in op["parameters"]
            ]
        if "requestBody" in op:
            out["requestBody"] = op["requestBody"]
        # A document that declares security schemes marks each secured operation; then one without
        # `security` is public (sign-up, bootstrap). An older document declares none: only health is public.
        if name.startswith("health") or op.get("security") == [] or (self.declares_security and "security" not in op):
            out["security"] = []
        out["responses"] = self.responses(name, op, schemas)
        return out

    def responses(self, name: str, op: Json, schemas: Json) -> Json:
        typed: Json = self.overlay.get("responses", {}).get(name, {})
        hoist: str | None = self.overlay.get("hoist", {}).get(name)
        out: Json = {}
        for status, response in op.get("responses", {}).items():
            content: Json = dict(response.get("content", {}))
            if status.startswith("2"):
                if status in typed:
                    content = copy.deepcopy(typed[status])
                else:
                    content = self.answer(name, status, content, schemas, hoist)
            entry: Json = {"description": STATUS_TEXT.get(status, "See status code.")}
            if content:
                entry["content"] = {
                    media: (body if "schema" in body else {"schema": body}) for media, body in content.items()
                }
            out[status] = entry
        return out

    def answer(self, name: str, status: str, content: Json, schemas: Json, hoist: str | None) -> Json:
        """Type one 2xx answer by the rules, or report why it can't be."""
        binary = {media: body for media, body in content.items() if media.startswith(BINARY_MEDIA_PREFIXES)}
        if binary:  # FastAPI adds a placeholder JSON entry beside the real binary types
            return {media: {"schema": {"type": "string", "format": "binary"}} for media in binary}
        schema = content.get("application/json", {}).get("schema")
        if schema is None:
            return content
        where = f"operation {name!r}, {status} answer"
        fix_type = (
            f'type it in "responses" of {OVERLAY}: "{name}": {{"{status}": {{"application/json": '
            f'{{"schema": {{"$ref": "{REF_PREFIX}<Schema>"}}}}}}}} with the schema in "schemas" '
            "(or another media type, such as application/octet-stream for bytes or text/csv for text)"
        )
        if schema == {}:
            self.block(where, "is untyped JSON (or bytes the upstream declares as JSON)", fix_type)
            return content
        if "$ref" in schema or schema.get("type") in ("string", "integer", "number", "boolean"):
            return content
        if schema.get("type") == "array":
            items = schema.get("items", {})
            if "$ref" in items or items.get("type") in ("string", "integer", "number", "boolean"):
                return content
            self.block(where, "is a list of untyped or inline objects", fix_type)
            return content
        if is_free_form(schema) and hoist is None:
            self.block(where, "is a free-form JSON object", f'{fix_type}; or name it in "hoist" to keep it a map')
            return content
        target = hoist or pascal(name) + "Response"
        if target in schemas:
            self.block(
                where,
                f"would be named {target!r}, which is taken",
                f'name it in "hoist" of {OVERLAY}: "{name}": "<Name>"',
            )
            return content
        schemas[target] = schema
        return {"application/json": {"schema": {"$ref": REF_PREFIX + target}}}


def derive(
    upstream: Json,
    overlay: Json,
    docs: dict[str, str],
    *,
    older: Collection[tuple[str, Json]] = (),
    strict: bool = True,
) -> Derived:
    """Build our spec from ``upstream``.

    Args:
        upstream: the gateway's document (never modified).
        overlay: ``spec/overlay.json``.
        docs: ``spec/operations.json``, our doc line per operation.
        older: ``(gateway commit, document)`` of every older supported gateway; a
            field of an answer is required only where all of them require it too.
        strict: report overlay entries about schemas and operations the upstream
            lacks. Off when deriving an older document (for a mock of that gateway).
    """
    declares = bool(upstream.get("components", {}).get("securitySchemes"))
    run = _Run(overlay, docs, strict=strict, declares_security=declares)
    src = strip_defaults(strip_prose(copy.deepcopy(upstream)))
    renames = run.schema_renames(upstream)
    src = rewrite_refs(src, renames)
    schemas: Json = {renames.get(name, name): s for name, s in src.get("components", {}).get("schemas", {}).items()}

    overlay_schemas: Json = overlay.get("schemas", {})
    for name in sorted(set(overlay_schemas) & set(schemas)):
        run.block(
            f"schema {name!r}",
            "exists upstream and in our overlay",
            f'rename the upstream one: add "{name}": "<Name>" to "schema_renames" in {OVERLAY}',
        )
    for name, schema in overlay_schemas.items():
        if not CLEAN_NAME.match(name):
            run.block(f"overlay schema {name!r}", "is not a clean class name", f"rename it in {OVERLAY}")
        schemas.setdefault(name, copy.deepcopy(schema))

    seen: dict[str, str] = {}
    paths: Json = {}
    for path, method, op in iter_operations(src):
        name = short_operation_id(str(op.get("operationId", "")), path, method)
        endpoint = f"{method.upper()} {path}"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            run.block(f"operation {endpoint}", f"has no usable operationId ({name!r})", "fix it upstream")
            continue
        if name in seen:
            run.block(f"operation {endpoint}", f"has the short name {name!r} of {seen[name]}", "fix it upstream")
            continue
        seen[name] = endpoint
        paths.setdefault(path, {})[method] = run.operation(name, op, schemas)

    if strict:
        for section, entries in (("responses", overlay.get("responses", {})), ("hoist", overlay.get("hoist", {}))):
            for name in sorted(set(entries) - set(seen)):
                run.block(
                    f"overlay {section} {name!r}",
                    "names an operation the upstream lacks",
                    f'remove it from "{section}" in {OVERLAY}',
                )
        for name in sorted(set(docs) - set(seen)):
            run.block(f"doc line {name!r}", "names an operation the upstream lacks", f"remove it from {DOCS}")

    api_root, disagreeing = api_root_of(paths)
    if disagreeing:
        run.block(
            "paths",
            f"have more than one API root: {[api_root, *disagreeing]}",
            "the SDK takes one root from the spec; ask upstream which one is current",
        )

    answers = [
        op["responses"][s]
        for item in paths.values()
        for op in item.values()
        for s in op["responses"]
        if s.startswith("2")
    ]
    relaxed = relax_for_older(schemas, reachable(answers, schemas), older, run)
    for name, fields in overlay.get("relax_required", {}).items():
        relax_required(schemas, name, fields, run)
    for name, fields in overlay.get("constraints", {}).items():
        add_constraints(schemas, name, fields, run)

    for name in sorted(schemas):
        schemas[name] = mark_binary(loosen_free_form(schemas[name]))
    for item in paths.values():
        for op in item.values():
            annotate_arguments(op, schemas, run)

    info = src.get("info", {})
    spec = {
        "openapi": src.get("openapi", "3.1.0"),
        "info": {
            "title": "otari-gateway",
            "version": str(info.get("version", "0.0.0")),
            "description": "The otari gateway API, derived by tools/spec for the otari Python SDK.",
            "x-otari-api-root": api_root,
        },
        "security": [{"OtariKey": []}, {"PlatformToken": []}],
        "paths": paths,
        "components": {"schemas": dict(sorted(schemas.items())), "securitySchemes": SECURITY_SCHEMES},
    }
    return Derived(spec, api_root, relaxed, run.blockers)


# --------------------------------------------------------------------------- the supported range


def relax_for_older(
    schemas: Json, answer_schemas: set[str], older: Collection[tuple[str, Json]], run: _Run
) -> dict[str, list[str]]:
    """A field of an answer stays required only where every older supported gateway requires it too.

    Returns ``{schema: [fields made optional]}`` for the record.
    """
    relaxed: dict[str, list[str]] = {}
    for _, document in older:
        renames = run.schema_renames(document, report=False)
        theirs = {renames.get(n, n): s for n, s in document.get("components", {}).get("schemas", {}).items()}
        for name in sorted(answer_schemas):
            mine, old = schemas.get(name), theirs.get(name)
            if not isinstance(mine, dict) or not isinstance(old, dict) or "required" not in mine:
                continue
            keep = set(old.get("required", []))
            dropped = [field for field in mine["required"] if field not in keep]
            if dropped:
                mine["required"] = [field for field in mine["required"] if field in keep]
                relaxed.setdefault(name, [])
                relaxed[name] = sorted({*relaxed[name], *dropped})
    return dict(sorted(relaxed.items()))


def relax_required(schemas: Json, name: str, fields: Json, run: _Run) -> None:
    """Make answer fields optional that real gateways are known to leave out (each with its reason)."""
    schema = schemas.get(name)
    if schema is None:
        if run.strict:
            run.block(
                f"overlay relax_required {name!r}",
                "names a schema the upstream lacks",
                f'remove it from "relax_required" in {OVERLAY}',
            )
        return
    required = schema.get("required", [])
    for field in fields:
        if field not in required and run.strict and field not in schema.get("properties", {}):
            run.block(
                f"overlay relax_required {name}.{field}",
                "names a field the schema lacks",
                f'remove it from "relax_required" in {OVERLAY}',
            )
    schema["required"] = [field for field in required if field not in fields]
    if not schema["required"]:
        del schema["required"]


def add_constraints(schemas: Json, name: str, fields: Json, run: _Run) -> None:
    """Bounds the API has but the upstream does not declare (each with its reason, under ``why``)."""
    properties = schemas.get(name, {}).get("properties", {})
    for field, keywords in fields.items():
        if field not in properties:
            if run.strict:
                run.block(
                    f"overlay constraints {name}.{field}",
                    "names a field the upstream lacks",
                    f'remove it from "constraints" in {OVERLAY}',
                )
            continue
        properties[field] = {**properties[field], **{k: v for k, v in keywords.items() if k != "why"}}


# --------------------------------------------------------------------------- arguments


def annotate_arguments(op: Json, schemas: Json, run: _Run) -> None:
    """Mark what the generator turns into typed keyword arguments (TypedDicts) and pre-send checks.

    * a JSON or form request body schema gets ``x-otari-params``: the TypedDict's
      name, the fields the shell sets itself (``stream`` of streaming calls), and
      the checks of each field;
    * the query parameters of an operation become a schema of their own,
      ``<Operation>Query``, marked the same way.
    """
    name = op["operationId"]
    streams = any(
        EVENT_STREAM in response.get("content", {})
        for status, response in op["responses"].items()
        if status.startswith("2")
    )
    for media, body in op.get("requestBody", {}).get("content", {}).items():
        target = str(body.get("schema", {}).get("$ref", "")).rsplit("/", 1)[-1]
        schema = schemas.get(target)
        if schema is None or "properties" not in schema or "x-otari-params" in schema:
            continue
        schema["x-otari-params"] = {
            "name": target + "Params",
            "omit": ["stream"] if streams and "stream" in schema["properties"] else [],
            "checks": _checks(schema, schemas),
            "form": media == "multipart/form-data",
        }
    query = [p for p in op.get("parameters", []) if p.get("in") == "query"]
    if not query:
        return
    target = pascal(name) + "Query"
    if target in schemas:
        run.block(
            f"operation {name!r}",
            f"needs a schema {target!r} for its query parameters, which is taken",
            f'rename the upstream schema {target!r} in "schema_renames" of {OVERLAY}',
        )
        return
    schema = {
        "type": "object",
        "properties": {p["name"]: p.get("schema", {}) for p in query},
    }
    required = [p["name"] for p in query if p.get("required")]
    if required:
        schema["required"] = required
    schema["x-otari-params"] = {"name": target, "omit": [], "checks": _checks(schema, schemas), "form": False}
    schemas[target] = schema


def _checks(schema: Json, schemas: Json) -> Json:
    checks = {field: argument_check(sub, schemas) for field, sub in schema.get("properties", {}).items()}
    return {field: check for field, check in checks.items() if check}


def untyped_json_responses(spec: Json) -> list[str]:
    """Operations whose 2xx JSON body has no schema (would generate ``Any``)."""
    found = []
    for path, method, op in iter_operations(spec):
        for status, response in op.get("responses", {}).items():
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if status.startswith("2") and schema is not None and not schema:
                found.append(f"{method.upper()} {path} ({op['operationId']})")
    return found


__all__ = ["NOT_AN_OBJECT", "Blocker", "Derived", "api_root_of", "derive", "tag_module", "untyped_json_responses"]
