"""Shared helpers of the reliability suites: clients, the pool check, time bounds."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import httpx

import otari
from otari._retry import AsyncClientBridge, ClientBridge

from .faulty_server import Scenario

API_KEY = "gw-RELIABILITY-api-key-5f0c3a9e1d7b44c2a8e6f1b3d5c7e9a0b2d4f6a8c0e2"
PLATFORM_TOKEN = "tk_RELIABILITY_platform_token_8d2e6b1a4c9f"
ADMIN_KEY = "master-RELIABILITY-admin-key-3e7a91c5"
SECRETS = (API_KEY, PLATFORM_TOKEN, ADMIN_KEY)

CHAT = [{"role": "user", "content": "hello there"}]
MODEL = "openai:gpt-4o-mini"

# Generous bounds for a loaded 2-core machine: these guard against hangs, they are not benchmarks.
QUICK = 5.0
SHORT_TIMEOUT = httpx.Timeout(0.5, connect=2.0)
TEST_TIMEOUT = httpx.Timeout(10.0, connect=2.0)


def sync_client(scenario: Scenario | str, **kwargs: Any) -> otari.OtariClient:
    """A blocking client on the scenario (self-hosted unless ``platform_token`` is given)."""
    base = scenario if isinstance(scenario, str) else scenario.base_url
    if "platform_token" not in kwargs:
        kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("timeout", TEST_TIMEOUT)
    return otari.OtariClient(api_base=base, **kwargs)


def async_client(scenario: Scenario | str, **kwargs: Any) -> otari.AsyncOtariClient:
    base = scenario if isinstance(scenario, str) else scenario.base_url
    if "platform_token" not in kwargs:
        kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("timeout", TEST_TIMEOUT)
    return otari.AsyncOtariClient(api_base=base, **kwargs)


def fast(client: Any) -> Any:
    """Shrink the backoff (not the retry budget) so that tests about *what* is retried run quickly.

    ``Retry-After`` still wins over it, which is what the Retry-After tests rely on.
    """
    retrying = client._transport.retrying
    retrying.policy = attrs.evolve(retrying.policy, initial_delay=0.005, max_delay=0.02)
    return client


def connection_pool(client: Any) -> Any:
    """The httpcore connection pool under a client (its own, or the injected ``http_client``'s)."""
    inner = client._transport.retrying.inner
    if isinstance(inner, ClientBridge | AsyncClientBridge):
        inner = inner.client._transport
    return inner._pool


def assert_pool_clean(client: Any) -> None:
    """No request holds a connection: every pooled connection is idle or closed."""
    pool = connection_pool(client)
    holding = list(pool._requests)
    assert not holding, f"{len(holding)} request(s) still hold a pooled connection"
    busy = [repr(c) for c in pool.connections if not (c.is_idle() or c.is_closed())]
    assert not busy, f"connections still in use: {busy}"


@attrs.define
class Clock:
    started: float = attrs.field(factory=time.monotonic)
    elapsed: float = 0.0


@contextmanager
def bounded(seconds: float = QUICK) -> Iterator[Clock]:
    """Time the block, and fail if it took longer than ``seconds`` (exceptions still propagate)."""
    clock = Clock()
    try:
        yield clock
    finally:
        clock.elapsed = time.monotonic() - clock.started
    assert clock.elapsed < seconds, f"took {clock.elapsed:.2f} s, more than the {seconds} s bound"


def attempts(records: list[Any]) -> list[str]:
    """The otari logger's per-attempt messages."""
    return [r.getMessage() for r in records if r.name == "otari" and "attempt" in r.getMessage()]
