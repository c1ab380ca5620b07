"""The drift gate fails, naming the endpoint, when the manifest, the spec, the SDK and the gateway documents disagree.

Expectations come from the committed spec, the upstream documents, ``spec/source.json`` and the SDK's table of
methods (``otari._registry``), never from counts written down here.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from otari import _registry
from tools import drift
from tools.spec.source import display_path, load_source, sha256

from . import drift_variants as variants

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.json"
MANIFEST = ROOT / "sdk-endpoints.txt"
SOURCE = load_source()
NEWEST = ROOT / SOURCE.newest.upstream
OLDER = [(record, ROOT / record.upstream) for record in SOURCE.older]
SPEC_TEXT = SPEC.read_text(encoding="utf-8")


@pytest.fixture
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SPEC_TEXT)
    return loaded


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.drift", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def block(output: str, title: str) -> list[str]:
    """The indented lines under the line ``title`` of the output."""
    lines = output.splitlines()
    assert title in lines, f"{title!r} not in:\n{output}"
    found = []
    for line in lines[lines.index(title) + 1 :]:
        if not line.startswith("  "):
            break
        found.append(line)
    return found


def endpoints_of(lines: list[str]) -> set[drift.Endpoint]:
    """``(METHOD, /path)`` of lines like ``  GET /v1/x (operation) -- called by y``."""
    return {(line.split()[0], line.split()[1]) for line in lines}


# --------------------------------------------------------------------------- the manifest


def test_committed_manifest_matches_committed_spec(spec: dict[str, Any]) -> None:
    result = run_cli("--spec", str(SPEC))
    assert result.returncode == 0, result.stderr
    assert f"{len(drift.spec_endpoints(spec))} operations" in result.stdout
    assert "gateway" not in result.stdout + result.stderr  # --spec alone: the manifest check only


def test_an_operation_in_no_manifest_section_fails_and_is_named(tmp_path: Path) -> None:
    manifest = drift.parse_manifest(MANIFEST.read_text(encoding="utf-8"))
    endpoint = sorted(manifest.pending)[0]
    line = drift.format_endpoint(endpoint)
    lines = MANIFEST.read_text(encoding="utf-8").splitlines()
    kept = [text for text in lines if text.partition(drift.REASON_SEPARATOR)[0].strip() != line]
    assert len(kept) == len(lines) - 1
    changed = tmp_path / "sdk-endpoints.txt"
    changed.write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = run_cli("--spec", str(SPEC), "--manifest", str(changed))
    assert result.returncode == 1
    assert block(result.stderr, "In the spec but in none of [covered], [pending], [excluded]:")[0].startswith(
        f"  {line}  ("
    )


def test_an_operation_missing_from_the_spec_fails_and_is_named(spec: dict[str, Any], tmp_path: Path) -> None:
    endpoint = sorted(drift.sdk_methods())[0]
    result = run_cli("--spec", str(write(tmp_path / "spec.json", variants.without(spec, endpoint))))
    assert result.returncode == 1
    assert block(result.stderr, "Listed in sdk-endpoints.txt but not in the spec:") == [
        f"  {drift.format_endpoint(endpoint)}"
    ]


def test_covered_without_a_method_and_method_without_covered_both_fail(spec: dict[str, Any]) -> None:
    manifest = drift.parse_manifest(MANIFEST.read_text(encoding="utf-8"))
    methods = drift.sdk_methods()
    assert drift.check(spec, manifest, methods) == []

    lying = copy.deepcopy(manifest)
    endpoint = sorted(manifest.excluded)[0]
    lying.excluded.pop(endpoint)
    lying.covered[endpoint] = 0
    problems = drift.check(spec, lying, methods)
    assert "[covered] but no public otari method calls it:" in problems
    assert f"  {drift.format_endpoint(endpoint)}" in problems

    hidden = copy.deepcopy(manifest)
    endpoint, callers = sorted(methods.items())[0]
    hidden.covered.pop(endpoint)
    hidden.excluded[endpoint] = "pretend"
    problems = drift.check(spec, hidden, methods)
    assert f"  {drift.format_endpoint(endpoint)}  ({', '.join(callers)})" in problems


def test_format_errors_are_reported() -> None:
    manifest = drift.parse_manifest(
        "[covered]\nPOST /v1/embeddings\nPOST /v1/embeddings\n[excluded]\nGET /health/liveness\nFETCH /x\n[other]\n"
    )
    text = "\n".join(manifest.problems)
    assert "listed twice" in text
    assert "needs a reason" in text
    assert "expected 'METHOD /path'" in text
    assert "unknown section [other]" in text


# --------------------------------------------------------------------------- the schema-level report


def test_a_spec_has_its_own_surface(spec: dict[str, Any]) -> None:
    assert not drift.compare(spec, copy.deepcopy(spec))


@pytest.mark.parametrize("kind", sorted(variants.VARIANTS))
def test_each_kind_of_change_is_reported_on_its_operation(spec: dict[str, Any], kind: str) -> None:
    case = variants.VARIANTS[kind](spec)
    diff = drift.compare(case.ours, case.theirs)
    assert (diff.added, diff.removed) == ([], [])
    assert {surface.endpoint: lines for surface, lines in diff.changed} == {case.endpoint: [case.expected]}
    label = f"{drift.format_endpoint(case.endpoint)} ({variants.operation(spec, case.endpoint)['operationId']})"
    text = drift.format_diff(diff, "the variant", "spec/openapi.json", {})
    assert text == ["the variant differs in 1 operation:", f"  {label}, 1 change:", f"    {case.expected}"]


def test_a_nullable_reference_is_read_as_the_schema_it_refers_to(spec: dict[str, Any]) -> None:
    theirs = copy.deepcopy(spec)
    endpoint, _ = variants.optional_property(theirs, "response")
    entry = variants.body(variants.operation(theirs, endpoint), "response")
    assert entry is not None
    entry["schema"] = {"anyOf": [entry["schema"], {"type": "null"}]}
    assert not drift.compare(spec, theirs)


def test_a_renamed_path_parameter_is_a_rename(spec: dict[str, Any]) -> None:
    theirs, path, old, new = variants.rename_path_parameter(spec)
    diff = drift.compare(spec, theirs)
    assert (diff.added, diff.removed) == ([], [])
    methods = sorted(method.upper() for method in spec["paths"][path])
    assert {surface.endpoint: lines for surface, lines in diff.changed} == {
        (method, path): [f"path parameter renamed: {old} -> {new}"] for method in methods
    }


def test_a_removed_covered_operation_names_the_method_that_calls_it(spec: dict[str, Any]) -> None:
    name, endpoint = sorted(_registry.endpoint_map().items())[0]
    manifest = drift.parse_manifest(MANIFEST.read_text(encoding="utf-8"))
    pending = sorted(manifest.pending)[0]
    diff = drift.compare(spec, variants.without(variants.without(spec, endpoint), pending))
    assert sorted(surface.endpoint for surface in diff.removed) == sorted([endpoint, pending])
    text = drift.format_diff(diff, "the variant", "spec/openapi.json", drift.sdk_methods())
    lines = block("\n".join(text), "the variant lacks 2 operations:")
    covered = next(line for line in lines if line.startswith(f"  {drift.format_endpoint(endpoint)} ("))
    assert name in covered.partition(" -- called by ")[2].split(", ")
    assert not any(line.startswith(f"  {drift.format_endpoint(pending)} (") and "called by" in line for line in lines)


def test_an_added_operation_is_reported(spec: dict[str, Any]) -> None:
    endpoint = sorted(drift.parse_manifest(MANIFEST.read_text(encoding="utf-8")).pending)[-1]
    diff = drift.compare(variants.without(spec, endpoint), spec)
    assert [surface.endpoint for surface in diff.added] == [endpoint]
    assert (diff.removed, diff.changed) == ([], [])
    label = f"{drift.format_endpoint(endpoint)} ({variants.operation(spec, endpoint)['operationId']})"
    assert drift.format_diff(diff, "spec/openapi.json", "the variant", {}) == [
        "spec/openapi.json has 1 operation that the variant lacks:",
        f"  {label}",
    ]


# --------------------------------------------------------------------------- the gateway's documents


@pytest.mark.parametrize(("record", "path"), OLDER, ids=[record.gateway_commit for record, _ in OLDER])
def test_an_older_gateway_is_supported_and_what_it_lacks_is_named(record: Any, path: Path) -> None:
    newest, older = (json.loads(p.read_text(encoding="utf-8")) for p in (NEWEST, path))
    keys = {drift.match_key(*endpoint) for endpoint in drift.spec_endpoints(older)}
    lacking = {endpoint for endpoint in drift.spec_endpoints(newest) if drift.match_key(*endpoint) not in keys}
    assert lacking, "the older document is expected to lack operations of the newest"

    result = run_cli("--upstream", str(path))
    assert result.returncode == 0, result.stderr
    title = f"gateway {record.gateway_commit} ({record.gateway_date}) lacks {len(lacking)} operations:"
    lines = block(result.stdout, title)
    assert endpoints_of(lines) == lacking
    methods = drift.sdk_methods()
    for line in lines:
        endpoint = (line.split()[0], line.split()[1])
        assert ("called by" in line) == (endpoint in methods), line


def test_the_newest_gateway_has_the_surface_of_the_spec() -> None:
    result = run_cli("--upstream", str(NEWEST))
    assert result.returncode == 0, result.stderr
    assert "the recorded newest" in result.stdout
    assert "has its surface" in result.stdout


def test_a_spec_not_regenerated_from_the_newest_gateway_is_drift(spec: dict[str, Any], tmp_path: Path) -> None:
    case = variants.parameter_removed(spec)
    stale = write(tmp_path / "openapi.json", case.theirs)
    result = run_cli("--spec", str(stale), "--upstream", str(NEWEST))
    assert result.returncode == 1
    assert "the recorded newest, but" in result.stderr
    assert f"    {case.expected.replace('removed', 'added')}" in result.stderr.splitlines()
    assert "nox -s spec" in result.stderr


def test_an_unrecorded_gateway_is_drift_with_the_report_and_the_upgrade_command(tmp_path: Path) -> None:
    document = json.loads(NEWEST.read_text(encoding="utf-8"))
    name, endpoint = sorted(_registry.endpoint_map().items())[0]
    newer = write(tmp_path / "newer.json", variants.without(document, endpoint))
    assert sha256(newer.read_bytes()) not in {u.sha256 for u in (SOURCE.newest, *SOURCE.older)}

    result = run_cli("--upstream", str(newer))
    assert result.returncode == 1
    assert "is not in spec/source.json" in result.stderr
    (line,) = block(result.stderr, "newer.json lacks 1 operation:")
    assert line.startswith(f"  {drift.format_endpoint(endpoint)} (")
    assert name in line.partition(" -- called by ")[2].split(", ")
    upgrade = f"nox -s upgrade -- --upstream {display_path(str(newer))} --gateway-commit SHA --gateway-date DATE"
    assert upgrade in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("array.json", "[]", "top level is a JSON list"),
        ("text.json", "not json at all", "is not JSON"),
        ("no-paths.json", '{"openapi": "3.1.0"}', "no 'paths' object"),
        ("missing.json", None, "cannot read"),
    ],
)
def test_unreadable_input_exits_2_with_one_line(tmp_path: Path, name: str, content: str | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run_cli("--upstream", str(path))
    assert result.returncode == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 1, result.stderr
    assert message in errors[0]
    assert str(path) in errors[0]


def test_an_unreadable_spec_or_upstream_folder_exits_2(tmp_path: Path) -> None:
    array = write(tmp_path / "array.json", [])
    for args in (["--spec", str(array)], ["--upstream-dir", str(tmp_path / "absent")]):
        result = run_cli(*args)
        assert result.returncode == 2
        assert len(result.stderr.splitlines()) == 1, result.stderr


def test_without_arguments_every_gateway_document_is_judged_and_the_checkout_is_in_sync() -> None:
    result = run_cli()
    assert result.returncode == 0, result.stdout + result.stderr
    documents = sorted(drift.DEFAULT_UPSTREAM_DIR.glob("*.json"))
    assert documents
    for path in documents:
        assert f"drift: {display_path(str(path))} is " in result.stdout
