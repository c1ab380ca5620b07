"""Servers and clients for the integration tests.

One fake OpenAI upstream (``tests/servers/fake_upstream.py``, on a thread of
this process) and one real gateway (``any-llm-sdk[gateway,openai]==1.14.0``, a
subprocess from its own venv, see ``tests/servers/gateway.py``) are started
once, on free 127.0.0.1 ports, the first time a test here needs them, and
stopped when the last integration test is done (package scope), so a longer
``pytest tests`` run does not keep them alive. The first run builds the
gateway's venv (about 25 s); after that the gateway starts in about 4 s.

**How the clients authenticate.** This gateway version reads keys from
``Authorization: Bearer`` or ``X-AnyLLM-Key: Bearer``, not from the
``Otari-Key`` header that the SDK's self-hosted mode sends. The clients here
therefore run in *platform mode* pointed at the local gateway:
``OtariClient(api_base=gateway.base_url, platform_token=key)``. Platform mode
differs from self-hosted mode only in that header (and in the default base
URL, which we override), so every call goes through the SDK unchanged, and the
control-plane tests can still pass the master key separately as
``admin_key=``, which checks that the SDK switches credentials per call.

**Setup without the SDK.** The keys, users and budgets the inference and error
tests need are made here with plain httpx and the master key, so those tests
do not depend on the control plane; the control plane has its own tests in
``test_control_plane.py``. Each test makes its own client (cheap), so a
connection broken by one test's error cannot leak into another test.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from otari import AsyncOtariClient, OtariClient
from tests.servers.fake_upstream import FakeUpstream
from tests.servers.gateway import Gateway, run_gateway, run_upstream

CHAT_MODEL = "openai:gpt-4o-mini"
EMBEDDING_MODEL = "openai:text-embedding-3-small"
INPUT_PRICE = 1.0  # dollars per million prompt tokens
OUTPUT_PRICE = 2.0  # dollars per million completion tokens
# The gateway lists only the models that have pricing, so the config prices both models we use.
PRICING = {
    CHAT_MODEL: {"input_price_per_million": INPUT_PRICE, "output_price_per_million": OUTPUT_PRICE},
    EMBEDDING_MODEL: {"input_price_per_million": 0.1, "output_price_per_million": 0.0},
}
TIMEOUT_S = 30.0  # per request; a stuck gateway fails a test instead of hanging the run

PROMPT = "hello there"
MESSAGES = [{"role": "user", "content": PROMPT}]


def reply_to(text: str) -> str:
    """The fake upstream's deterministic answer to a user message ``text``."""
    return f"Echo: {text}"


def unique(prefix: str) -> str:
    """A fresh name, so that tests (and sync/async twins) never collide in the shared gateway."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


class GatewaySetup:
    """Makes users, budgets and keys over plain HTTP with the master key (independent of the SDK)."""

    def __init__(self, gateway: Gateway) -> None:
        self._http = httpx.Client(
            base_url=gateway.openai_base_url,
            headers={"Authorization": f"Bearer {gateway.master_key}"},
            timeout=TIMEOUT_S,
        )

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self._http.post(path, json=body)
        assert response.status_code == 200, f"POST {path} -> {response.status_code} {response.text}"
        result: dict[str, Any] = response.json()
        return result

    def user(self, *, max_budget: float | None = None) -> str:
        """A new user (with a budget of ``max_budget`` dollars when given); returns its id."""
        body: dict[str, Any] = {"user_id": unique("user")}
        if max_budget is not None:
            body["budget_id"] = self._post("/budgets", {"max_budget": max_budget})["budget_id"]
        return str(self._post("/users", body)["user_id"])

    def key(self, user_id: str) -> str:
        """A new API key (``gw-...``) for ``user_id``."""
        return str(self._post("/keys", {"key_name": unique("key"), "user_id": user_id})["key"])

    def usage(self, user_id: str) -> list[dict[str, Any]]:
        """The user's usage rows as the gateway stores them (newest first)."""
        response = self._http.get(f"/users/{user_id}/usage")
        assert response.status_code == 200, f"GET usage -> {response.status_code} {response.text}"
        rows: list[dict[str, Any]] = response.json()
        return rows

    def close(self) -> None:
        self._http.close()


_running_gateway: Gateway | None = None  # for the log tail attached to failing tests


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="package")
def upstream() -> Iterator[FakeUpstream]:
    with run_upstream() as fake:
        yield fake


@pytest.fixture(scope="package")
def gateway(upstream: FakeUpstream) -> Iterator[Gateway]:
    global _running_gateway
    with run_gateway(upstream.base_url, config_overrides={"pricing": PRICING}) as running:
        _running_gateway = running
        try:
            yield running
        finally:
            _running_gateway = None


@pytest.fixture(scope="package")
def setup(gateway: Gateway) -> Iterator[GatewaySetup]:
    helper = GatewaySetup(gateway)
    yield helper
    helper.close()


@pytest.fixture(scope="package")
def api_key(setup: GatewaySetup) -> str:
    """A key for a user without a budget, shared by the tests that only read."""
    return setup.key(setup.user())


@pytest.fixture(scope="package")
def broke_key(setup: GatewaySetup) -> str:
    """A key for a user whose budget is $0, so every inference call is refused with 403."""
    return setup.key(setup.user(max_budget=0.0))


@pytest.fixture
def client(gateway: Gateway, api_key: str) -> Iterator[OtariClient]:
    with OtariClient(api_base=gateway.base_url, platform_token=api_key, timeout=TIMEOUT_S) as sdk:
        yield sdk


@pytest.fixture
async def async_client(gateway: Gateway, api_key: str) -> AsyncIterator[AsyncOtariClient]:
    async with AsyncOtariClient(api_base=gateway.base_url, platform_token=api_key, timeout=TIMEOUT_S) as sdk:
        yield sdk


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Attach the end of the gateway's log to every failing integration test."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and _running_gateway is not None:
        report.sections.append(("gateway log (last 40 lines)", _running_gateway.log_tail()))
