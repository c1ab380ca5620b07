"""Follow the gateway in one command: spec, then generate, then the drift gate, every blocker in one report.

``python -m tools.upgrade --upstream FILE [--gateway-commit SHA --gateway-date DATE]``
(or ``nox -s upgrade -- ...``):

1. derives ``spec/openapi.json`` from ``FILE`` (see :mod:`tools.spec`), and
   checks ``sdk-endpoints.txt`` against ``FILE``'s operations;
2. if neither step found a blocker, regenerates ``generated/otari_api`` from
   it (into a temporary folder first) and only then writes ``spec/`` and
   ``generated/``;
3. runs the drift gate on the result, so a ``[covered]`` operation that
   disappeared is named with the method that calls it.

Every blocker of the upstream comes out in one run, each with what to add and
where; with blockers, nothing is written. The provenance comes from the
arguments, or from ``spec/source.json`` when the file is the recorded one.
``--out DIR`` writes ``DIR/spec`` and ``DIR/generated`` instead of the
repository's (the tests use it to check that an upgrade reproduces them).

Exit codes: 0 done, 1 blockers, 2 unreadable input or provenance mismatch.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools import drift, generate, spec

ROOT = Path(__file__).resolve().parent.parent


def manifest_blockers(document: spec.Json) -> list[spec.Blocker]:
    """Operations of the upstream that sdk-endpoints.txt does not list, and listed ones it lacks."""
    manifest = drift.parse_manifest(drift.DEFAULT_MANIFEST.read_text(encoding="utf-8"))
    operations = drift.spec_endpoints(document)
    try:
        methods = drift.sdk_methods()
    except Exception:  # the committed core may predate the generator's templates; the gate below runs on the new one
        methods = {}
    found = [spec.Blocker("sdk-endpoints.txt", problem, "fix the manifest") for problem in manifest.problems]
    for endpoint in sorted(set(operations) - manifest.listed(), key=lambda e: (e[1], e[0])):
        short = spec.short_operation_id(operations[endpoint], endpoint[1], endpoint[0].lower())
        found.append(
            spec.Blocker(
                f"operation {drift.format_endpoint(endpoint)} ({short})",
                "is new: sdk-endpoints.txt does not list it",
                "add it under [pending] (or [covered] with a row in otari/_surface.py, or [excluded] with a reason)",
            )
        )
    for endpoint in sorted(manifest.listed() - set(operations), key=lambda e: (e[1], e[0])):
        callers = ", ".join(methods.get(endpoint, [])) or "no method"
        found.append(
            spec.Blocker(
                f"operation {drift.format_endpoint(endpoint)}",
                f"is gone from the upstream (called by: {callers})",
                "remove its line from sdk-endpoints.txt and its row from otari/_surface.py (or keep it for older "
                "gateways and say so in the README)",
            )
        )
    return found


def upgrade(upstream: str, commit: str | None, date: str | None, out: Path) -> int:
    started = time.perf_counter()
    try:
        source = spec.load_source()
        document = spec.parse_document(spec.read_document(upstream), upstream)
    except (OSError, spec.ProvenanceError) as exc:
        print(f"upgrade: {exc}", file=sys.stderr)
        return 2
    blockers = manifest_blockers(document)
    try:
        derived, provenance, record = spec.build(upstream, commit=commit, date=date, source=source)
    except spec.SpecError as exc:
        blockers = exc.blockers + blockers
    except (OSError, spec.ProvenanceError) as exc:
        print(f"upgrade: {exc}", file=sys.stderr)
        return 2
    if blockers:
        spec.report(spec.SpecError(blockers))
        return 1

    with tempfile.TemporaryDirectory(prefix="otari-upgrade-") as tmp:
        staged = Path(tmp)
        spec.write(staged / "spec", derived, provenance, record)
        generate.generate(staged / "spec" / "openapi.json", staged / "generated")
        spec.write(out / "spec", derived, provenance, record)
        target = out / "generated" / generate.PACKAGE
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(staged / "generated" / generate.PACKAGE, target)
    spec_time = time.perf_counter() - started

    # The drift gate in a fresh interpreter, so it imports the core just generated.
    gate = subprocess.run(
        [sys.executable, "-m", "tools.drift", "--spec", str(out / "spec" / "openapi.json")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(out / "generated"), str(ROOT)])},
    )
    sys.stdout.write(gate.stdout)
    sys.stderr.write(gate.stderr)
    print(
        f"upgrade: gateway {provenance['gateway_commit']} of {provenance['gateway_date']}, "
        f"{provenance['operations']} operations, API root {provenance['api_root'] or '/'}; "
        f"spec and core written to {out} in {spec_time:.1f} s; drift gate exit {gate.returncode}"
    )
    relaxed = provenance["optional_for_older_gateways"]
    if relaxed:
        print(
            "upgrade: optional because an older supported gateway may omit them: "
            + json.dumps({name: len(fields) for name, fields in relaxed.items()})
        )
    return 0 if gate.returncode == 0 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.upgrade", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--upstream", required=True, help="path or URL of the gateway's OpenAPI document")
    parser.add_argument("--gateway-commit", help="gateway commit the document is from (needed for a new document)")
    parser.add_argument("--gateway-date", help="date of that commit, YYYY-MM-DD")
    parser.add_argument("--out", type=Path, default=ROOT, help="write DIR/spec and DIR/generated (default: here)")
    args = parser.parse_args(argv)
    return upgrade(args.upstream, args.gateway_commit, args.gateway_date, args.out)


if __name__ == "__main__":
    sys.exit(main())
