"""The control plane against the real gateway: keys, users, budgets, usage and pricing, sync and async.

The lifecycle test is the story an operator lives through: a budget, a user on
that budget, a key for the user, a call with that key, the call in the user's
usage (and spend), changes to the budget, user and key that the gateway then
enforces, and deletion.

The admin client runs in platform mode pointed at the gateway (see
``conftest.py``) with an ordinary API key as its inference credential and the
gateway's master key as ``admin_key=``: the control-plane calls only succeed
if the SDK sends the admin key on them.

This gateway version refuses to delete a key once usage rows refer to it (500
``Database error``), so the used key is deactivated and a never-used key is
deleted. Budgets here have no ``budget_duration_sec``: with SQLite this gateway
fails every inference call of a user on such a budget.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from otari import (
    AsyncOtariClient,
    AuthenticationError,
    BudgetResponse,
    ConflictError,
    CreateKeyResponse,
    InvalidRequestError,
    KeyInfo,
    ModelNotFoundError,
    NotFoundError,
    OtariClient,
    PricingResponse,
    RequestValidationError,
    UsageLogResponse,
    UserResponse,
)
from tests.integration.conftest import (
    CHAT_MODEL,
    INPUT_PRICE,
    MESSAGES,
    OUTPUT_PRICE,
    PROMPT,
    TIMEOUT_S,
    reply_to,
    unique,
)
from tests.servers.fake_upstream import count_tokens
from tests.servers.gateway import Gateway

pytestmark = pytest.mark.integration

PROMPT_TOKENS = count_tokens(PROMPT)
REPLY_TOKENS = count_tokens(reply_to(PROMPT))
COST = (PROMPT_TOKENS * INPUT_PRICE + REPLY_TOKENS * OUTPUT_PRICE) / 1_000_000  # one chat call, in dollars


@pytest.fixture
def admin(gateway: Gateway, api_key: str) -> Iterator[OtariClient]:
    with OtariClient(
        api_base=gateway.base_url, platform_token=api_key, admin_key=gateway.master_key, timeout=TIMEOUT_S
    ) as client:
        yield client


@pytest.fixture
async def async_admin(gateway: Gateway, api_key: str) -> AsyncIterator[AsyncOtariClient]:
    async with AsyncOtariClient(
        api_base=gateway.base_url, platform_token=api_key, admin_key=gateway.master_key, timeout=TIMEOUT_S
    ) as client:
        yield client


def chat_as(gateway: Gateway, key: str) -> str | None:
    """One chat call with ``key`` on a fresh client; returns the reply text."""
    with OtariClient(api_base=gateway.base_url, platform_token=key, timeout=TIMEOUT_S) as client:
        content = client.completion(model=CHAT_MODEL, messages=MESSAGES).choices[0].message.content
    return content if isinstance(content, str) else None


async def async_chat_as(gateway: Gateway, key: str) -> str | None:
    async with AsyncOtariClient(api_base=gateway.base_url, platform_token=key, timeout=TIMEOUT_S) as client:
        result = await client.completion(model=CHAT_MODEL, messages=MESSAGES)
    content = result.choices[0].message.content
    return content if isinstance(content, str) else None


def check_usage_row(row: UsageLogResponse, user_id: str, key_id: str) -> None:
    assert isinstance(row, UsageLogResponse)
    assert (row.user_id, row.api_key_id, row.status) == (user_id, key_id, "success")
    assert (row.endpoint, row.model, row.provider) == ("/v1/chat/completions", "gpt-4o-mini", "openai")
    assert (row.prompt_tokens, row.completion_tokens, row.total_tokens) == (
        PROMPT_TOKENS,
        REPLY_TOKENS,
        PROMPT_TOKENS + REPLY_TOKENS,
    )
    assert row.cost == pytest.approx(COST)


# --------------------------------------------------------------------------- the lifecycle, blocking


def test_lifecycle(admin: OtariClient, gateway: Gateway) -> None:
    cp = admin.control_plane
    user_id = unique("life")

    # budget -> user on that budget -> key for the user
    budget = cp.budgets.create(max_budget=10.0)
    assert isinstance(budget, BudgetResponse)
    assert (budget.max_budget, budget.budget_duration_sec) == (10.0, None)
    assert cp.budgets.get(budget.budget_id).max_budget == 10.0
    assert budget.budget_id in {b.budget_id for b in cp.budgets.iter()}

    user = cp.users.create(user_id=user_id, alias="Life", budget_id=budget.budget_id, metadata={"team": "sdk"})
    assert isinstance(user, UserResponse)
    assert (user.user_id, user.alias, user.budget_id, user.spend, user.blocked) == (
        user_id,
        "Life",
        budget.budget_id,
        0.0,
        False,
    )
    assert user.metadata == {"team": "sdk"}
    assert user_id in {u.user_id for u in cp.users.iter()}

    created = cp.keys.create(key_name="life-key", user_id=user_id, metadata={"purpose": "test"})
    assert isinstance(created, CreateKeyResponse)
    assert created.key.startswith("gw-")
    assert (created.key_name, created.user_id, created.is_active) == ("life-key", user_id, True)
    info = cp.keys.get(created.id)
    assert isinstance(info, KeyInfo)
    assert (info.id, info.key_name, info.last_used_at) == (created.id, "life-key", None)
    assert not hasattr(info, "key")  # the secret is shown once, at creation
    assert created.id in {k.id for k in cp.keys.iter()}

    # a call with the new key shows up in the user's usage and spend
    assert chat_as(gateway, created.key) == reply_to(PROMPT)
    [row] = cp.users.get_usage(user_id)
    check_usage_row(row, user_id, created.id)
    assert cp.users.get(user_id).spend == pytest.approx(COST)
    assert cp.keys.get(created.id).last_used_at is not None

    # updates, which the gateway then enforces
    assert cp.budgets.update(budget.budget_id, max_budget=COST / 2).max_budget == pytest.approx(COST / 2)
    with pytest.raises(AuthenticationError) as over_budget:
        chat_as(gateway, created.key)
    assert over_budget.value.status_code == 403
    assert over_budget.value.message == f"User '{user_id}' has exceeded budget limit"
    assert cp.budgets.update(budget.budget_id, max_budget=20.0).max_budget == 20.0

    renamed = cp.users.update(user_id, alias="Life 2", metadata={"team": "platform"})
    assert (renamed.alias, renamed.metadata) == ("Life 2", {"team": "platform"})
    assert cp.users.update(user_id, blocked=True).blocked is True
    with pytest.raises(AuthenticationError, match="is blocked"):
        chat_as(gateway, created.key)
    assert cp.users.update(user_id, blocked=False).blocked is False
    assert chat_as(gateway, created.key) == reply_to(PROMPT)
    assert [r.status for r in cp.users.get_usage(user_id)] == ["success", "success"]

    deactivated = cp.keys.update(created.id, key_name="life-key-old", is_active=False)
    assert isinstance(deactivated, KeyInfo)
    assert (deactivated.key_name, deactivated.is_active) == ("life-key-old", False)
    with pytest.raises(AuthenticationError) as inactive:
        chat_as(gateway, created.key)
    assert (inactive.value.status_code, inactive.value.message) == (401, "API key is inactive")

    # delete: an unused key, then the user, then the budget
    unused = cp.keys.create(key_name="never-used", user_id=user_id)
    assert cp.keys.delete(unused.id) is None
    with pytest.raises(NotFoundError) as missing_key:
        cp.keys.get(unused.id)
    assert type(missing_key.value) is NotFoundError  # a resource, not a model
    assert cp.users.delete(user_id) is None
    with pytest.raises(NotFoundError):
        cp.users.get(user_id)
    assert len(cp.users.get_usage(user_id)) == 2  # usage outlives the user
    assert cp.budgets.delete(budget.budget_id) is None
    with pytest.raises(NotFoundError):
        cp.budgets.get(budget.budget_id)


# --------------------------------------------------------------------------- the lifecycle, async


@pytest.mark.anyio
async def test_async_lifecycle(async_admin: AsyncOtariClient, gateway: Gateway) -> None:
    cp = async_admin.control_plane
    user_id = unique("alife")

    budget = await cp.budgets.create(max_budget=5.0)
    assert (await cp.budgets.get(budget.budget_id)).max_budget == 5.0
    assert budget.budget_id in {b.budget_id async for b in cp.budgets.iter()}
    user = await cp.users.create(user_id=user_id, budget_id=budget.budget_id)
    assert (user.user_id, user.budget_id) == (user_id, budget.budget_id)
    assert user_id in {u.user_id for u in await cp.users.list(limit=1000)}
    created = await cp.keys.create(key_name="alife-key", user_id=user_id)
    assert (await cp.keys.get(created.id)).user_id == user_id
    assert created.id in {k.id async for k in cp.keys.iter()}

    assert await async_chat_as(gateway, created.key) == reply_to(PROMPT)
    [row] = await cp.users.get_usage(user_id)
    check_usage_row(row, user_id, created.id)
    assert (await cp.users.get(user_id)).spend == pytest.approx(COST)

    assert (await cp.budgets.update(budget.budget_id, max_budget=7.5)).max_budget == 7.5
    assert (await cp.users.update(user_id, alias="Async")).alias == "Async"
    assert (await cp.keys.update(created.id, is_active=False)).is_active is False
    with pytest.raises(AuthenticationError, match="inactive"):
        await async_chat_as(gateway, created.key)

    unused = await cp.keys.create(user_id=user_id)
    assert await cp.keys.delete(unused.id) is None
    with pytest.raises(NotFoundError):
        await cp.keys.get(unused.id)
    assert await cp.users.delete(user_id) is None
    with pytest.raises(NotFoundError):
        await cp.users.get(user_id)
    assert await cp.budgets.delete(budget.budget_id) is None
    with pytest.raises(NotFoundError):
        await cp.budgets.get(budget.budget_id)


# --------------------------------------------------------------------------- paging over real pages


def test_paging_walks_every_page(admin: OtariClient, gateway: Gateway) -> None:
    cp = admin.control_plane
    user_id = unique("pages")
    created = [cp.keys.create(key_name=f"page-{n}", user_id=user_id) for n in range(3)]
    for key in created:
        chat_as(gateway, key.key)

    every_key = [k.id for k in cp.keys.iter(limit=2)]
    assert len(every_key) == len(set(every_key)), "a key came twice: pages overlap"
    assert {k.id for k in created} <= set(every_key)
    assert len(every_key) == len(cp.keys.list(limit=1000))

    rows = list(cp.users.iter_usage(user_id, limit=1))
    assert len(rows) == 3
    assert {r.api_key_id for r in rows} == {k.id for k in created}
    assert [r.id for r in cp.users.get_usage(user_id, skip=1, limit=1)] == [rows[1].id]


@pytest.mark.anyio
async def test_async_paging_walks_every_page(async_admin: AsyncOtariClient, gateway: Gateway) -> None:
    cp = async_admin.control_plane
    user_id = unique("apages")
    created = [await cp.keys.create(user_id=user_id) for _ in range(3)]
    for key in created:
        await async_chat_as(gateway, key.key)
    rows = [row async for row in cp.users.iter_usage(user_id, limit=2)]
    assert sorted(r.api_key_id or "" for r in rows) == sorted(k.id for k in created)


# --------------------------------------------------------------------------- pricing


def test_pricing(admin: OtariClient) -> None:
    """A price set through the SDK makes the model appear in the model list; deleting it removes it."""
    cp = admin.control_plane
    model = f"openai:{unique('priced')}"
    slash_form = model.replace(":", "/", 1)  # the gateway normalises provider/model to provider:model
    price = cp.pricing.set(model_key=slash_form, input_price_per_million=2.5, output_price_per_million=10)
    assert isinstance(price, PricingResponse)
    assert (price.model_key, price.input_price_per_million, price.output_price_per_million) == (model, 2.5, 10.0)
    assert cp.pricing.get(model).input_price_per_million == 2.5
    assert model in {p.model_key for p in cp.pricing.iter()}
    assert model in {m.id for m in admin.list_models()}
    assert cp.pricing.delete(model) is None
    with pytest.raises(NotFoundError):
        cp.pricing.get(model)
    with pytest.raises(ModelNotFoundError):
        admin.get_model(model)


# --------------------------------------------------------------------------- errors and credentials


def test_control_plane_errors(admin: OtariClient) -> None:
    cp = admin.control_plane
    user_id = unique("dup")
    cp.users.create(user_id=user_id)
    with pytest.raises(ConflictError) as duplicate:
        cp.users.create(user_id=user_id)
    assert (duplicate.value.status_code, duplicate.value.message) == (409, f"User with id '{user_id}' already exists")

    with pytest.raises(NotFoundError) as missing:
        cp.budgets.get("no-such-budget")
    assert type(missing.value) is NotFoundError
    assert missing.value.message == "Budget with id 'no-such-budget' not found"
    with pytest.raises(NotFoundError):
        cp.users.update("no-such-user", alias="x")

    with pytest.raises(InvalidRequestError, match="max_budget must be a number"):
        cp.budgets.create(max_budget="lots")  # type: ignore[arg-type]  # checked against the spec, never sent
    with pytest.raises(RequestValidationError) as invalid:  # extra_body goes out unchecked: the gateway judges it
        cp.budgets.create(extra_body={"max_budget": "lots"})
    assert invalid.value.status_code == 422
    assert [error["loc"] for error in invalid.value.errors] == [["body", "max_budget"]]


@pytest.mark.anyio
async def test_async_control_plane_errors(async_admin: AsyncOtariClient) -> None:
    cp = async_admin.control_plane
    user_id = unique("adup")
    await cp.users.create(user_id=user_id)
    with pytest.raises(ConflictError):
        await cp.users.create(user_id=user_id)
    with pytest.raises(NotFoundError):
        await cp.keys.get("no-such-key")


def test_inference_key_is_not_an_admin_key(gateway: Gateway, api_key: str) -> None:
    """In platform mode the token is the default admin credential; an API key is refused by the gateway."""
    client = OtariClient(api_base=gateway.base_url, platform_token=api_key, timeout=TIMEOUT_S)
    with client, pytest.raises(AuthenticationError) as refused:
        client.control_plane.users.list()
    assert (refused.value.status_code, refused.value.message) == (401, "Invalid master key")
    assert api_key not in str(refused.value)


def test_no_admin_credential_sends_nothing(gateway: Gateway, api_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GATEWAY_ADMIN_KEY", raising=False)
    # Self-hosted mode has no admin fallback; the gateway is not even contacted.
    client = OtariClient(api_base="http://127.0.0.1:9", api_key=api_key)
    with client, pytest.raises(InvalidRequestError, match="admin"):
        client.control_plane.keys.list()
