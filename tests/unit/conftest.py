"""Fixtures of the unit tests: the anyio backend, a clean environment, a fake gateway."""

from __future__ import annotations

import pytest

from .helpers import ENV_VARS, FakeGateway


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's own gateway credentials."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _no_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests look at one exchange at a time; retries have their own tests (test_retries.py)."""
    monkeypatch.setattr("otari._retry.DEFAULT_MAX_RETRIES", 0)


@pytest.fixture
def gateway() -> FakeGateway:
    return FakeGateway()
