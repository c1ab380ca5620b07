"""The endpoint drift gate fails, naming the endpoint, whenever the manifest, the spec and the SDK disagree."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tools import drift

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.json"
MANIFEST = ROOT / "sdk-endpoints.txt"


@pytest.fixture
def spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.drift", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_committed_manifest_matches_committed_spec() -> None:
    result = run_cli("--spec", str(SPEC))
    assert result.returncode == 0, result.stderr
    assert "41 operations" in result.stdout


def test_an_added_operation_fails_and_is_named(spec: dict[str, Any], tmp_path: Path) -> None:
    spec["paths"]["/v1/files"] = {"post": {"operationId": "create_file", "responses": {"200": {"description": "ok"}}}}
    changed = tmp_path / "spec.json"
    changed.write_text(json.dumps(spec), encoding="utf-8")
    result = run_cli("--spec", str(changed))
    assert result.returncode == 1
    assert "neither [covered] nor [excluded]" in result.stderr
    assert "POST /v1/files" in result.stderr


def test_a_removed_operation_fails_and_is_named(spec: dict[str, Any], tmp_path: Path) -> None:
    del spec["paths"]["/v1/rerank"]
    changed = tmp_path / "spec.json"
    changed.write_text(json.dumps(spec), encoding="utf-8")
    result = run_cli("--spec", str(changed))
    assert result.returncode == 1
    assert "not in the spec" in result.stderr
    assert "POST /v1/rerank" in result.stderr


def test_covered_without_a_method_and_method_without_covered_both_fail(spec: dict[str, Any]) -> None:
    manifest = drift.parse_manifest(MANIFEST.read_text(encoding="utf-8"))
    methods = drift.sdk_methods()
    assert drift.check(spec, manifest, methods) == []

    lying = copy.deepcopy(manifest)
    endpoint = ("GET", "/health/liveness")
    lying.excluded.pop(endpoint)
    lying.covered[endpoint] = 0
    problems = drift.check(spec, lying, methods)
    assert "[covered] but no public otari method calls it:" in problems
    assert "  GET /health/liveness" in problems

    hidden = copy.deepcopy(manifest)
    hidden.covered.pop(("POST", "/v1/embeddings"))
    hidden.excluded[("POST", "/v1/embeddings")] = "pretend"
    problems = drift.check(spec, hidden, methods)
    assert any(line.startswith("  POST /v1/embeddings") and "embedding" in line for line in problems)


def test_format_errors_are_reported() -> None:
    manifest = drift.parse_manifest(
        "[covered]\nPOST /v1/embeddings\nPOST /v1/embeddings\n[excluded]\nGET /health/liveness\nFETCH /x\n[other]\n"
    )
    text = "\n".join(manifest.problems)
    assert "listed twice" in text
    assert "needs a reason" in text
    assert "expected 'METHOD /path'" in text
    assert "unknown section [other]" in text
