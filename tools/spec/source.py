"""Where the spec comes from: ``spec/source.json``, the record of every supported upstream document.

The record names the newest gateway document (the one we generate from) and
the older ones we still support, each with its gateway commit, date and the
sha256 of the file. Provenance is never silently stale:

* a document whose sha256 is the recorded newest one keeps its recorded commit
  and date (or must be given the same ones);
* a document that is not recorded needs ``--gateway-commit`` and
  ``--gateway-date``; the record is then updated in the same run, and the
  previous newest document joins the older ones;
* every older document must still be on disk with its recorded sha256, since
  the derivation reads it (a field is required in our models only where every
  supported gateway requires it).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.request
from pathlib import Path
from typing import Any

import attrs

from .schema import Json

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "spec" / "source.json"
ABOUT = (
    "The gateway documents the SDK supports, written by tools/spec (nox -s upgrade). "
    "'newest' is what spec/openapi.json and generated/ come from; 'older' are the earlier documents whose "
    "answers must still parse. Paths are relative to the repository root."
)


class ProvenanceError(Exception):
    """The upstream document and the record of where it comes from disagree."""


@attrs.frozen
class Upstream:
    """One gateway document: where it is, which gateway commit it is from, and its sha256."""

    upstream: str
    gateway_commit: str
    gateway_date: str
    sha256: str

    def to_json(self) -> Json:
        return attrs.asdict(self)

    @classmethod
    def from_json(cls, data: Any, where: str) -> Upstream:
        if not isinstance(data, dict) or set(data) != {"upstream", "gateway_commit", "gateway_date", "sha256"}:
            raise ProvenanceError(f"{where}: expected upstream, gateway_commit, gateway_date and sha256")
        return cls(**{key: str(value) for key, value in data.items()})


@attrs.frozen
class Source:
    newest: Upstream
    older: tuple[Upstream, ...] = ()

    def to_json(self) -> Json:
        return {"about": ABOUT, "newest": self.newest.to_json(), "older": [u.to_json() for u in self.older]}

    def dump(self) -> str:
        return json.dumps(self.to_json(), indent=2) + "\n"


def load_source(path: Path = SOURCE) -> Source:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProvenanceError(f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict):
        raise ProvenanceError(f"{path}: expected a JSON object")
    older = data.get("older", [])
    if not isinstance(older, list):
        raise ProvenanceError(f"{path}: 'older' must be a list")
    return Source(
        newest=Upstream.from_json(data.get("newest"), f"{path} newest"),
        older=tuple(Upstream.from_json(item, f"{path} older[{i}]") for i, item in enumerate(older)),
    )


def read_document(source: str) -> bytes:
    """The raw bytes of a document, from a path (relative to the repository root or the cwd) or a URL."""
    if re.match(r"^https?://", source):
        with urllib.request.urlopen(source, timeout=30) as response:  # noqa: S310 - explicit user input
            data: bytes = response.read()
            return data
    path = Path(source)
    if not path.is_absolute() and not path.exists():
        path = ROOT / source
    return path.read_bytes()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def display_path(source: str) -> str:
    """A path as the record keeps it: relative to the repository root when it is inside or beside it."""
    if re.match(r"^https?://", source):
        return source
    path = Path(source)
    if not path.is_absolute():
        path = Path.cwd() / path if path.exists() else ROOT / path
    path = Path(os.path.normpath(path))  # symbolic links stay as they are: ../shared may be one
    for base, prefix in ((ROOT, ""), (ROOT.parent, "../")):
        try:
            return prefix + path.relative_to(base).as_posix()
        except ValueError:
            continue
    return str(path)


def resolve(
    source: Source, upstream: str, digest: str, commit: str | None, date: str | None
) -> tuple[Upstream, Source]:
    """The provenance of ``upstream`` and the record after this run.

    Raises :class:`ProvenanceError` when the arguments and the record disagree.
    """
    if (commit is None) != (date is None):
        raise ProvenanceError("give both --gateway-commit and --gateway-date, or neither")
    known = {u.sha256: u for u in (source.newest, *source.older)}
    recorded = known.get(digest)
    if commit is None or date is None:
        if recorded is None:
            raise ProvenanceError(
                f"{upstream} (sha256 {digest[:12]}…) is not in spec/source.json: pass --gateway-commit SHA "
                "and --gateway-date YYYY-MM-DD to record where it comes from"
            )
        commit, date = recorded.gateway_commit, recorded.gateway_date
    elif recorded is not None and (recorded.gateway_commit, recorded.gateway_date) != (commit, date):
        raise ProvenanceError(
            f"{upstream} is recorded in spec/source.json as gateway {recorded.gateway_commit} of "
            f"{recorded.gateway_date}, not {commit} of {date}"
        )
    if recorded is not None and recorded is not source.newest:
        raise ProvenanceError(
            f"{upstream} is the older supported document of gateway {recorded.gateway_commit}; "
            "the SDK is generated from the newest one"
        )
    if recorded is source.newest:
        # The sha256 is the identity: the record keeps its path while that file is still there.
        still_there = _exists(recorded.upstream) and sha256(read_document(recorded.upstream)) == digest
        this = recorded if still_there else attrs.evolve(recorded, upstream=display_path(upstream))
        return this, attrs.evolve(source, newest=this)
    this = Upstream(display_path(upstream), commit, date, digest)
    if not re.fullmatch(r"[0-9a-f]{7,40}", commit):
        raise ProvenanceError(f"--gateway-commit must be a git commit hash, got {commit!r}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise ProvenanceError(f"--gateway-date must be YYYY-MM-DD, got {date!r}")
    older = tuple(u for u in (source.newest, *source.older) if u.sha256 != digest)
    return this, Source(newest=this, older=older)


def _exists(source: str) -> bool:
    if re.match(r"^https?://", source):
        return False
    path = Path(source)
    return path.exists() or (not path.is_absolute() and (ROOT / source).exists())


def load_older(source: Source) -> list[tuple[Upstream, Json]]:
    """Every older supported document, checked against its recorded sha256."""
    found = []
    for record in source.older:
        try:
            raw = read_document(record.upstream)
        except OSError as exc:
            raise ProvenanceError(
                f"the older supported document of gateway {record.gateway_commit} is needed at "
                f"{record.upstream} ({exc.strerror})"
            ) from None
        if sha256(raw) != record.sha256:
            raise ProvenanceError(
                f"{record.upstream} has sha256 {sha256(raw)[:12]}…, but spec/source.json records "
                f"{record.sha256[:12]}… for gateway {record.gateway_commit}"
            )
        found.append((record, parse_document(raw, record.upstream)))
    return found


def parse_document(raw: bytes, where: str) -> Json:
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ProvenanceError(f"{where} is not JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise ProvenanceError(f"{where} is not an OpenAPI document (no 'paths' object)")
    return data
