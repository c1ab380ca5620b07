"""Endpoint drift gate: compare ``sdk-endpoints.txt`` with an OpenAPI document.

``sdk-endpoints.txt`` lists every operation of the gateway once, either under
``[covered]`` (a public method of ``otari`` calls it) or under ``[excluded]``
(with the reason after `` -- ``). This checker fails, with a readable list,
when:

* an operation of the spec is in neither section (new upstream endpoint);
* a listed endpoint is not in the spec (removed or renamed upstream);
* an endpoint is listed twice, or an excluded line gives no reason;
* a ``[covered]`` endpoint has no public method in ``otari`` that calls it, or
  a public method calls an endpoint that is not ``[covered]``. The methods are
  read from ``otari._registry``, the map the client methods themselves use to
  build requests, so "covered" cannot drift from the code.

Usage: ``python -m tools.drift [--spec PATH] [--manifest PATH]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "spec" / "openapi.json"
DEFAULT_MANIFEST = ROOT / "sdk-endpoints.txt"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SECTIONS = ("covered", "excluded")
REASON_SEPARATOR = " -- "

Endpoint = tuple[str, str]  # (METHOD, /path)


@dataclass
class Manifest:
    covered: dict[Endpoint, int] = field(default_factory=dict)
    excluded: dict[Endpoint, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


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
        if endpoint in manifest.covered or endpoint in manifest.excluded:
            manifest.problems.append(f"line {number}: {format_endpoint(endpoint)} is listed twice")
            continue
        if section == "covered":
            manifest.covered[endpoint] = number
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
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                found[(method.upper(), path)] = str(item[method].get("operationId", ""))
    return found


def sdk_methods() -> dict[Endpoint, list[str]]:
    """Public methods of ``otari`` by the endpoint they call (from ``otari._registry``)."""
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
    listed = set(manifest.covered) | set(manifest.excluded)

    def block(title: str, endpoints: Iterable[Endpoint], detail: dict[Endpoint, str] | None = None) -> None:
        items = sorted(endpoints, key=lambda e: (e[1], e[0]))
        if items:
            problems.append(title)
            for endpoint in items:
                extra = f"  ({detail[endpoint]})" if detail and detail.get(endpoint) else ""
                problems.append(f"  {format_endpoint(endpoint)}{extra}")

    block("In the spec but in neither [covered] nor [excluded]:", set(operations) - listed, operations)
    block("Listed in sdk-endpoints.txt but not in the spec:", listed - set(operations))
    block("[covered] but no public otari method calls it:", set(manifest.covered) - set(methods))
    uncovered_calls = {e: ", ".join(m) for e, m in methods.items() if e not in manifest.covered}
    block("Called by a public otari method but not [covered]:", set(uncovered_calls), uncovered_calls)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.drift", description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document to compare against")
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST, help="the endpoint manifest")
    args = parser.parse_args(argv)
    try:
        spec = json.loads(args.spec.read_text(encoding="utf-8"))
        manifest = parse_manifest(args.manifest.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"drift: cannot read input: {exc}", file=sys.stderr)
        return 2
    problems = check(spec, manifest, sdk_methods())
    if problems:
        print(f"drift: {args.manifest.name} and {args.spec} disagree:", file=sys.stderr)
        for line in problems:
            print(line, file=sys.stderr)
        return 1
    total = len(manifest.covered) + len(manifest.excluded)
    print(f"drift: OK, {total} operations ({len(manifest.covered)} covered, {len(manifest.excluded)} excluded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
