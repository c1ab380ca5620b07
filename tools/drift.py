"""Endpoint drift gate: the manifest, the SDK, our spec and the gateway's documents, checked against each other.

``python -m tools.drift`` runs two checks.

1. **The manifest.** ``sdk-endpoints.txt`` lists every operation of the gateway
   once, under ``[covered]`` (a public method of ``otari`` calls it),
   ``[pending]`` (not wrapped yet) or ``[excluded]`` (with the reason after
   `` -- ``). The check fails, with a readable list, when an operation of the
   spec is in no section, a listed endpoint is not in the spec, an endpoint is
   listed twice or excluded without a reason, or ``[covered]`` and the SDK
   disagree. The methods are read from ``otari._registry``, the map the client
   methods themselves use to build requests, so "covered" cannot drift from
   the code.

2. **The gateway's documents.** ``spec/openapi.json`` is compared with every
   ``*.json`` in ``../shared/spec`` (or the documents given). Each document is
   first derived into our shape (:mod:`tools.spec`: our names, the overlay's
   types), then the two *surfaces* are diffed: operations (matched by method
   and path with the names of the path parameters left out, so a renamed path
   parameter is a rename), parameters, request body and 2xx answer properties
   (``$ref`` resolved one level into the component schemas, ``anyOf: [X,
   null]`` read as X) and media types. A document is judged by its sha256 in
   ``spec/source.json``:

   * the recorded newest must have exactly our spec's surface; any difference
     is drift (the overlay was edited and spec/ not regenerated);
   * a recorded older gateway is the supported range: what it lacks is
     printed for information;
   * a document that is not recorded (a newer gateway) is drift: the full
     report, with the ``nox -s upgrade`` command that follows it.

Usage: ``python -m tools.drift [--spec PATH] [--manifest PATH] [--upstream-dir DIR] [--upstream FILE]...``.
Without arguments both checks run, on ``spec/openapi.json`` and ``../shared/spec``.
``--spec`` alone runs the manifest check only (that is how ``tools.upgrade``
checks the spec it has just written); ``--upstream`` (repeatable) and
``--upstream-dir`` choose the documents of the second check.

Exit codes: 0 in sync (an older gateway's differences are information), 1 drift,
2 unreadable or invalid input.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.spec import DOCS, OVERLAY, Json, ProvenanceError, Source, Upstream, derive, derive_older, read_json
from tools.spec.source import SOURCE, display_path, load_older, load_source, sha256

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "spec" / "openapi.json"
DEFAULT_MANIFEST = ROOT / "sdk-endpoints.txt"
DEFAULT_UPSTREAM_DIR = ROOT.parent / "shared" / "spec"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SECTIONS = ("covered", "pending", "excluded")
REASON_SEPARATOR = " -- "
PATH_PARAMETER = re.compile(r"\{([^{}]*)\}")
REF_PREFIX = "#/components/schemas/"
UPGRADE = "nox -s upgrade -- --upstream {file} --gateway-commit SHA --gateway-date DATE"
REGENERATE = "nox -s spec && nox -s generate"

Endpoint = tuple[str, str]  # (METHOD, /path)
Fields = dict[str, bool]  # parameter or property -> required


class InputError(Exception):
    """An input the gate cannot read; the message is one line."""


# --------------------------------------------------------------------------- the manifest


@dataclass
class Manifest:
    covered: dict[Endpoint, int] = field(default_factory=dict)
    pending: dict[Endpoint, str] = field(default_factory=dict)
    excluded: dict[Endpoint, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def listed(self) -> set[Endpoint]:
        return set(self.covered) | set(self.pending) | set(self.excluded)


def parse_manifest(text: str) -> Manifest:
    """Read the manifest; format errors are collected in ``problems``."""
    manifest = Manifest()
    section: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in SECTIONS:
                manifest.problems.append(f"line {number}: unknown section [{section}]")
            continue
        entry, _, reason = line.partition(REASON_SEPARATOR)
        parts = entry.split()
        if len(parts) != 2 or parts[0].lower() not in HTTP_METHODS or not parts[1].startswith("/"):
            manifest.problems.append(f"line {number}: expected 'METHOD /path', got {raw!r}")
            continue
        endpoint = (parts[0].upper(), parts[1])
        if endpoint in manifest.listed():
            manifest.problems.append(f"line {number}: {format_endpoint(endpoint)} is listed twice")
            continue
        if section == "covered":
            manifest.covered[endpoint] = number
        elif section == "pending":
            manifest.pending[endpoint] = reason.strip()
        elif section == "excluded":
            if not reason.strip():
                separator = REASON_SEPARATOR.strip()
                manifest.problems.append(
                    f"line {number}: excluded {format_endpoint(endpoint)} needs a reason after '{separator}'"
                )
            manifest.excluded[endpoint] = reason.strip()
        else:
            manifest.problems.append(f"line {number}: {format_endpoint(endpoint)} is outside any section")
    return manifest


def spec_endpoints(spec: dict[str, Any]) -> dict[Endpoint, str]:
    """Every operation of an OpenAPI document, mapped to its operationId."""
    found: dict[Endpoint, str] = {}
    for path, method, operation in operations(spec):
        found[(method.upper(), path)] = str(operation.get("operationId", ""))
    return found


def sdk_methods() -> dict[Endpoint, list[str]]:
    """Public methods of ``otari`` by the endpoint they call (from the table in ``otari._surface``)."""
    from otari import _registry

    by_endpoint: dict[Endpoint, list[str]] = {}
    for method, endpoint in sorted(_registry.endpoint_map().items()):
        by_endpoint.setdefault(endpoint, []).append(method)
    return by_endpoint


def format_endpoint(endpoint: Endpoint) -> str:
    return f"{endpoint[0]} {endpoint[1]}"


def check(spec: dict[str, Any], manifest: Manifest, methods: dict[Endpoint, list[str]]) -> list[str]:
    """Return every disagreement, one readable line each; empty means in sync."""
    problems = list(manifest.problems)
    operations = spec_endpoints(spec)
    listed = manifest.listed()

    def block(title: str, endpoints: Iterable[Endpoint], detail: dict[Endpoint, str] | None = None) -> None:
        items = sorted(endpoints, key=lambda e: (e[1], e[0]))
        if items:
            problems.append(title)
            for endpoint in items:
                extra = f"  ({detail[endpoint]})" if detail and detail.get(endpoint) else ""
                problems.append(f"  {format_endpoint(endpoint)}{extra}")

    block("In the spec but in none of [covered], [pending], [excluded]:", set(operations) - listed, operations)
    block("Listed in sdk-endpoints.txt but not in the spec:", listed - set(operations))
    block("[covered] but no public otari method calls it:", set(manifest.covered) - set(methods))
    uncovered_calls = {e: ", ".join(m) for e, m in methods.items() if e not in manifest.covered}
    block("Called by a public otari method but not [covered]:", set(uncovered_calls), uncovered_calls)
    return problems


# --------------------------------------------------------------------------- surfaces


def _dict(value: Any) -> Json:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def operations(spec: Json) -> Iterable[tuple[str, str, Json]]:
    """``(path, method, operation)`` of every operation, tolerating malformed entries."""
    for path, item in _dict(spec.get("paths")).items():
        for method in HTTP_METHODS:
            if isinstance(_dict(item).get(method), dict):
                yield str(path), method, item[method]


@dataclass(frozen=True)
class Surface:
    """What a caller of one operation depends on."""

    method: str
    path: str
    operation_id: str
    parameters: Fields  # "limit (query)" -> required; path parameters are the ``{}`` of the path
    body_required: bool
    request_media: tuple[str, ...]
    request: Fields  # properties of the request body, over every media type
    response_media: dict[str, tuple[str, ...]]  # 2xx status -> media types
    response: Fields  # properties of the 2xx answers, over every status and media type

    @property
    def endpoint(self) -> Endpoint:
        return (self.method, self.path)

    @property
    def path_parameters(self) -> list[str]:
        return PATH_PARAMETER.findall(self.path)

    def label(self) -> str:
        return f"{self.method} {self.path} ({self.operation_id})"


def match_key(method: str, path: str) -> Endpoint:
    """How operations are paired: the method and the path with ``{}`` for every path parameter."""
    return (method.upper(), PATH_PARAMETER.sub("{}", path))


def unwrap(schema: Any) -> Json:
    """``anyOf``/``oneOf`` ``[X, {type: null}]`` as X, a one-item ``allOf`` as its item."""
    found = _dict(schema)
    for keyword in ("anyOf", "oneOf"):
        options = [option for option in _list(found.get(keyword)) if option != {"type": "null"}]
        if keyword in found and len(options) == 1:
            return _dict(options[0])
    parts = _list(found.get("allOf"))
    return _dict(parts[0]) if len(parts) == 1 else found


def resolve(schema: Any, schemas: Json) -> Json:
    """A schema with a ``$ref`` to a component schema resolved (one level)."""
    found = unwrap(schema)
    ref = found.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF_PREFIX):
        return unwrap(schemas.get(ref.removeprefix(REF_PREFIX)))
    return found


def properties(media: Iterable[Any], schemas: Json) -> Fields:
    """The properties (name -> required) of the schemas of some media type entries."""
    found: Fields = {}
    for entry in media:
        schema = resolve(_dict(entry).get("schema"), schemas)
        required = set(_list(schema.get("required")))
        for name in _dict(schema.get("properties")):
            found[name] = found.get(name, False) or name in required
    return found


def operation_surface(path: str, method: str, operation: Json, schemas: Json) -> Surface:
    parameters = [_dict(p) for p in _list(operation.get("parameters"))]
    body = _dict(operation.get("requestBody"))
    request = _dict(body.get("content"))
    answers = {
        str(status): _dict(_dict(response).get("content"))
        for status, response in _dict(operation.get("responses")).items()
        if str(status).startswith("2")
    }
    return Surface(
        method=method.upper(),
        path=path,
        operation_id=str(operation.get("operationId", "")),
        parameters={
            f"{p.get('name')} ({p.get('in')})": bool(p.get("required")) for p in parameters if p.get("in") != "path"
        },
        body_required=bool(body.get("required")),
        request_media=tuple(sorted(request)),
        request=properties(request.values(), schemas),
        response_media={status: tuple(sorted(content)) for status, content in sorted(answers.items())},
        response=properties([entry for content in answers.values() for entry in content.values()], schemas),
    )


def surfaces(spec: Json) -> dict[Endpoint, Surface]:
    """Every operation's surface, by :func:`match_key`."""
    schemas = _dict(_dict(spec.get("components")).get("schemas"))
    return {
        match_key(method, path): operation_surface(path, method, operation, schemas)
        for path, method, operation in operations(spec)
    }


# --------------------------------------------------------------------------- the diff


@dataclass
class Diff:
    """From one spec to another: operations only the other has, only the first has, and changed ones."""

    added: list[Surface]
    removed: list[Surface]
    changed: list[tuple[Surface, list[str]]]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _order(surface: Surface) -> tuple[str, str]:
    return (surface.path, surface.method)


def compare(ours: Json, theirs: Json) -> Diff:
    """What changes from the surface of ``ours`` to that of ``theirs`` (both in our derived shape)."""
    mine, other = surfaces(ours), surfaces(theirs)
    changed = [(mine[key], lines) for key in mine.keys() & other.keys() if (lines := changes(mine[key], other[key]))]
    return Diff(
        added=sorted((other[key] for key in other.keys() - mine.keys()), key=_order),
        removed=sorted((mine[key] for key in mine.keys() - other.keys()), key=_order),
        changed=sorted(changed, key=lambda item: _order(item[0])),
    )


def changes(before: Surface, after: Surface) -> list[str]:
    """One line per difference between two surfaces of the same operation."""
    lines = [
        f"path parameter renamed: {old} -> {new}"
        for old, new in zip(before.path_parameters, after.path_parameters, strict=True)
        if old != new
    ]
    if before.operation_id != after.operation_id:
        lines.append(f"operationId changed: {before.operation_id} -> {after.operation_id}")
    lines += field_changes("parameter", before.parameters, after.parameters)
    if before.body_required != after.body_required:
        lines.append("request body now required" if after.body_required else "request body no longer required")
    lines += media_changes("request", before.request_media, after.request_media)
    lines += field_changes("request property", before.request, after.request)
    for status in sorted(before.response_media.keys() | after.response_media.keys()):
        old, new = before.response_media.get(status, ()), after.response_media.get(status, ())
        lines += media_changes(f"response {status}", old, new)
    lines += field_changes("response property", before.response, after.response)
    return lines


def field_changes(kind: str, before: Fields, after: Fields) -> list[str]:
    lines = []
    for name in sorted(before.keys() | after.keys()):
        if name not in after:
            lines.append(f"{kind} removed: {name}")
        elif name not in before:
            lines.append(f"{kind} added: {name}" + (" (required)" if after[name] else ""))
        elif after[name] != before[name]:
            lines.append(f"{kind} {'now' if after[name] else 'no longer'} required: {name}")
    return lines


def media_changes(kind: str, before: tuple[str, ...], after: tuple[str, ...]) -> list[str]:
    if before == after:
        return []
    return [f"{kind} media types changed: {', '.join(before) or '(none)'} -> {', '.join(after) or '(none)'}"]


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def format_diff(diff: Diff, subject: str, against: str, methods: dict[Endpoint, list[str]]) -> list[str]:
    """The diff as text: a block per kind of difference, with its count; one operation per line or sub-block."""
    if not diff:
        return [f"{subject} has the surface of {against}"]
    lines: list[str] = []
    if diff.removed:
        lines.append(f"{subject} lacks {plural(len(diff.removed), 'operation')}:")
        for surface in diff.removed:
            callers = methods.get(surface.endpoint)
            lines.append(f"  {surface.label()}" + (f" -- called by {', '.join(callers)}" if callers else ""))
    if diff.added:
        lines.append(f"{subject} has {plural(len(diff.added), 'operation')} that {against} lacks:")
        lines += [f"  {surface.label()}" for surface in diff.added]
    if diff.changed:
        lines.append(f"{subject} differs in {plural(len(diff.changed), 'operation')}:")
        for surface, found in diff.changed:
            lines.append(f"  {surface.label()}, {plural(len(found), 'change')}:")
            lines += [f"    {line}" for line in found]
    return lines


# --------------------------------------------------------------------------- judging a gateway document


@dataclass(frozen=True)
class Verdict:
    code: int  # 0 in sync or information, 1 drift
    lines: list[str]


def load_document(path: Path) -> tuple[bytes, Json]:
    """The bytes and the JSON of an OpenAPI document; :class:`InputError` when it is not one."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise InputError(f"{path} is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path} is not an OpenAPI document: its top level is a JSON {type(data).__name__}")
    if not isinstance(data.get("paths"), dict):
        raise InputError(f"{path} is not an OpenAPI document: it has no 'paths' object")
    return raw, data


def gateway(record: Upstream) -> str:
    return f"gateway {record.gateway_commit} ({record.gateway_date})"


def derived(document: Json, older: Iterable[tuple[Upstream, Json]] | None, where: str) -> Json:
    """``document`` in our shape; with ``older``, as tools.spec derives it (answers relaxed for those gateways)."""
    try:
        if older is None:
            return derive_older(document)
        relax = [(record.gateway_commit, doc) for record, doc in older]
        return derive(document, read_json(OVERLAY), read_json(DOCS), older=relax, strict=False).spec
    except (OSError, ProvenanceError):
        raise
    except Exception as exc:  # a document malformed in a way derive does not expect
        raise InputError(f"cannot derive {where}: {type(exc).__name__}: {exc}") from None


def judge(path: Path, ours: Json, against: str, source: Source, methods: dict[Endpoint, list[str]]) -> Verdict:
    """Compare one gateway document with our spec and judge the result by the document's record."""
    raw, document = load_document(path)
    where, digest = display_path(str(path)), sha256(raw)
    if digest == source.newest.sha256:
        subject = gateway(source.newest)
        diff = compare(ours, derived(document, load_older(source), where))
        if not diff:
            return Verdict(0, [f"drift: {where} is {subject}, the recorded newest; {against} has its surface"])
        return Verdict(
            1,
            [
                f"drift: {where} is {subject}, the recorded newest, but {against} is not derived from it:",
                *format_diff(diff, subject, against, methods),
                f"drift: regenerate ({REGENERATE}); was spec/overlay.json or spec/operations.json edited without it?",
            ],
        )
    record = next((u for u in source.older if u.sha256 == digest), None)
    if record is not None:
        subject = gateway(record)
        diff = compare(ours, derived(document, None, where))
        head = f"drift: {where} is {subject}, a recorded older gateway (supported; for information):"
        return Verdict(0, [head, *format_diff(diff, subject, against, methods)])
    recorded = load_older(Source(newest=source.newest, older=(source.newest, *source.older)))
    diff = compare(ours, derived(document, recorded, where))
    return Verdict(
        1,
        [
            f"drift: {where} (sha256 {digest[:12]}…) is not in spec/source.json: a gateway the SDK does not follow:",
            *format_diff(diff, path.name, against, methods),
            f"drift: to follow it: {UPGRADE.format(file=where)}",
        ],
    )


# --------------------------------------------------------------------------- the command


def upstream_documents(args: argparse.Namespace) -> list[Path]:
    """The documents of the second check: the ones given, else (without ``--spec``) the default folder's."""
    files: list[Path] = list(args.upstream)
    folder: Path | None = args.upstream_dir
    if folder is None and not files:
        if args.spec is not None:
            return []
        folder = DEFAULT_UPSTREAM_DIR
    if folder is not None:
        if not folder.is_dir():
            raise InputError(f"{folder} is not a folder of gateway documents")
        found = sorted(folder.glob("*.json"))
        if not found:
            raise InputError(f"{folder} has no *.json gateway documents")
        files += found
    return files


def manifest_check(spec: Json, spec_path: Path, manifest: Manifest, manifest_path: Path) -> int:
    problems = check(spec, manifest, sdk_methods())
    if problems:
        print(f"drift: {manifest_path.name} and {spec_path} disagree:", file=sys.stderr)
        for line in problems:
            print(line, file=sys.stderr)
        return 1
    print(
        f"drift: OK, {len(manifest.listed())} operations ({len(manifest.covered)} covered, "
        f"{len(manifest.pending)} pending, {len(manifest.excluded)} excluded)"
    )
    return 0


def upstream_check(spec: Json, spec_path: Path, documents: list[Path]) -> int:
    if not documents:
        return 0
    try:
        source = load_source(SOURCE)
    except ProvenanceError as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return 2
    methods, against, code = sdk_methods(), display_path(str(spec_path)), 0
    for path in documents:
        try:
            verdict = judge(path, spec, against, source, methods)
        except (InputError, ProvenanceError, OSError) as exc:
            print(f"drift: {exc}", file=sys.stderr)
            code = 2
            continue
        print("\n".join(verdict.lines), file=sys.stderr if verdict.code else sys.stdout)
        code = max(code, verdict.code)
    return code


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tools.drift", description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--spec", type=Path, help=f"our derived spec (default: {DEFAULT_SPEC.relative_to(ROOT)})")
    p.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST, help="the endpoint manifest")
    p.add_argument(
        "--upstream-dir", type=Path, help="compare the spec with every *.json gateway document in DIR", metavar="DIR"
    )
    p.add_argument(
        "--upstream", type=Path, action="append", default=[], help="compare with this gateway document (repeatable)"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    spec_path: Path = args.spec or DEFAULT_SPEC
    try:
        _, spec = load_document(spec_path)
        try:
            manifest = parse_manifest(args.manifest.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read {args.manifest}: {exc}") from None
        documents = upstream_documents(args)
    except InputError as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return 2
    code = manifest_check(spec, spec_path, manifest, args.manifest)
    return max(code, upstream_check(spec, spec_path, documents))


if __name__ == "__main__":
    sys.exit(main())
