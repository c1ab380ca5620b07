"""Regenerate the low-level client (``generated/otari_api``) from ``spec/openapi.json``.

Runs the pinned openapi-python-client with our config and template overrides
(``tools/generator/``), formats the result with the pinned ruff, and swaps it
into place. Generation fails on any generator warning, so a spec change that
the generator cannot express is caught here rather than in a missing function.

Usage: ``python -m tools.generate [--spec PATH] [--out DIR]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.json"
OUT = ROOT / "generated"
GENERATOR_DIR = ROOT / "tools" / "generator"
PACKAGE = "otari_api"

# Ruff settings for generated code, passed explicitly (``--isolated``) so the
# result does not depend on any configuration file around the output folder.
RUFF_LINE_LENGTH = "120"
RUFF_FIXES = "I,F401,F811,UP"


def _tool(name: str) -> str:
    """Find a console script installed beside this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"generate: {name!r} is not installed (run `nox -s generate`)")
    return found


def _run(cmd: list[str], cwd: Path | None = None) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"generate: command failed: {' '.join(cmd)}")


def generate(spec: Path, out: Path) -> Path:
    """Generate the package into ``out/otari_api`` and return that path."""
    with tempfile.TemporaryDirectory(prefix="otari-gen-") as tmp:
        target = Path(tmp) / PACKAGE
        _run(
            [
                _tool("openapi-python-client"),
                "generate",
                "--path",
                str(spec.resolve()),
                "--config",
                str(GENERATOR_DIR / "config.yaml"),
                "--custom-template-path",
                str(GENERATOR_DIR / "templates"),
                "--meta",
                "none",
                "--output-path",
                str(target),
                "--overwrite",
                "--fail-on-warning",
            ],
            cwd=Path(tmp),
        )
        (target / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        ruff = _tool("ruff")
        common = ["--isolated", "--line-length", RUFF_LINE_LENGTH, "--target-version", "py311"]
        _run([ruff, "check", "--fix-only", "--select", RUFF_FIXES, "--quiet", *common, str(target)])
        _run([ruff, "format", "--quiet", *common, str(target)])
        for cache in target.rglob("__pycache__"):
            shutil.rmtree(cache)

        destination = out / PACKAGE
        out.mkdir(parents=True, exist_ok=True)
        if destination.exists():
            shutil.rmtree(destination)
        shutil.copytree(target, destination)
    return destination


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=SPEC, help="the derived OpenAPI document")
    parser.add_argument("--out", type=Path, default=OUT, help="folder that receives the otari_api package")
    args = parser.parse_args(argv)
    destination = generate(args.spec, args.out)
    count = sum(1 for _ in (destination / "api").rglob("*.py") if _.name != "__init__.py")
    print(f"generate: wrote {destination} ({count} endpoint modules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
