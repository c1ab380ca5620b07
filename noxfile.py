"""Development sessions. `nox -l` lists them; README.md explains each."""

from __future__ import annotations

from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
PYTHONS = ["3.11", "3.12", "3.13"]

nox.options.sessions = ["tests", "lint", "typecheck", "drift"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True


def group(name: str) -> list[str]:
    """Requirements of one [dependency-groups] entry of pyproject.toml."""
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite (unit, regeneration, drift, and real-server tests)."""
    session.install(".", *group("test"))
    session.run("pytest", *(session.posargs or ["tests"]))


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff lint and format check (generated/ is formatted by `generate`, not linted)."""
    session.install(*group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python="3.11")
def typecheck(session: nox.Session) -> None:
    """mypy --strict on otari/ and tools/, and on tests/typing/ (a user's code: the types callers see)."""
    session.install(".", *group("typecheck"))
    session.run("mypy", "--strict", "otari", "tools")
    session.run("mypy", "--strict", "tests/typing")


@nox.session(python="3.11")
def spec(session: nox.Session) -> None:
    """Derive spec/ from the recorded gateway document, or: -- --upstream FILE --gateway-commit SHA --gateway-date D."""
    session.install("attrs")
    session.run("python", "-m", "tools.spec", *session.posargs)


@nox.session(python="3.11")
def upgrade(session: nox.Session) -> None:
    """Follow the gateway: `nox -s upgrade -- --upstream FILE [--gateway-commit SHA --gateway-date DATE]`.

    Runs spec -> generate -> drift and reports every blocker of the new document in one run.
    """
    session.install(".", *group("generate"))
    session.run("python", "-m", "tools.upgrade", *session.posargs)


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate generated/otari_api from spec/openapi.json with the pinned generator."""
    session.install(*group("generate"))
    session.run("python", "-m", "tools.generate", *session.posargs)


@nox.session(python="3.11")
def drift(session: nox.Session) -> None:
    """Check sdk-endpoints.txt and the SDK against spec/ and every gateway document in ../shared/spec."""
    session.install(".")
    session.run("python", "-m", "tools.drift", *session.posargs)


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Benchmark ours against raw httpx, openai and otari 0.2.0 (`-- --quick` for a smoke run); writes BENCHMARKS.md."""
    session.install(".")
    session.run("python", "-m", "tools.bench", *session.posargs)


@nox.session(python="3.11")
def integration(session: nox.Session) -> None:
    """Only the integration tests: the SDK against the real any-llm gateway 1.14.0 (its venv in .cache/)."""
    session.install(".", *group("test"))
    session.run("pytest", "-m", "integration", *(session.posargs or ["tests/integration"]))


@nox.session(python="3.11")
def demo(session: nox.Session) -> None:
    """Start a local gateway in front of a fake OpenAI and run examples/quickstart.py against it."""
    session.install(".")
    session.run("python", "-m", "tools.demo", *session.posargs)
