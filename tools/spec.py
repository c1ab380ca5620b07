"""Derive ``spec/openapi.json`` from the gateway's published OpenAPI document.

The upstream document is input data we never commit. This tool reads it and
writes the spec the generator consumes, deterministically (the same input gives
byte-identical output). What it does, in order:

1. drops the upstream prose (descriptions, summaries, titles, examples) and adds
   our own one-line descriptions where they help a reader of generated code;
2. gives operations short names (``chat_completions``, ``create_key``) and
   schemas clean names; renames the ``models`` tag so the generated
   ``api/`` package never shadows the generated ``models`` package;
3. marks binary payloads (the transcription upload, the speech response);
4. turns free-form JSON objects into untyped values, so callers pass plain
   dicts and lists instead of wrapper classes;
5. declares the two auth schemes (self-hosted ``Otari-Key`` and platform
   bearer token);
6. merges ``spec/overlay.json``: typed 2xx schemas for the operations the
   upstream leaves untyped, the streaming event schemas, and the few response
   fields released gateways omit although the document requires them;
7. writes ``spec/provenance.json`` (upstream version, gateway commit, sha256).

Usage: ``python -m tools.spec [--upstream PATH_OR_URL] [--out DIR]``.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
DEFAULT_UPSTREAM = ROOT.parent / "shared" / "spec" / "otari-gateway-openapi.json"

Json = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PROSE_KEYS = frozenset({"description", "summary", "title", "example", "examples"})
# Keywords whose value maps *names* (not keywords) to sub-objects.
NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
CLEAN_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")

# Upstream schema names that are not fit for a public class name.
SCHEMA_RENAMES = {
    "Body_create_transcription_v1_audio_transcriptions_post": "TranscriptionRequest",
}

# A tag named ``models`` would generate ``api/models``, shadowing the models package.
TAG_RENAMES = {"models": "model_catalog"}

# Inline object responses get hoisted into named component schemas.
HOISTED_RESPONSES = {
    "health_check": "HealthStatus",
    "health_readiness": "ReadinessStatus",
}

# Content types whose payload is raw bytes.
BINARY_MEDIA_PREFIXES = ("audio/", "application/octet-stream")

STATUS_TEXT = {
    "200": "Success.",
    "201": "Created.",
    "204": "Done; no content.",
    "409": "Conflict: the resource is not in a state that allows this.",
    "422": "The request failed validation.",
    "502": "The upstream provider failed.",
}

# Our own one-line text for every operation, keyed by short name.
OPERATION_DOCS = {
    "health_check": "Report the gateway's overall health.",
    "health_liveness": "Liveness probe: the process is up.",
    "health_readiness": "Readiness probe: the gateway can serve (database or platform reachable).",
    "create_speech": "Turn text into speech audio; the body is the raw audio bytes.",
    "create_transcription": "Transcribe an uploaded audio file to text.",
    "list_batches": "List a provider's batch jobs, newest first.",
    "create_batch": "Submit many requests as one asynchronous batch job.",
    "retrieve_batch": "Fetch the current state of a batch job.",
    "cancel_batch": "Ask the provider to cancel a running batch job.",
    "retrieve_batch_results": "Fetch the per-request results of a finished batch job.",
    "list_budgets": "List budgets, one page at a time.",
    "create_budget": "Create a spending budget that users can be attached to.",
    "delete_budget": "Delete a budget.",
    "get_budget": "Fetch one budget.",
    "update_budget": "Change a budget's limit or reset period.",
    "chat_completions": "Create a chat completion (OpenAI wire format), optionally streamed.",
    "create_embedding": "Embed one text or a batch of texts.",
    "create_image": "Generate images from a text prompt.",
    "list_keys": "List API keys, one page at a time.",
    "create_key": "Create an API key; the secret is only returned here.",
    "delete_key": "Revoke and delete an API key.",
    "get_key": "Fetch one API key's metadata (never its secret).",
    "update_key": "Rename, (de)activate, re-date or re-tag an API key.",
    "create_message": "Create a message (Anthropic wire format), optionally streamed.",
    "list_models": "List the models the gateway can route to.",
    "get_model": "Fetch one model by id.",
    "create_moderation": "Classify text (or images) against moderation categories.",
    "list_pricing": "List per-model prices, one page at a time.",
    "set_pricing": "Set a model's price per million tokens, from a given time on.",
    "delete_pricing": "Delete a model's price entry (or the one effective at a time).",
    "get_pricing": "Fetch the price in force for a model, now or at a given time.",
    "get_pricing_history": "List every price a model has had.",
    "create_rerank": "Order documents by relevance to a query.",
    "create_response": "Create a model response (OpenAI Responses format), optionally streamed.",
    "list_usage": "List usage records, filtered by time range and user.",
    "list_users": "List users, one page at a time.",
    "create_user": "Create a user that keys and usage can be attributed to.",
    "delete_user": "Soft-delete a user and deactivate their keys.",
    "get_user": "Fetch one user.",
    "update_user": "Change a user's alias, budget, block flag or metadata.",
    "get_user_usage": "List one user's usage records, one page at a time.",
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

FREE_FORM_TEXT = "Any JSON object, passed through as a plain dict."
NOT_AN_OBJECT = {"type": ["array", "boolean", "integer", "null", "number", "string"]}


class SpecError(Exception):
    """The upstream document or the overlay cannot be turned into our spec."""


# --------------------------------------------------------------------------- loading


def read_upstream(source: str) -> bytes:
    """Return the raw bytes of the upstream document, from a path or a URL."""
    if re.match(r"^https?://", source):
        with urllib.request.urlopen(source, timeout=30) as response:  # noqa: S310 - explicit user input
            data: bytes = response.read()
            return data
    return Path(source).read_bytes()


# --------------------------------------------------------------------------- helpers


def iter_operations(spec: Json) -> Iterator[tuple[str, str, Json]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
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


def rewrite_refs(node: Any, renames: dict[str, str]) -> Any:
    """Point every ``$ref`` to a renamed schema at its new name."""
    if isinstance(node, list):
        return [rewrite_refs(item, renames) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            name = value.rsplit("/", 1)[-1]
            out[key] = "#/components/schemas/" + renames.get(name, name)
        else:
            out[key] = rewrite_refs(value, renames)
    return out


def is_map_only_object(schema: Json) -> bool:
    """True for an object schema that declares no properties: a JSON map."""
    return (
        schema.get("type") == "object" and "properties" not in schema and "$ref" not in schema and "allOf" not in schema
    )


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
    if isinstance(schema, dict) and is_map_only_object(schema):
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


# --------------------------------------------------------------------------- derivation


def derive(upstream: Json, overlay: Json) -> Json:
    """Build our spec from the upstream document and the overlay."""
    src = strip_prose(copy.deepcopy(upstream))
    schemas: Json = src.get("components", {}).get("schemas", {})

    renames = dict(SCHEMA_RENAMES)
    for name in schemas:
        target = renames.get(name, name)
        if not CLEAN_NAME.match(target):
            raise SpecError(f"schema {name!r} needs a clean name in SCHEMA_RENAMES")
    src = rewrite_refs(src, renames)
    schemas = {renames.get(name, name): schema for name, schema in src["components"]["schemas"].items()}

    overlay_schemas: Json = overlay.get("schemas", {})
    clash = sorted(set(overlay_schemas) & set(schemas))
    if clash:
        raise SpecError(f"overlay schemas clash with upstream names: {clash}")
    schemas.update(copy.deepcopy(overlay_schemas))
    for name in overlay_schemas:
        if not CLEAN_NAME.match(name):
            raise SpecError(f"overlay schema {name!r} is not a clean name")

    overlay_responses: Json = overlay.get("responses", {})
    seen: set[str] = set()
    paths: Json = {}
    for path, method, op in iter_operations(src):
        name = short_operation_id(op["operationId"], path, method)
        if name in seen:
            raise SpecError(f"two operations share the short name {name!r}")
        seen.add(name)
        paths.setdefault(path, {})[method] = derive_operation(name, op, overlay_responses.get(name), schemas)

    unknown = sorted(set(overlay_responses) - seen)
    if unknown:
        raise SpecError(f"overlay types responses of unknown operations: {unknown}")

    for name, fields in overlay.get("relax_required", {}).items():
        relax_required(schemas, name, fields)

    for name in sorted(schemas):
        schemas[name] = mark_binary(loosen_free_form(schemas[name]))

    info = src.get("info", {})
    return {
        "openapi": src.get("openapi", "3.1.0"),
        "info": {
            "title": "otari-gateway",
            "version": info.get("version", "0.0.0"),
            "description": "The otari gateway API, derived by tools/spec.py for the otari Python SDK.",
        },
        "security": [{"OtariKey": []}, {"PlatformToken": []}],
        "paths": paths,
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": SECURITY_SCHEMES,
        },
    }


def relax_required(schemas: Json, name: str, fields: Json) -> None:
    """Make response fields optional that real gateways are known to leave out.

    ``fields`` maps each field to the reason, which is kept in the overlay so
    every relaxation is justified where it is made.
    """
    schema = schemas.get(name)
    if schema is None:
        raise SpecError(f"overlay relaxes unknown schema {name!r}")
    required = schema.get("required", [])
    for field in fields:
        if field not in required:
            raise SpecError(f"overlay relaxes {name}.{field}, which is not required upstream")
    schema["required"] = [field for field in required if field not in fields]


def derive_operation(name: str, op: Json, typed: Json | None, schemas: Json) -> Json:
    """Rename, re-document and type one operation."""
    if name not in OPERATION_DOCS:
        raise SpecError(f"operation {name!r} has no entry in OPERATION_DOCS")
    out: Json = {
        "operationId": name,
        "description": OPERATION_DOCS[name],
        "tags": [TAG_RENAMES.get(tag, tag) for tag in op.get("tags", [])][:1] or ["default"],
    }
    if "parameters" in op:
        out["parameters"] = [mark_binary(loosen_free_form(p)) for p in op["parameters"]]
    if "requestBody" in op:
        out["requestBody"] = op["requestBody"]
    if name.startswith("health"):
        out["security"] = []

    responses: Json = {}
    for status, response in op.get("responses", {}).items():
        response = dict(response)
        content = dict(response.get("content", {}))
        if status.startswith("2") and typed and status in typed:
            content = typed[status]
        elif status.startswith("2"):
            content = type_binary_content(name, content)
            hoisted = HOISTED_RESPONSES.get(name)
            if hoisted:
                schema = content["application/json"]["schema"]
                schemas[hoisted] = schema
                content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{hoisted}"}}}
        entry: Json = {"description": STATUS_TEXT.get(status, "See status code.")}
        if content:
            entry["content"] = {
                media: (body if "schema" in body else {"schema": body}) for media, body in content.items()
            }
        responses[status] = entry
        del response
    out["responses"] = responses
    return out


def type_binary_content(name: str, content: Json) -> Json:
    """For binary responses, drop FastAPI's placeholder JSON entry."""
    binary = {media: body for media, body in content.items() if media.startswith(BINARY_MEDIA_PREFIXES)}
    if not binary:
        return content
    return {media: {"schema": {"type": "string", "format": "binary"}} for media in binary}


# --------------------------------------------------------------------------- checks


def untyped_json_responses(spec: Json) -> list[str]:
    """Operations whose 2xx JSON body has no schema (would generate ``Any``)."""
    found = []
    for path, method, op in iter_operations(spec):
        for status, response in op.get("responses", {}).items():
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if status.startswith("2") and schema is not None and not schema:
                found.append(f"{method.upper()} {path} ({op['operationId']})")
    return found


# --------------------------------------------------------------------------- output


def dump(data: Json) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def build(upstream_source: str, overlay_path: Path, *, commit: str, date: str) -> tuple[Json, Json]:
    raw = read_upstream(upstream_source)
    try:
        upstream = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SpecError(f"upstream document is not JSON: {exc}") from exc
    overlay = json.loads(overlay_path.read_text(encoding="utf-8"))
    spec = derive(upstream, overlay)
    missing = untyped_json_responses(spec)
    if missing:
        raise SpecError("2xx JSON responses still untyped (add them to spec/overlay.json):\n  " + "\n  ".join(missing))
    provenance = {
        "upstream_title": upstream.get("info", {}).get("title"),
        "upstream_version": upstream.get("info", {}).get("version"),
        "gateway_commit": commit,
        "gateway_date": date,
        "upstream_sha256": hashlib.sha256(raw).hexdigest(),
        "operations": sum(1 for _ in iter_operations(spec)),
    }
    # The version stamp the generated package carries: upstream version + gateway commit.
    spec["info"]["version"] = f"{provenance['upstream_version']}+{commit}"
    return spec, provenance


def main(argv: list[str] | None = None) -> int:
    source = json.loads((SPEC_DIR / "source.json").read_text(encoding="utf-8"))
    parser = argparse.ArgumentParser(prog="python -m tools.spec", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--upstream", default=str(DEFAULT_UPSTREAM), help="path or URL of the gateway's OpenAPI document"
    )
    parser.add_argument(
        "--out", type=Path, default=SPEC_DIR, help="directory to write openapi.json and provenance.json"
    )
    parser.add_argument("--overlay", type=Path, default=SPEC_DIR / "overlay.json", help="our overlay of typed schemas")
    parser.add_argument(
        "--gateway-commit", default=source["gateway_commit"], help="gateway commit the document is from"
    )
    parser.add_argument("--gateway-date", default=source["gateway_date"], help="date of that commit")
    args = parser.parse_args(argv)
    try:
        spec, provenance = build(args.upstream, args.overlay, commit=args.gateway_commit, date=args.gateway_date)
    except (OSError, SpecError) as exc:
        print(f"spec: {exc}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "openapi.json").write_text(dump(spec), encoding="utf-8")
    (args.out / "provenance.json").write_text(dump(provenance), encoding="utf-8")
    print(
        f"spec: wrote {args.out / 'openapi.json'} "
        f"({provenance['operations']} operations, version {spec['info']['version']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
