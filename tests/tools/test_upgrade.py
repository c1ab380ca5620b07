"""``python -m tools.upgrade``: spec, generate and drift in one run, every blocker in one report, nothing half-written.

Each test runs the command as a subprocess with this interpreter, from the
repository root, writing into tmp_path (``--out``): the committed spec/ and
generated/ are never touched. The inputs are the recorded newest gateway
document and hand-made variants of it.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tools import drift
from tools.spec import iter_operations, load_source, parse_document, read_document, short_operation_id
from tools.spec.source import sha256

ROOT = Path(__file__).resolve().parents[2]
SPEC_FILES = ("openapi.json", "provenance.json", "source.json")
COMMITTED_CORE = ROOT / "generated" / "otari_api"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def upgrade(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "tools.upgrade", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    return result, time.perf_counter() - started


@pytest.fixture(scope="module")
def newest() -> Any:
    return load_source().newest


@pytest.fixture(scope="module")
def upstream(newest: Any) -> dict[str, Any]:
    return parse_document(read_document(newest.upstream), newest.upstream)


def write_unrecorded(path: Path, document: dict[str, Any]) -> Path:
    """A document in bytes no record knows (so that it needs --gateway-commit and --gateway-date)."""
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    record = load_source()
    assert sha256(path.read_bytes()) not in {u.sha256 for u in (record.newest, *record.older)}
    return path


def test_upgrade_from_the_recorded_document_reproduces_spec_and_generated(tmp_path: Path, newest: Any) -> None:
    out = tmp_path / "out"
    result, seconds = upgrade("--upstream", newest.upstream, "--out", str(out))
    print(f"\none `python -m tools.upgrade` run (spec, generate, drift gate): {seconds:.1f} s")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in SPEC_FILES:
        assert (out / "spec" / name).read_bytes() == (ROOT / "spec" / name).read_bytes(), f"spec/{name} differs"
    assert sorted(out.iterdir()) == [out / "generated", out / "spec"]
    assert sorted(p.name for p in (out / "spec").iterdir()) == sorted(SPEC_FILES)
    ours, theirs = _tree(COMMITTED_CORE), _tree(out / "generated" / "otari_api")
    assert sorted(ours) == sorted(theirs), "files differ between generated/ and the upgrade's"
    assert [name for name in ours if ours[name] != theirs[name]] == []
    provenance = json.loads((ROOT / "spec" / "provenance.json").read_text(encoding="utf-8"))
    summary = f"gateway {newest.gateway_commit} of {newest.gateway_date}, {provenance['operations']} operations"
    assert summary in result.stdout


def test_upgrade_reports_every_blocker_at_once_and_writes_nothing(
    tmp_path: Path, upstream: dict[str, Any], newest: Any
) -> None:
    overlay = json.loads((ROOT / "spec" / "overlay.json").read_text(encoding="utf-8"))
    variant = copy.deepcopy(upstream)
    # 1. a schema without a clean class name
    variant["components"]["schemas"]["token_info"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    # 2. + 3. an operation without our doc line, which the manifest does not list either
    path, method, short = "/v1/things", "get", "list_things"
    operation_id = short + re.sub(r"\W", "_", path) + "_" + method
    variant["paths"][path] = {
        method: {
            "tags": ["keys"],
            "operationId": operation_id,
            "responses": {"200": {"content": {"application/json": {"schema": {"type": "string"}}}}},
        }
    }
    # 4. an answer the upstream leaves untyped (and the overlay does not type)
    untyped = next(
        (short_operation_id(op["operationId"], p, m), op)
        for p, m, op in iter_operations(variant)
        if short_operation_id(op["operationId"], p, m) not in overlay["responses"]
        and "$ref" in op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema", {})
    )
    untyped[1]["responses"]["200"]["content"]["application/json"]["schema"] = {}
    file = write_unrecorded(tmp_path / "variant.json", variant)
    manifest = drift.parse_manifest(drift.DEFAULT_MANIFEST.read_text(encoding="utf-8"))
    assert ("GET", path) not in manifest.listed()

    out = tmp_path / "out"
    argv = ["--upstream", str(file), "--gateway-commit", "abcdef1", "--gateway-date", "2026-09-01", "--out", str(out)]
    result, _ = upgrade(*argv)
    assert result.returncode == 1, result.stdout + result.stderr
    report = result.stderr
    numbered = re.findall(r"^  (\d+)\. (.*)$", report, flags=re.MULTILINE)
    heading = re.search(r"the upstream has (\d+) blocker\(s\); nothing was written", report)
    assert heading, report
    assert int(heading[1]) == len(numbered) >= 4
    for where, problem in [
        ("schema 'token_info'", "has no clean class name"),
        (f"operation {short!r}", "has no doc line of ours"),
        (f"operation {untyped[0]!r}, 200 answer", "is untyped JSON"),
        (f"operation GET {path} ({short})", "is new: sdk-endpoints.txt does not list it"),
    ]:
        assert any(line.startswith(f"{where}: {problem}") for _, line in numbered), (where, problem, report)
    assert not out.exists(), "an upgrade with blockers wrote something"


def test_upgrade_of_an_unrecorded_document_needs_its_commit(tmp_path: Path, upstream: dict[str, Any]) -> None:
    file = write_unrecorded(tmp_path / "new.json", upstream)
    out = tmp_path / "out"
    result, _ = upgrade("--upstream", str(file), "--out", str(out))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "--gateway-commit" in result.stderr
    assert not out.exists()
