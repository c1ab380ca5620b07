"""Fixtures of the reliability suites: the anyio backend, a clean environment, two faulty servers.

Unlike the unit tests, these run with the SDK's real retry default (2), unless
a test sets ``max_retries`` itself.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from .faulty_server import FaultyServer

ENV_VARS = ("OTARI_AI_TOKEN", "GATEWAY_PLATFORM_TOKEN", "GATEWAY_API_BASE", "GATEWAY_API_KEY", "GATEWAY_ADMIN_KEY")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's own gateway credentials or proxies."""
    for name in (*ENV_VARS, "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def server() -> Iterator[FaultyServer]:
    """The misbehaving gateway; each test scripts its own scenario on it."""
    with FaultyServer() as running:
        yield running


@pytest.fixture(scope="session")
def elsewhere() -> Iterator[FaultyServer]:
    """Another origin (another port) that records every header it receives: the target of redirects."""
    with FaultyServer() as running:
        yield running


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line for the CI log: how many fault cases passed and how many fuzz examples ran."""
    passed = terminalreporter.stats.get("passed", [])
    faults = sum(1 for report in passed if "reliability/test_faults.py" in report.nodeid)
    fuzz = sys.modules.get("tests.reliability.test_fuzz")
    counts = dict(fuzz.EXAMPLES) if fuzz is not None else {}
    if faults or counts:
        detail = ", ".join(f"{kind} {number}" for kind, number in sorted(counts.items()))
        terminalreporter.write_line(
            f"reliability: {faults} fault cases passed; {sum(counts.values())} fuzz examples ran ({detail or 'none'})"
        )
