"""Derive ``spec/openapi.json`` from the gateway's published OpenAPI document.

The upstream documents are input data we never commit. This tool reads the
newest one (and the older supported ones, see :mod:`tools.spec.source`) and
writes the spec the generator consumes, deterministically: the same input
gives byte-identical output. What it does:

1. drops the upstream prose and schema defaults (the SDK sends only what the
   caller set) and adds our own one-line description of each operation
   (``spec/operations.json``);
2. gives operations short names (``chat_completions``, ``create_key``),
   schemas clean names (explicit renames in the overlay, then the rule for
   FastAPI's ``Body_<operation>`` form schemas), and tags valid module names;
3. types every answer: the overlay's types for what the upstream leaves
   untyped, bytes for binary media, named schemas for inline objects;
4. keeps a field of an answer required only where every supported gateway
   requires it (the older documents of ``spec/source.json``);
5. marks request bodies and query-parameter sets for the generator, which
   turns them into ``TypedDict``\\ s with pre-send checks;
6. declares both auth schemes and records the API root (``/v1``) and the
   provenance (``spec/provenance.json``).

Whatever the rules cannot decide is a *blocker*; a run reports them all, each
with what to add and where, and writes nothing.

Usage: ``python -m tools.spec [--upstream PATH_OR_URL] [--gateway-commit SHA --gateway-date DATE] [--out DIR]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .derive import Blocker, Derived, api_root_of, derive, tag_module, untyped_json_responses
from .schema import Json, iter_operations, short_operation_id
from .source import (
    ROOT,
    SOURCE,
    ProvenanceError,
    Source,
    Upstream,
    load_older,
    load_source,
    parse_document,
    read_document,
    resolve,
    sha256,
)

SPEC_DIR = ROOT / "spec"
OVERLAY = SPEC_DIR / "overlay.json"
DOCS = SPEC_DIR / "operations.json"


class SpecError(Exception):
    """The upstream document cannot become our spec; ``blockers`` says why, all at once."""

    def __init__(self, blockers: list[Blocker]) -> None:
        self.blockers = blockers
        super().__init__(f"{len(blockers)} blocker(s):\n" + "\n".join(f"  {b}" for b in blockers))


def dump(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def read_json(path: Path) -> Json:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ProvenanceError(f"{path}: expected a JSON object")
    return data


def derive_older(document: Json) -> Json:
    """Our spec for an *older* supported gateway, for a mock of it: overlay entries it lacks are skipped."""
    derived = derive(document, read_json(OVERLAY), read_json(DOCS), strict=False)
    return derived.spec


def build(
    upstream: str, *, commit: str | None = None, date: str | None = None, source: Source | None = None
) -> tuple[Json, Json, Source]:
    """Derive our spec from ``upstream``: returns the spec, the provenance and the updated source record.

    Raises:
        ProvenanceError: the record and the document disagree, or a document is missing or unreadable.
        SpecError: the upstream has blockers (all of them are in the error).
    """
    source = source or load_source()
    raw = read_document(upstream)
    document = parse_document(raw, upstream)
    this, record = resolve(source, upstream, sha256(raw), commit, date)
    older = load_older(record)
    derived: Derived = derive(
        document,
        read_json(OVERLAY),
        read_json(DOCS),
        older=[(u.gateway_commit, doc) for u, doc in older],
    )
    spec = derived.spec
    blockers = list(derived.blockers)
    reported = {b.where.split("'")[1] for b in blockers if b.where.startswith("operation '")}
    for line in untyped_json_responses(spec):
        if line.split(" (")[-1].rstrip(")") not in reported:
            blockers.append(Blocker(line, "is untyped", "type it in spec/overlay.json"))
    if blockers:
        raise SpecError(blockers)
    info = document.get("info", {})
    provenance = {
        "upstream_title": info.get("title"),
        "upstream_version": info.get("version"),
        "gateway_commit": this.gateway_commit,
        "gateway_date": this.gateway_date,
        "upstream_sha256": this.sha256,
        "operations": sum(1 for _ in iter_operations(spec)),
        "api_root": derived.api_root,
        "older_gateways": [{"gateway_commit": u.gateway_commit, "gateway_date": u.gateway_date} for u in record.older],
        "optional_for_older_gateways": derived.relaxed,
    }
    # The version stamp the generated package carries: upstream version + gateway commit.
    spec["info"]["version"] = f"{info.get('version', '0.0.0')}+{this.gateway_commit}"
    return spec, provenance, record


def write(out: Path, spec: Json, provenance: Json, record: Source) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "openapi.json").write_text(dump(spec), encoding="utf-8")
    (out / "provenance.json").write_text(dump(provenance), encoding="utf-8")
    (out / "source.json").write_text(record.dump(), encoding="utf-8")


def report(exc: BaseException) -> None:
    if isinstance(exc, SpecError):
        print(f"spec: the upstream has {len(exc.blockers)} blocker(s); nothing was written:", file=sys.stderr)
        for number, blocker in enumerate(exc.blockers, start=1):
            print(f"  {number}. {blocker}", file=sys.stderr)
    else:
        print(f"spec: {exc}", file=sys.stderr)


def parser(prog: str = "python -m tools.spec") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--upstream", help="path or URL of the gateway's OpenAPI document (default: the recorded newest)")
    p.add_argument("--gateway-commit", help="gateway commit the document is from (needed for a new document)")
    p.add_argument("--gateway-date", help="date of that commit, YYYY-MM-DD")
    p.add_argument("--out", type=Path, default=SPEC_DIR, help="folder for openapi.json, provenance.json, source.json")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        source = load_source()
        spec, provenance, record = build(
            args.upstream or source.newest.upstream, commit=args.gateway_commit, date=args.gateway_date, source=source
        )
    except SpecError as exc:
        report(exc)
        return 1
    except (OSError, ProvenanceError) as exc:
        report(exc)
        return 2
    write(args.out, spec, provenance, record)
    print(
        f"spec: wrote {args.out / 'openapi.json'} ({provenance['operations']} operations, "
        f"version {spec['info']['version']}, API root {provenance['api_root'] or '/'})"
    )
    return 0


__all__ = [
    "DOCS",
    "OVERLAY",
    "SOURCE",
    "SPEC_DIR",
    "Blocker",
    "Json",
    "ProvenanceError",
    "Source",
    "SpecError",
    "Upstream",
    "api_root_of",
    "build",
    "derive",
    "derive_older",
    "dump",
    "iter_operations",
    "load_source",
    "main",
    "parse_document",
    "read_document",
    "short_operation_id",
    "tag_module",
    "untyped_json_responses",
]
