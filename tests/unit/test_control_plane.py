"""Control plane (keys, users, budgets, pricing, usage) and ``client.raw``, over a mocked transport.

Every test looks at what the fake gateway *received* (method, path, query,
body, headers), so a wrong request fails here even when the SDK's own
bookkeeping agrees with itself.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from otari_api import AuthenticatedClient
from otari_api.api.health import health_liveness
from otari_api.models.budget_response import BudgetResponse
from otari_api.models.create_key_request import CreateKeyRequest
from otari_api.models.create_key_response import CreateKeyResponse
from otari_api.models.create_user_request import CreateUserRequest
from otari_api.models.key_info import KeyInfo
from otari_api.models.pricing_response import PricingResponse
from otari_api.models.set_pricing_request import SetPricingRequest
from otari_api.models.update_key_request import UpdateKeyRequest
from otari_api.models.update_user_request import UpdateUserRequest
from otari_api.models.usage_entry import UsageEntry
from otari_api.models.usage_log_response import UsageLogResponse
from otari_api.models.user_response import UserResponse

from otari import (
    APIResponseValidationError,
    AsyncOtariClient,
    ConflictError,
    InvalidRequestError,
    ModelNotFoundError,
    NotFoundError,
    OtariClient,
    RequestValidationError,
)
from otari._registry import public_methods

BASE = "http://gateway.test"
API_KEY = "gw-inference-key-123"
ADMIN_KEY = "master-admin-key-456"
ENV_ADMIN_KEY = "env-admin-key-789"
PLATFORM_TOKEN = "tok-platform-secret-000"
SECRETS = (API_KEY, ADMIN_KEY, ENV_ADMIN_KEY, PLATFORM_TOKEN)

ENV_VARS = ("OTARI_AI_TOKEN", "GATEWAY_PLATFORM_TOKEN", "GATEWAY_API_BASE", "GATEWAY_API_KEY", "GATEWAY_ADMIN_KEY")

KEY = {
    "id": "k1",
    "key_name": "ci",
    "user_id": "alice",
    "created_at": "2025-01-01T00:00:00",
    "expires_at": None,
    "is_active": True,
    "last_used_at": None,
    "metadata": {"team": "a"},
}
NEW_KEY = {k: v for k, v in KEY.items() if k != "last_used_at"} | {"key": "gw-" + "x" * 64}
USER = {
    "user_id": "alice",
    "alias": "Alice",
    "spend": 0.5,
    "budget_id": "b1",
    "budget_started_at": None,
    "next_budget_reset_at": None,
    "blocked": False,
    "created_at": "2025-01-01T00:00:00",
    "updated_at": "2025-01-01T00:00:00",
    "metadata": {},
}
BUDGET = {
    "budget_id": "b1",
    "max_budget": 10.0,
    "budget_duration_sec": None,
    "created_at": "2025-01-01T00:00:00",
    "updated_at": "2025-01-01T00:00:00",
}
PRICE = {
    "model_key": "openai:gpt-4o",
    "input_price_per_million": 1.0,
    "output_price_per_million": 2.0,
    "effective_at": "2025-01-01T00:00:00",
    "created_at": "2025-01-01T00:00:00",
    "updated_at": "2025-01-01T00:00:00",
}
USAGE = {
    "id": "u1",
    "user_id": "alice",
    "api_key_id": "k1",
    "timestamp": "2025-01-01T00:00:00",
    "model": "gpt-4o-mini",
    "provider": "openai",
    "endpoint": "/v1/chat/completions",
    "prompt_tokens": 2,
    "completion_tokens": 3,
    "total_tokens": 5,
    "cost": 8e-06,
    "status": "success",
    "error_message": None,
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


# --------------------------------------------------------------------------- the fake gateway


@dataclass
class FakeGateway:
    """Records every request; answers with queued replies, else with ``route``."""

    replies: list[httpx.Response] = field(default_factory=list)
    route: Callable[[httpx.Request], httpx.Response] | None = None
    requests: list[httpx.Request] = field(default_factory=list)

    def reply(self, status: int = 200, body: Any = None) -> FakeGateway:
        if body is None:
            self.replies.append(httpx.Response(status))
        else:
            self.replies.append(httpx.Response(status, json=body))
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.replies:
            return self.replies.pop(0)
        if self.route is not None:
            return self.route(request)
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "the gateway received nothing"
        return self.requests[-1]


def sync_client(gateway: FakeGateway, **options: Any) -> OtariClient:
    options.setdefault("api_base", BASE)
    if "platform_token" not in options:
        options.setdefault("api_key", API_KEY)
        options.setdefault("admin_key", ADMIN_KEY)
    return OtariClient(http_client=httpx.Client(transport=httpx.MockTransport(gateway)), **options)


def async_client(gateway: FakeGateway, **options: Any) -> AsyncOtariClient:
    options.setdefault("api_base", BASE)
    if "platform_token" not in options:
        options.setdefault("api_key", API_KEY)
        options.setdefault("admin_key", ADMIN_KEY)
    return AsyncOtariClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(gateway)), **options)


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


# --------------------------------------------------------------------------- every method, sync and async


@dataclass
class Case:
    resource: str
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    status: int
    reply: Any
    http_method: str
    path: str
    params: dict[str, str]
    body: Any
    result: type | None
    result_is_list: bool = False

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.method}"


NAIVE = dt.datetime(2030, 1, 2, 3, 4, 5)
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))

CASES = [
    # keys
    Case(
        "keys",
        "create",
        (),
        {"key_name": "ci", "user_id": "alice", "expires_at": NAIVE, "metadata": {"team": "a"}},
        200,
        NEW_KEY,
        "POST",
        "/v1/keys",
        {},
        {"key_name": "ci", "user_id": "alice", "expires_at": "2030-01-02T03:04:05+00:00", "metadata": {"team": "a"}},
        CreateKeyResponse,
    ),
    Case("keys", "get", ("k1",), {}, 200, KEY, "GET", "/v1/keys/k1", {}, None, KeyInfo),
    Case(
        "keys",
        "list",
        (),
        {"skip": 5, "limit": 10},
        200,
        [KEY, KEY],
        "GET",
        "/v1/keys",
        {"skip": "5", "limit": "10"},
        None,
        KeyInfo,
        True,
    ),
    Case(
        "keys",
        "update",
        ("k1",),
        {"is_active": False, "key_name": "ci-2"},
        200,
        KEY,
        "PATCH",
        "/v1/keys/k1",
        {},
        {"is_active": False, "key_name": "ci-2"},
        KeyInfo,
    ),
    Case("keys", "delete", ("k1",), {}, 204, None, "DELETE", "/v1/keys/k1", {}, None, None),
    # users
    Case(
        "users",
        "create",
        (),
        {"user_id": "alice", "alias": "Alice", "budget_id": "b1", "metadata": {"team": "a"}},
        200,
        USER,
        "POST",
        "/v1/users",
        {},
        {"user_id": "alice", "alias": "Alice", "budget_id": "b1", "metadata": {"team": "a"}},
        UserResponse,
    ),
    Case("users", "get", ("alice",), {}, 200, USER, "GET", "/v1/users/alice", {}, None, UserResponse),
    Case("users", "list", (), {}, 200, [USER], "GET", "/v1/users", {}, None, UserResponse, True),
    Case(
        "users",
        "update",
        ("alice",),
        {"blocked": True},
        200,
        USER,
        "PATCH",
        "/v1/users/alice",
        {},
        {"blocked": True},
        UserResponse,
    ),
    Case("users", "delete", ("alice",), {}, 204, None, "DELETE", "/v1/users/alice", {}, None, None),
    Case(
        "users",
        "get_usage",
        ("alice",),
        {"skip": 0, "limit": 2},
        200,
        [USAGE, USAGE],
        "GET",
        "/v1/users/alice/usage",
        {"skip": "0", "limit": "2"},
        None,
        UsageLogResponse,
        True,
    ),
    # budgets
    Case(
        "budgets",
        "create",
        (),
        {"max_budget": 10.0, "budget_duration_sec": 86400},
        200,
        BUDGET,
        "POST",
        "/v1/budgets",
        {},
        {"max_budget": 10.0, "budget_duration_sec": 86400},
        BudgetResponse,
    ),
    Case("budgets", "get", ("b1",), {}, 200, BUDGET, "GET", "/v1/budgets/b1", {}, None, BudgetResponse),
    Case(
        "budgets",
        "list",
        (),
        {"limit": 1},
        200,
        [BUDGET],
        "GET",
        "/v1/budgets",
        {"limit": "1"},
        None,
        BudgetResponse,
        True,
    ),
    Case(
        "budgets",
        "update",
        ("b1",),
        {"max_budget": 20.0},
        200,
        BUDGET,
        "PATCH",
        "/v1/budgets/b1",
        {},
        {"max_budget": 20.0},
        BudgetResponse,
    ),
    Case("budgets", "delete", ("b1",), {}, 204, None, "DELETE", "/v1/budgets/b1", {}, None, None),
    # pricing
    Case(
        "pricing",
        "set",
        (),
        {
            "model_key": "openai:gpt-4o",
            "input_price_per_million": 1.0,
            "output_price_per_million": 2.0,
            "effective_at": "2025-03-01T00:00:00Z",
        },
        200,
        PRICE,
        "POST",
        "/v1/pricing",
        {},
        {
            "model_key": "openai:gpt-4o",
            "input_price_per_million": 1.0,
            "output_price_per_million": 2.0,
            "effective_at": "2025-03-01T00:00:00+00:00",
        },
        PricingResponse,
    ),
    Case(
        "pricing",
        "get",
        ("openai:gpt-4o",),
        {"as_of": dt.datetime(2025, 3, 1, 12, 0, tzinfo=PLUS_TWO)},
        200,
        PRICE,
        "GET",
        "/v1/pricing/openai:gpt-4o",
        {"as_of": "2025-03-01T12:00:00+02:00"},
        None,
        PricingResponse,
    ),
    Case(
        "pricing",
        "list",
        (),
        {"skip": 1, "limit": 1000},
        200,
        [PRICE],
        "GET",
        "/v1/pricing",
        {"skip": "1", "limit": "1000"},
        None,
        PricingResponse,
        True,
    ),
    Case(
        "pricing",
        "get_history",
        ("openai:gpt-4o",),
        {},
        200,
        [PRICE, PRICE],
        "GET",
        "/v1/pricing/openai:gpt-4o/history",
        {},
        None,
        PricingResponse,
        True,
    ),
    Case(
        "pricing",
        "delete",
        ("openai:gpt-4o",),
        {"effective_at": dt.date(2025, 3, 1)},
        204,
        None,
        "DELETE",
        "/v1/pricing/openai:gpt-4o",
        {"effective_at": "2025-03-01T00:00:00+00:00"},
        None,
        None,
    ),
    # usage
    Case(
        "usage",
        "list",
        (),
        {
            "start_date": dt.datetime(2025, 1, 1),
            "end_date": "2025-02-01T00:00:00-05:00",
            "user_id": "alice",
            "skip": 10,
            "limit": 5,
        },
        200,
        [USAGE],
        "GET",
        "/v1/usage",
        {
            "start_date": "2025-01-01T00:00:00+00:00",
            "end_date": "2025-02-01T00:00:00-05:00",
            "user_id": "alice",
            "skip": "10",
            "limit": "5",
        },
        None,
        UsageEntry,
        True,
    ),
]


def check_case(case: Case, gateway: FakeGateway, result: Any) -> None:
    assert len(gateway.requests) == 1
    sent = gateway.last
    assert sent.method == case.http_method
    assert sent.url.path == case.path
    assert str(sent.url).startswith(BASE + "/v1/")
    assert dict(sent.url.params) == case.params
    assert body_of(sent) == case.body
    if case.body is not None:
        assert sent.headers["content-type"] == "application/json"
    # the admin credential, in the self-hosted header; never the inference key
    assert sent.headers["otari-key"] == f"Bearer {ADMIN_KEY}"
    assert "authorization" not in sent.headers
    assert sent.headers["user-agent"].startswith("otari-python/")

    if case.result is None:
        assert result is None
    elif case.result_is_list:
        assert isinstance(result, list)
        assert [type(item) for item in result] == [case.result] * len(case.reply)
        assert [item.to_dict() for item in result] == case.reply
    else:
        assert isinstance(result, case.result)
        assert result.to_dict() == case.reply


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_every_method_sync(case: Case) -> None:
    gateway = FakeGateway().reply(case.status, case.reply)
    with sync_client(gateway) as client:
        method = getattr(getattr(client.control_plane, case.resource), case.method)
        result = method(*case.args, **case.kwargs)
    check_case(case, gateway, result)


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
async def test_every_method_async(case: Case) -> None:
    gateway = FakeGateway().reply(case.status, case.reply)
    async with async_client(gateway) as client:
        method = getattr(getattr(client.control_plane, case.resource), case.method)
        result = await method(*case.args, **case.kwargs)
    check_case(case, gateway, result)


def test_the_table_covers_every_method() -> None:
    described = {
        tuple(name.split(".")[1:])
        for name in public_methods()
        if name.startswith("control_plane.") and ".iter" not in name
    }
    assert {(case.resource, case.method) for case in CASES} == described


def test_both_clients_share_one_table_of_resources() -> None:
    client, aclient = sync_client(FakeGateway()), async_client(FakeGateway())
    for name in ("keys", "users", "budgets", "pricing", "usage"):
        assert type(getattr(client.control_plane, name)) is type(getattr(aclient.control_plane, name))
    assert client.control_plane.keys.create.__doc__ == aclient.control_plane.keys.create.__doc__


def test_control_plane_is_cached_and_typed() -> None:
    client = sync_client(FakeGateway())
    assert client.control_plane is client.control_plane
    assert client.control_plane.keys is client.control_plane.keys
    assert type(client.control_plane.keys).__name__ == "Keys"
    aclient = async_client(FakeGateway())
    assert aclient.control_plane is aclient.control_plane
    assert type(aclient.control_plane.keys).__name__ == "Keys"


def test_async_methods_are_coroutines() -> None:
    import inspect

    aclient = async_client(FakeGateway())
    assert inspect.iscoroutinefunction(aclient.control_plane.keys.get)
    assert inspect.iscoroutinefunction(aclient.control_plane.pricing.get_history)


# --------------------------------------------------------------------------- request bodies


def test_request_model_as_first_argument() -> None:
    gateway = FakeGateway().reply(200, NEW_KEY)
    client = sync_client(gateway)
    client.control_plane.keys.create(CreateKeyRequest(key_name="ci", expires_at=NAIVE))
    assert body_of(gateway.last) == {"key_name": "ci", "expires_at": "2030-01-02T03:04:05+00:00"}


def test_request_model_can_send_explicit_null() -> None:
    gateway = FakeGateway().reply(200, KEY).reply(200, USER)
    client = sync_client(gateway)
    client.control_plane.keys.update("k1", UpdateKeyRequest(expires_at=None))
    assert body_of(gateway.requests[0]) == {"expires_at": None}
    client.control_plane.users.update("alice", UpdateUserRequest(budget_id=None, alias="A"))
    assert body_of(gateway.requests[1]) == {"budget_id": None, "alias": "A"}


def test_request_model_for_users_and_pricing() -> None:
    gateway = FakeGateway().reply(200, USER).reply(200, PRICE)
    client = sync_client(gateway)
    client.control_plane.users.create(CreateUserRequest(user_id="bob"))
    assert body_of(gateway.requests[0]) == {"user_id": "bob"}  # the schema's default (blocked=false) is not sent
    client.control_plane.pricing.set(
        SetPricingRequest(model_key="openai:gpt-4o", input_price_per_million=1, output_price_per_million=2)
    )
    assert body_of(gateway.requests[1]) == {
        "model_key": "openai:gpt-4o",
        "input_price_per_million": 1,
        "output_price_per_million": 2,
    }


def test_none_keywords_are_left_out_and_unknown_keywords_are_kept() -> None:
    gateway = FakeGateway().reply(200, NEW_KEY)
    client = sync_client(gateway)
    client.control_plane.keys.create(key_name="ci", user_id=None, team_quota=5, labels=["x"])
    assert body_of(gateway.last) == {"key_name": "ci", "team_quota": 5, "labels": ["x"]}


def test_empty_update_sends_an_empty_object() -> None:
    gateway = FakeGateway().reply(200, BUDGET)
    sync_client(gateway).control_plane.budgets.update("b1")
    assert body_of(gateway.last) == {}


def test_path_parameters_are_escaped() -> None:
    gateway = FakeGateway().reply(200, KEY).reply(200, [PRICE])
    client = sync_client(gateway)
    client.control_plane.keys.get("a/b c")
    assert gateway.requests[0].url.raw_path == b"/v1/keys/a%2Fb%20c"
    client.control_plane.pricing.get_history("openai:gpt-4o")
    assert gateway.requests[1].url.raw_path == b"/v1/pricing/openai%3Agpt-4o/history"


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (dt.datetime(2025, 6, 1, 8, 30), "2025-06-01T08:30:00+00:00"),  # naive: UTC
        (dt.datetime(2025, 6, 1, 8, 30, tzinfo=dt.UTC), "2025-06-01T08:30:00+00:00"),
        (dt.datetime(2025, 6, 1, 8, 30, tzinfo=PLUS_TWO), "2025-06-01T08:30:00+02:00"),  # kept as is
        (dt.datetime(2025, 6, 1, 8, 30, 0, 123456), "2025-06-01T08:30:00.123456+00:00"),
        (dt.date(2025, 6, 1), "2025-06-01T00:00:00+00:00"),
        ("2025-06-01T08:30:00Z", "2025-06-01T08:30:00+00:00"),
        ("2025-06-01T08:30:00", "2025-06-01T08:30:00+00:00"),
        ("2025-06-01", "2025-06-01T00:00:00+00:00"),
        ("2025-06-01T08:30:00-07:00", "2025-06-01T08:30:00-07:00"),
    ],
)
def test_dates_in_bodies_and_queries(given: Any, sent: str) -> None:
    gateway = FakeGateway().reply(200, KEY).reply(200, [])
    client = sync_client(gateway)
    client.control_plane.keys.update("k1", expires_at=given)
    assert body_of(gateway.requests[0]) == {"expires_at": sent}
    client.control_plane.usage.list(start_date=given)
    assert gateway.requests[1].url.params["start_date"] == sent


@pytest.mark.parametrize(
    "call",
    [
        lambda cp: cp.keys.get(""),
        lambda cp: cp.keys.get("   "),
        lambda cp: cp.keys.get(None),
        lambda cp: cp.keys.delete(42),
        lambda cp: cp.users.update("", alias="x"),
        lambda cp: cp.users.create(alias="no id"),
        lambda cp: cp.users.create(user_id=""),
        lambda cp: cp.budgets.delete(""),
        lambda cp: cp.pricing.get("", as_of=None),
        lambda cp: cp.pricing.set(model_key="openai:x", input_price_per_million=1.0),
        lambda cp: cp.pricing.get("openai:x", as_of="yesterday"),
        lambda cp: cp.pricing.delete("openai:x", effective_at=12345),
        lambda cp: cp.keys.create(expires_at="not a date"),
        lambda cp: cp.keys.create(CreateKeyRequest(key_name="a"), user_id="both"),
        lambda cp: cp.keys.create(UpdateKeyRequest(key_name="wrong model")),
        lambda cp: cp.keys.update("k1", CreateKeyRequest(key_name="wrong model")),
        lambda cp: cp.keys.list(limit=0),
        lambda cp: cp.keys.list(skip=-1),
        lambda cp: cp.keys.list(limit=True),
        lambda cp: cp.users.list(limit="10"),
        lambda cp: cp.usage.list(user_id=""),
        lambda cp: cp.keys.iter(limit=0),
        lambda cp: cp.users.iter_usage(""),
        lambda cp: cp.usage.iter(start_date="soon"),
    ],
)
def test_bad_arguments_raise_before_sending(call: Callable[[Any], Any]) -> None:
    gateway = FakeGateway()
    client = sync_client(gateway)
    with pytest.raises(InvalidRequestError):
        call(client.control_plane)
    assert gateway.requests == []


@pytest.mark.anyio
async def test_bad_arguments_raise_before_sending_async() -> None:
    gateway = FakeGateway()
    client = async_client(gateway)
    with pytest.raises(InvalidRequestError):
        await client.control_plane.keys.get("")
    with pytest.raises(InvalidRequestError):
        client.control_plane.keys.iter(limit=0)  # checked when the iterator is made, not at the first page
    assert gateway.requests == []


# --------------------------------------------------------------------------- paging


def paged(items: list[dict[str, Any]]) -> Callable[[httpx.Request], httpx.Response]:
    """A listing endpoint that honours skip/limit like the gateway does."""

    def route(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params.get("skip", 0))
        limit = int(request.url.params.get("limit", 100))
        return httpx.Response(200, json=items[skip : skip + limit])

    return route


def keys_named(count: int) -> list[dict[str, Any]]:
    return [KEY | {"id": f"k{i}"} for i in range(count)]


def pages_asked(gateway: FakeGateway) -> list[tuple[str, str]]:
    return [(r.url.params["skip"], r.url.params["limit"]) for r in gateway.requests]


def test_iter_fetches_pages_only_as_needed() -> None:
    gateway = FakeGateway(route=paged(keys_named(7)))
    client = sync_client(gateway)
    walk = client.control_plane.keys.iter(limit=3)
    assert gateway.requests == []  # nothing until the first item is wanted
    first = next(walk)
    assert first.id == "k0"
    assert pages_asked(gateway) == [("0", "3")]
    assert [next(walk).id, next(walk).id] == ["k1", "k2"]
    assert len(gateway.requests) == 1  # the first page is used up, the next is not fetched yet
    assert next(walk).id == "k3"
    assert pages_asked(gateway) == [("0", "3"), ("3", "3")]
    rest = [key.id for key in walk]
    assert rest == ["k4", "k5", "k6"]
    assert pages_asked(gateway) == [("0", "3"), ("3", "3"), ("6", "3")]  # a short page ends the walk
    assert all(isinstance(key, KeyInfo) for key in client.control_plane.keys.iter(limit=3))


def test_iter_when_the_last_page_is_full_asks_once_more() -> None:
    gateway = FakeGateway(route=paged(keys_named(6)))
    keys = list(sync_client(gateway).control_plane.keys.iter(limit=3))
    assert [k.id for k in keys] == [f"k{i}" for i in range(6)]
    assert pages_asked(gateway) == [("0", "3"), ("3", "3"), ("6", "3")]


def test_iter_default_page_size_and_start() -> None:
    gateway = FakeGateway(route=paged(keys_named(250)))
    client = sync_client(gateway)
    assert len(list(client.control_plane.keys.iter())) == 250
    assert pages_asked(gateway) == [("0", "100"), ("100", "100"), ("200", "100")]
    gateway.requests.clear()
    assert [k.id for k in client.control_plane.keys.iter(skip=248, limit=10)] == ["k248", "k249"]
    assert pages_asked(gateway) == [("248", "10")]


def test_iter_of_an_empty_listing() -> None:
    gateway = FakeGateway(route=paged([]))
    assert list(sync_client(gateway).control_plane.budgets.iter()) == []
    assert len(gateway.requests) == 1


def test_iter_stops_at_an_error() -> None:
    gateway = FakeGateway().reply(200, [KEY, KEY]).reply(404, {"detail": "gone"})
    walk = sync_client(gateway).control_plane.keys.iter(limit=2)
    assert len([next(walk), next(walk)]) == 2
    with pytest.raises(NotFoundError):
        next(walk)


@pytest.mark.anyio
async def test_async_iter_fetches_pages_only_as_needed() -> None:
    gateway = FakeGateway(route=paged(keys_named(5)))
    client = async_client(gateway)
    walk = client.control_plane.keys.iter(limit=2)
    assert gateway.requests == []
    assert (await walk.__anext__()).id == "k0"
    assert pages_asked(gateway) == [("0", "2")]
    assert (await walk.__anext__()).id == "k1"
    assert len(gateway.requests) == 1
    assert (await walk.__anext__()).id == "k2"
    assert pages_asked(gateway) == [("0", "2"), ("2", "2")]
    rest = [key.id async for key in walk]
    assert rest == ["k3", "k4"]
    assert pages_asked(gateway) == [("0", "2"), ("2", "2"), ("4", "2")]


ITERATORS = [
    ("users", "iter", (), {}, USER, "/v1/users", {}),
    ("users", "iter_usage", ("alice",), {}, USAGE, "/v1/users/alice/usage", {}),
    ("budgets", "iter", (), {}, BUDGET, "/v1/budgets", {}),
    ("pricing", "iter", (), {}, PRICE, "/v1/pricing", {}),
    (
        "usage",
        "iter",
        (),
        {"user_id": "alice", "start_date": dt.date(2025, 1, 1)},
        USAGE,
        "/v1/usage",
        {"user_id": "alice", "start_date": "2025-01-01T00:00:00+00:00"},
    ),
]


def check_iteration(gateway: FakeGateway, path: str, filters: dict[str, str]) -> None:
    assert [r.url.path for r in gateway.requests] == [path] * 3
    assert pages_asked(gateway) == [("0", "2"), ("2", "2"), ("4", "2")]
    for sent in gateway.requests:  # the filters go with every page
        assert {k: v for k, v in sent.url.params.items() if k not in ("skip", "limit")} == filters
        assert sent.headers["otari-key"] == f"Bearer {ADMIN_KEY}"


@pytest.mark.parametrize(("resource", "method", "args", "kwargs", "item", "path", "filters"), ITERATORS)
def test_every_iterator_sync(
    resource: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], item: Any, path: str, filters: Any
) -> None:
    gateway = FakeGateway(route=paged([item] * 5))
    client = sync_client(gateway)
    walk: Iterator[Any] = getattr(getattr(client.control_plane, resource), method)(*args, limit=2, **kwargs)
    items = list(walk)
    assert len(items) == 5
    assert all(i.to_dict() == item for i in items)
    check_iteration(gateway, path, filters)


@pytest.mark.anyio
@pytest.mark.parametrize(("resource", "method", "args", "kwargs", "item", "path", "filters"), ITERATORS)
async def test_every_iterator_async(
    resource: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], item: Any, path: str, filters: Any
) -> None:
    gateway = FakeGateway(route=paged([item] * 5))
    client = async_client(gateway)
    walk = getattr(getattr(client.control_plane, resource), method)(*args, limit=2, **kwargs)
    items = [i async for i in walk]
    assert len(items) == 5
    assert all(i.to_dict() == item for i in items)
    check_iteration(gateway, path, filters)


# --------------------------------------------------------------------------- credentials


def test_admin_key_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_ADMIN_KEY", ENV_ADMIN_KEY)
    gateway = FakeGateway().reply(200, [])
    sync_client(gateway, admin_key=ADMIN_KEY).control_plane.keys.list()
    assert gateway.last.headers["otari-key"] == f"Bearer {ADMIN_KEY}"


def test_admin_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_ADMIN_KEY", ENV_ADMIN_KEY)
    gateway = FakeGateway().reply(200, [])
    sync_client(gateway, admin_key=None).control_plane.users.list()
    assert gateway.last.headers["otari-key"] == f"Bearer {ENV_ADMIN_KEY}"
    assert "authorization" not in gateway.last.headers


def test_platform_token_is_the_fallback_admin_credential() -> None:
    gateway = FakeGateway().reply(200, [])
    client = sync_client(gateway, platform_token=PLATFORM_TOKEN)
    client.control_plane.budgets.list()
    assert gateway.last.headers["authorization"] == f"Bearer {PLATFORM_TOKEN}"
    assert "otari-key" not in gateway.last.headers


def test_platform_mode_with_an_admin_key_sends_it_as_bearer() -> None:
    gateway = FakeGateway().reply(200, [])
    sync_client(gateway, platform_token=PLATFORM_TOKEN, admin_key=ADMIN_KEY).control_plane.pricing.list()
    assert gateway.last.headers["authorization"] == f"Bearer {ADMIN_KEY}"
    assert "otari-key" not in gateway.last.headers


def test_environment_admin_key_in_platform_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTARI_AI_TOKEN", PLATFORM_TOKEN)
    monkeypatch.setenv("GATEWAY_ADMIN_KEY", ENV_ADMIN_KEY)
    gateway = FakeGateway().reply(200, [])
    client = OtariClient(api_base=BASE, http_client=httpx.Client(transport=httpx.MockTransport(gateway)))
    client.control_plane.usage.list()
    assert gateway.last.headers["authorization"] == f"Bearer {ENV_ADMIN_KEY}"


def test_without_an_admin_credential_nothing_is_sent() -> None:
    gateway = FakeGateway()
    client = sync_client(gateway, admin_key=None)
    with pytest.raises(InvalidRequestError, match="admin"):
        client.control_plane.keys.list()
    with pytest.raises(InvalidRequestError, match="GATEWAY_ADMIN_KEY"):
        list(client.control_plane.users.iter())
    assert gateway.requests == []


@pytest.mark.anyio
async def test_without_an_admin_credential_nothing_is_sent_async() -> None:
    gateway = FakeGateway()
    client = async_client(gateway, admin_key=None)
    with pytest.raises(InvalidRequestError, match="admin"):
        await client.control_plane.keys.delete("k1")
    with pytest.raises(InvalidRequestError):
        [x async for x in client.control_plane.usage.iter()]
    assert gateway.requests == []


@pytest.mark.anyio
async def test_async_admin_credential_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    gateway = FakeGateway().reply(200, KEY).reply(200, KEY).reply(200, KEY)
    await async_client(gateway).control_plane.keys.get("k1")
    await async_client(gateway, platform_token=PLATFORM_TOKEN).control_plane.keys.get("k1")
    monkeypatch.setenv("GATEWAY_ADMIN_KEY", ENV_ADMIN_KEY)
    await async_client(gateway, admin_key=None).control_plane.keys.get("k1")
    sent = gateway.requests
    assert sent[0].headers["otari-key"] == f"Bearer {ADMIN_KEY}"
    assert sent[1].headers["authorization"] == f"Bearer {PLATFORM_TOKEN}"
    assert sent[2].headers["otari-key"] == f"Bearer {ENV_ADMIN_KEY}"


def test_inference_calls_keep_the_inference_key() -> None:
    gateway = FakeGateway().reply(200, {"status": "healthy"}).reply(200, [])
    client = sync_client(gateway)
    client.health()
    client.control_plane.keys.list()
    assert gateway.requests[0].headers["otari-key"] == f"Bearer {API_KEY}"
    assert gateway.requests[1].headers["otari-key"] == f"Bearer {ADMIN_KEY}"


# --------------------------------------------------------------------------- errors


def test_missing_resource_is_not_found_but_not_model_not_found() -> None:
    gateway = FakeGateway().reply(404, {"detail": "Budget with id 'nope' not found"})
    with pytest.raises(NotFoundError) as caught:
        sync_client(gateway).control_plane.budgets.get("nope")
    assert not isinstance(caught.value, ModelNotFoundError)
    assert caught.value.status_code == 404
    assert "Budget with id 'nope' not found" in str(caught.value)


def test_duplicate_user_is_a_conflict() -> None:
    gateway = FakeGateway().reply(409, {"detail": "User with id 'alice' already exists"})
    with pytest.raises(ConflictError) as caught:
        sync_client(gateway).control_plane.users.create(user_id="alice")
    assert type(caught.value) is ConflictError
    assert caught.value.message == "User with id 'alice' already exists"


def test_rejected_fields_are_a_validation_error() -> None:
    detail = [{"type": "value_error", "loc": ["body", "reset_alignment"], "msg": "unknown alignment", "input": "x"}]
    gateway = FakeGateway().reply(422, {"detail": detail})
    with pytest.raises(RequestValidationError) as caught:
        sync_client(gateway).control_plane.budgets.create(max_budget=5, reset_alignment="sometimes")
    assert caught.value.errors == detail
    assert "reset_alignment" in str(caught.value)


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda cp: cp.budgets.create(max_budget=-1), "max_budget must be at least 0"),
        (lambda cp: cp.usage.list(limit=5000), "limit must be at most 1000"),
        (lambda cp: cp.keys.list(skip=-1), "skip must be at least 0"),
        (lambda cp: cp.keys.create(key_name=["a"]), "key_name must be a string"),
        (lambda cp: cp.users.update("alice", blocked="yes"), "blocked must be True or False"),
    ],
)
def test_bounds_and_types_from_the_spec_are_checked_before_sending(call: Callable[[Any], Any], named: str) -> None:
    gateway = FakeGateway()
    with pytest.raises(InvalidRequestError, match=named):
        call(sync_client(gateway).control_plane)
    assert gateway.requests == []


def test_delete_raises_on_failure() -> None:
    gateway = FakeGateway().reply(404, {"detail": "User with id 'ghost' not found"}).reply(500, {"detail": "boom"})
    client = sync_client(gateway)
    with pytest.raises(NotFoundError):
        client.control_plane.users.delete("ghost")
    with pytest.raises(Exception, match="boom"):
        client.control_plane.keys.delete("k1")


def test_an_answer_of_the_wrong_shape() -> None:
    gateway = FakeGateway().reply(200, {"not": "a key"}).reply(200, {"not": "a list"})
    client = sync_client(gateway)
    with pytest.raises(APIResponseValidationError):
        client.control_plane.keys.get("k1")
    with pytest.raises(APIResponseValidationError):
        client.control_plane.keys.list()


@pytest.mark.anyio
async def test_error_types_async() -> None:
    gateway = (
        FakeGateway()
        .reply(404, {"detail": "nope"})
        .reply(409, {"detail": "exists"})
        .reply(422, {"detail": [{"loc": ["query", "model"], "msg": "unknown", "type": "value_error"}]})
        .reply(404, {"detail": "no price"})
    )
    client = async_client(gateway)
    with pytest.raises(NotFoundError) as missing:
        await client.control_plane.keys.update("k9", is_active=False)
    assert not isinstance(missing.value, ModelNotFoundError)
    with pytest.raises(ConflictError):
        await client.control_plane.users.create(user_id="alice")
    with pytest.raises(RequestValidationError) as invalid:
        await client.control_plane.usage.list(model="no-such-model")
    assert invalid.value.errors[0]["loc"] == ["query", "model"]
    with pytest.raises(NotFoundError):
        await client.control_plane.pricing.delete("openai:none")


# --------------------------------------------------------------------------- no secrets on display


def test_no_secret_in_reprs_or_errors() -> None:
    gateway = FakeGateway().reply(404, {"detail": "Key with id 'k1' not found"})
    client = sync_client(gateway)
    shown = [repr(client), str(client), repr(client.control_plane), repr(client.control_plane.keys)]
    shown += [repr(client.raw), str(client.raw), repr(client._config)]
    with pytest.raises(NotFoundError) as not_found:
        client.control_plane.keys.get("k1")
    shown += [str(not_found.value), repr(not_found.value), repr(not_found.value.detail)]
    missing_admin = sync_client(FakeGateway(), admin_key=None)
    with pytest.raises(InvalidRequestError) as no_admin:
        missing_admin.control_plane.keys.list()
    shown += [str(no_admin.value), repr(no_admin.value), repr(missing_admin.raw)]
    platform = sync_client(FakeGateway(), platform_token=PLATFORM_TOKEN)
    shown += [repr(platform), repr(platform.raw), repr(platform.control_plane)]
    aclient = async_client(FakeGateway())
    shown += [repr(aclient), repr(aclient.control_plane), repr(aclient.raw)]
    for text in shown:
        for secret in SECRETS:
            assert secret not in text, text


# --------------------------------------------------------------------------- raw access


def test_raw_sends_through_the_same_transport_with_the_client_credential() -> None:
    gateway = FakeGateway().reply(200, {"status": "alive"})
    client = sync_client(gateway, default_headers={"X-Team": "ops"}, timeout=12.5)
    raw = client.raw
    assert isinstance(raw, AuthenticatedClient)
    assert raw is client.raw  # cached
    response = health_liveness.sync_detailed(client=raw)
    assert response.status_code == 200
    sent = gateway.last  # reached our mock, so it went through the client's transport
    assert str(sent.url) == f"{BASE}/health/liveness"
    assert sent.headers["otari-key"] == f"Bearer {API_KEY}"
    assert "authorization" not in sent.headers
    assert sent.headers["x-team"] == "ops"
    assert sent.headers["user-agent"].startswith("otari-python/")
    assert "otari-spec-version" in sent.headers
    assert raw.get_httpx_client().timeout == httpx.Timeout(12.5, connect=5.0)


def test_raw_in_platform_mode_uses_authorization() -> None:
    gateway = FakeGateway().reply(200, {"status": "alive"})
    client = sync_client(gateway, platform_token=PLATFORM_TOKEN, api_base=BASE)
    health_liveness.sync_detailed(client=client.raw)
    assert gateway.last.headers["authorization"] == f"Bearer {PLATFORM_TOKEN}"
    assert "otari-key" not in gateway.last.headers


def test_raw_can_call_a_wrapped_endpoint_too() -> None:
    from otari_api.api.keys import get_key

    gateway = FakeGateway().reply(200, KEY)
    client = sync_client(gateway)
    key = get_key.sync(key_id="k1", client=client.raw)
    assert isinstance(key, KeyInfo)
    assert gateway.last.url.path == "/v1/keys/k1"


def test_raw_shares_the_connection_pool_of_an_owned_client() -> None:
    with OtariClient(api_base=BASE, api_key=API_KEY) as client:
        pool = client._transport.http._transport
        assert client.raw.get_httpx_client()._transport is pool


def test_raw_uses_the_timeout_of_a_passed_http_client() -> None:
    own = httpx.Client(transport=httpx.MockTransport(FakeGateway()), timeout=3.0)
    client = OtariClient(api_base=BASE, api_key=API_KEY, http_client=own)
    assert client.raw.get_httpx_client().timeout == httpx.Timeout(3.0)


@pytest.mark.anyio
async def test_async_raw_sends_through_the_same_transport() -> None:
    gateway = FakeGateway().reply(200, {"status": "alive"}).reply(200, {"status": "alive"})
    client = async_client(gateway)
    raw = client.raw
    assert raw is client.raw
    response = await health_liveness.asyncio_detailed(client=raw)
    assert response.status_code == 200
    assert gateway.last.headers["otari-key"] == f"Bearer {API_KEY}"
    assert str(gateway.last.url) == f"{BASE}/health/liveness"
    platform = async_client(gateway, platform_token=PLATFORM_TOKEN)
    await health_liveness.asyncio_detailed(client=platform.raw)
    assert gateway.last.headers["authorization"] == f"Bearer {PLATFORM_TOKEN}"


@pytest.mark.anyio
async def test_async_raw_shares_the_connection_pool_of_an_owned_client() -> None:
    async with AsyncOtariClient(api_base=BASE, api_key=API_KEY) as client:
        pool = client._transport.http._transport
        assert client.raw.get_async_httpx_client()._transport is pool
