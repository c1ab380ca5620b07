"""Typed errors from the real gateway, sync and async.

What this gateway version answers (see ``tests/servers/GATEWAY_FACTS.md``):

* a wrong key: 401 ``{"detail": "Invalid API key"}`` -> ``AuthenticationError``;
* any upstream failure (500, 429, 401 from the provider): 500 ``{"detail": "..."}``,
  or on ``/v1/messages`` an Anthropic-style ``{"detail": {"error": {"message": ...}}}``
  -> ``ServerError`` with the gateway's sentence as the message;
* an unknown provider: a plain-text 500 ``Internal Server Error`` -> ``ServerError``;
* an exhausted budget: 403 -> ``AuthenticationError``;
* the upstream dropping the connection mid-stream: an error event inside a 200
  stream -> ``StreamError``, after the chunks that did arrive.

Upstream failures are triggered by model names the fake upstream understands
(``openai:fail-500``, ``openai:fail-midstream``). The SDK retries a 500 twice
by default (0.5 s, then 1 s later), so each upstream-failure test takes about
1.5 s; the gateway records every attempt in the user's usage, which shows the
retries from the server's side.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Awaitable, Callable
from typing import Any, TypeVar

import pytest
from otari_api.types import Unset

from otari import (
    APIStatusError,
    AsyncOtariClient,
    AuthenticationError,
    BadRequestError,
    ChatCompletionChunk,
    MessageStreamEvent,
    ModelNotFoundError,
    OtariClient,
    ServerError,
    StreamError,
    UpstreamProviderError,
)
from tests.integration.conftest import CHAT_MODEL, EMBEDDING_MODEL, MESSAGES, PROMPT, TIMEOUT_S, GatewaySetup, reply_to
from tests.servers.gateway import Gateway

pytestmark = pytest.mark.integration

T = TypeVar("T")

UNKNOWN_KEY = "gw-" + "0" * 64  # well formed, but the gateway never issued it
PROVIDER_FAILED = "The request could not be completed by the provider"
STREAM_FAILED = "An error occurred during streaming"

SyncCall = Callable[[OtariClient], Any]
AsyncCall = Callable[[AsyncOtariClient], Awaitable[Any]]


def _chat(model: str = CHAT_MODEL, **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": MESSAGES, **extra}


def _message(model: str = CHAT_MODEL, **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": MESSAGES, "max_tokens": 50, **extra}


def sync_calls(chat_model: str = CHAT_MODEL, embedding_model: str = EMBEDDING_MODEL) -> dict[str, SyncCall]:
    """One call per endpoint, by label; a stream is only opened, not iterated."""
    return {
        "chat": lambda c: c.completion(**_chat(chat_model)),
        "chat stream": lambda c: c.completion(**_chat(chat_model), stream=True),
        "messages": lambda c: c.message(**_message(chat_model)),
        "embeddings": lambda c: c.embedding(model=embedding_model, input="x"),
    }


def async_calls(chat_model: str = CHAT_MODEL, embedding_model: str = EMBEDDING_MODEL) -> dict[str, AsyncCall]:
    return {
        "chat": lambda c: c.completion(**_chat(chat_model)),
        "chat stream": lambda c: c.completion(**_chat(chat_model), stream=True),
        "messages": lambda c: c.message(**_message(chat_model)),
        "embeddings": lambda c: c.embedding(model=embedding_model, input="x"),
    }


ENDPOINTS = list(sync_calls())


def sync_client(gateway: Gateway, key: str) -> OtariClient:
    return OtariClient(api_base=gateway.base_url, platform_token=key, timeout=TIMEOUT_S)


def async_client_for(gateway: Gateway, key: str) -> AsyncOtariClient:
    return AsyncOtariClient(api_base=gateway.base_url, platform_token=key, timeout=TIMEOUT_S)


def check_status_error(error: APIStatusError, cls: type[APIStatusError], status: int, message: str) -> None:
    assert type(error) is cls, f"expected {cls.__name__}, got {type(error).__name__}: {error}"
    assert error.status_code == status
    assert error.message == message
    assert str(error) == f"{status}: {message}"  # readable: no JSON, no repr of a dict


# --------------------------------------------------------------------------- bad credentials


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_unknown_key_is_authentication_error(gateway: Gateway, endpoint: str) -> None:
    with sync_client(gateway, UNKNOWN_KEY) as client, pytest.raises(AuthenticationError) as caught:
        sync_calls()[endpoint](client)
    check_status_error(caught.value, AuthenticationError, 401, "Invalid API key")
    assert UNKNOWN_KEY not in str(caught.value)
    assert UNKNOWN_KEY not in repr(caught.value)


def test_malformed_key_message_is_the_gateways(gateway: Gateway) -> None:
    with sync_client(gateway, "not-a-key") as client, pytest.raises(AuthenticationError) as caught:
        client.list_models()
    assert caught.value.status_code == 401
    assert caught.value.message.startswith("Invalid API key format")


def test_master_key_without_user_is_bad_request(gateway: Gateway) -> None:
    with sync_client(gateway, gateway.master_key) as client, pytest.raises(BadRequestError) as caught:
        client.completion(**_chat())
    check_status_error(
        caught.value, BadRequestError, 400, "When using master key, 'user' field is required in request body"
    )


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", ENDPOINTS)
async def test_async_unknown_key_is_authentication_error(gateway: Gateway, endpoint: str) -> None:
    async with async_client_for(gateway, UNKNOWN_KEY) as client:
        with pytest.raises(AuthenticationError) as caught:
            await async_calls()[endpoint](client)
    check_status_error(caught.value, AuthenticationError, 401, "Invalid API key")


# --------------------------------------------------------------------------- upstream failures


UPSTREAM_FAILURES = [
    *[(endpoint, "fail-500") for endpoint in ENDPOINTS],
    ("chat", "fail-429"),  # a provider's 429 or 401 also becomes the gateway's 500
    ("chat", "fail-401"),
]


@pytest.mark.parametrize(("endpoint", "marker"), UPSTREAM_FAILURES)
def test_upstream_failure_is_server_error(client: OtariClient, endpoint: str, marker: str) -> None:
    """The gateway hides the provider's status behind a 500; the SDK keeps its sentence readable.

    For a stream the error comes from the call itself, before any iteration.
    """
    failing = f"openai:{marker}"
    with pytest.raises(ServerError) as caught:
        sync_calls(failing, failing)[endpoint](client)
    check_status_error(caught.value, ServerError, 500, PROVIDER_FAILED)
    assert not isinstance(caught.value, UpstreamProviderError)  # that class is for a 502


def test_server_errors_are_retried_then_raised(gateway: Gateway, setup: GatewaySetup) -> None:
    """Seen from the gateway: one call is three attempts by default, one with ``max_retries=0``."""
    user_id = setup.user()
    key = setup.key(user_id)
    with sync_client(gateway, key) as client, pytest.raises(ServerError):
        client.completion(**_chat("openai:fail-500"))
    assert [row["status"] for row in setup.usage(user_id)] == ["error"] * 3
    once = OtariClient(api_base=gateway.base_url, platform_token=key, timeout=TIMEOUT_S, max_retries=0)
    with once, pytest.raises(ServerError):
        once.completion(**_chat("openai:fail-500"))
    assert len(setup.usage(user_id)) == 4


def test_upstream_failure_on_messages_keeps_the_structured_detail(client: OtariClient) -> None:
    with pytest.raises(ServerError) as caught:
        client.message(**_message("openai:fail-500"))
    assert caught.value.detail == {"type": "error", "error": {"type": "api_error", "message": PROVIDER_FAILED}}


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", ENDPOINTS)
async def test_async_upstream_failure_is_server_error(async_client: AsyncOtariClient, endpoint: str) -> None:
    with pytest.raises(ServerError) as caught:
        await async_calls("openai:fail-500", "openai:fail-500")[endpoint](async_client)
    check_status_error(caught.value, ServerError, 500, PROVIDER_FAILED)


def test_unknown_provider_plain_text_500(gateway: Gateway, api_key: str) -> None:
    # Its own client: after this plain-text 500 the gateway resets the kept-alive connection.
    with sync_client(gateway, api_key) as client, pytest.raises(ServerError) as caught:
        client.completion(**_chat("nope:gpt-4o-mini"))
    check_status_error(caught.value, ServerError, 500, "Internal Server Error")
    assert caught.value.detail == "Internal Server Error"
    assert caught.value.response.headers["content-type"].startswith("text/plain")


def test_client_recovers_after_plain_text_500(client: OtariClient) -> None:
    """After a plain-text 500 the gateway resets the kept-alive connection without saying so.

    The next call on the same client must still succeed (the SDK retries a
    connection that fails before any answer). Three rounds, since a reset only
    bites when it lands after the next request was sent.
    """
    for _ in range(3):
        with pytest.raises(ServerError):
            client.completion(**_chat("nope:gpt-4o-mini"))
        assert client.completion(**_chat()).choices[0].message.content == reply_to(PROMPT)


@pytest.mark.anyio
async def test_async_unknown_provider_plain_text_500(gateway: Gateway, api_key: str) -> None:
    async with async_client_for(gateway, api_key) as client:
        with pytest.raises(ServerError) as caught:
            await client.completion(**_chat("nope:gpt-4o-mini"))
    check_status_error(caught.value, ServerError, 500, "Internal Server Error")


def test_unknown_model_is_model_not_found(client: OtariClient) -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        client.get_model("openai:no-such-model")
    check_status_error(caught.value, ModelNotFoundError, 404, "Model 'openai:no-such-model' not found")


# --------------------------------------------------------------------------- budgets


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_exhausted_budget_is_403(gateway: Gateway, broke_key: str, endpoint: str) -> None:
    with sync_client(gateway, broke_key) as client, pytest.raises(AuthenticationError) as caught:
        sync_calls()[endpoint](client)
    assert caught.value.status_code == 403
    assert caught.value.message.endswith("has exceeded budget limit")
    assert caught.value.message.startswith("User '")


@pytest.mark.anyio
@pytest.mark.parametrize("endpoint", ENDPOINTS)
async def test_async_exhausted_budget_is_403(gateway: Gateway, broke_key: str, endpoint: str) -> None:
    async with async_client_for(gateway, broke_key) as client:
        with pytest.raises(AuthenticationError) as caught:
            await async_calls()[endpoint](client)
    assert caught.value.status_code == 403
    assert caught.value.message.endswith("has exceeded budget limit")


# --------------------------------------------------------------------------- failures inside a stream


def _text(chunks: list[ChatCompletionChunk]) -> str:
    return "".join(c.delta.content for chunk in chunks for c in chunk.choices if isinstance(c.delta.content, str))


def _message_text(events: list[MessageStreamEvent]) -> str:
    return "".join(
        event.delta.text
        for event in events
        if event.delta is not None and not isinstance(event.delta, Unset) and isinstance(event.delta.text, str)
    )


async def collect(stream: AsyncIterable[T], into: list[T]) -> None:
    """Append each item of ``stream`` to ``into`` as it arrives (so what came before an error is kept)."""
    async for item in stream:
        into.append(item)


def check_partial(text: str) -> None:
    """What arrived before the failure is the start of the reply, and not all of it."""
    assert reply_to(PROMPT).startswith(text)
    assert text != reply_to(PROMPT)


def test_midstream_failure_chat(client: OtariClient) -> None:
    received: list[ChatCompletionChunk] = []
    stream = client.completion(**_chat("openai:fail-midstream"), stream=True)
    with pytest.raises(StreamError) as caught:
        received.extend(stream)
    assert (caught.value.message, caught.value.error_type) == (STREAM_FAILED, "server_error")
    assert received, "the chunks sent before the failure should have been yielded"
    check_partial(_text(received))
    assert stream.response.is_closed


def test_midstream_failure_messages(client: OtariClient) -> None:
    received: list[MessageStreamEvent] = []
    stream = client.message(**_message("openai:fail-midstream"), stream=True)
    with pytest.raises(StreamError) as caught:
        received.extend(stream)
    assert (caught.value.message, caught.value.error_type) == (STREAM_FAILED, "api_error")
    assert [event.type_ for event in received][:2] == ["message_start", "content_block_start"]
    assert "message_stop" not in [event.type_ for event in received]
    check_partial(_message_text(received))
    assert stream.response.is_closed


def test_client_still_works_after_a_stream_error(client: OtariClient) -> None:
    with pytest.raises(StreamError):
        list(client.completion(**_chat("openai:fail-midstream"), stream=True))
    result = client.completion(**_chat())
    assert result.choices[0].message.content == reply_to(PROMPT)


@pytest.mark.anyio
async def test_async_midstream_failure_chat(async_client: AsyncOtariClient) -> None:
    received: list[ChatCompletionChunk] = []
    stream = await async_client.completion(**_chat("openai:fail-midstream"), stream=True)
    with pytest.raises(StreamError) as caught:
        await collect(stream, received)
    assert (caught.value.message, caught.value.error_type) == (STREAM_FAILED, "server_error")
    check_partial(_text(received))
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_midstream_failure_messages(async_client: AsyncOtariClient) -> None:
    received: list[MessageStreamEvent] = []
    stream = await async_client.message(**_message("openai:fail-midstream"), stream=True)
    with pytest.raises(StreamError) as caught:
        await collect(stream, received)
    assert (caught.value.message, caught.value.error_type) == (STREAM_FAILED, "api_error")
    check_partial(_message_text(received))
