"""The SDK against a gateway that misbehaves on purpose (``faulty_server.py``).

For every fault the tests check four things: the right result or a typed
``OtariError`` subclass whose message says what happened; a bounded time; no
connection left checked out of the pool; and no partial result passed off as
complete (a stream cut short raises, after yielding only what really arrived).

Retries are checked by counting the requests the server saw. Tests about
*what* is retried shrink the backoff with ``fast()``; the tests about *how long*
the SDK waits (backoff, ``Retry-After``) keep the real policy.
"""

from __future__ import annotations

import datetime
import email.parser
import email.policy
import email.utils
import io
import json
import logging
import os
import re
import time
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import trio
from otari_api.api.model_catalog import list_models

import otari
from otari import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GatewayTimeoutError,
    ModelNotFoundError,
    OtariError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    StreamError,
    UpstreamProviderError,
)

from .faulty_server import (
    Fault,
    FaultyServer,
    Seen,
    chat_frames,
    close_before_answer,
    close_mid_body,
    close_mid_stream,
    drip,
    error_after_first_event,
    event,
    ok,
    raw,
    redirect,
    refused_url,
    sse,
    stall,
    stall_between_events,
    status,
)
from .helpers import (
    ADMIN_KEY,
    API_KEY,
    CHAT,
    MODEL,
    PLATFORM_TOKEN,
    QUICK,
    SECRETS,
    SHORT_TIMEOUT,
    TEST_TIMEOUT,
    assert_pool_clean,
    async_client,
    attempts,
    bounded,
    fast,
    sync_client,
)

ECHO = "Echo: hello there"


# --------------------------------------------------------------------------- one table, run sync and async


@attrs.frozen
class Case:
    """A scripted exchange and what the SDK must make of it.

    ``error`` is None when the call must succeed (with the echoed text); else the
    error class, a regex its message must match, and, for streams, how many
    events the caller got before the error.
    """

    id: str
    actions: tuple[Fault, ...]
    requests: int
    stream: bool = False
    error: type[OtariError] | None = None
    message: str = ""
    events_before_error: int = 0
    max_retries: int | None = None
    timeout: httpx.Timeout = TEST_TIMEOUT
    min_elapsed: float = 0.0


def _cut_json() -> bytes:
    return b'{"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "m", "choi'


def _utf8_stream(inside_string: bool) -> Fault:
    frames = chat_frames("Echo: caf\u00e9", MODEL)
    if inside_string:
        return sse([frame.replace(b"caf\\u00e9", b"caf\xff") for frame in frames])
    return sse([frames[0], b"data: \xff{}\n\n", *frames[1:]])


FIRST_CHUNK = chat_frames(ECHO, MODEL)[0]

CASES = [
    # ---- the connection breaks
    Case(
        "close-before-answer-always",
        (close_before_answer(),),
        requests=3,
        error=APIConnectionError,
        message=r"Connection to the gateway failed \(POST http://127\.0\.0\.1:\d+/t/\w+/v1/chat/completions\): "
        r"Server disconnected without sending a response",
    ),
    Case("close-before-answer-then-ok", (close_before_answer(), ok()), requests=2),
    Case(
        "close-mid-body",
        (close_mid_body(), ok()),
        requests=1,
        error=APIConnectionError,
        message=r"Connection to the gateway failed .*peer closed connection without sending complete message body",
    ),
    Case(
        "close-mid-stream",
        (close_mid_stream(after=2), ok()),
        requests=1,
        stream=True,
        error=APIConnectionError,
        message=r"peer closed connection without sending complete message body",
        events_before_error=2,
    ),
    # ---- the body is not what the API says
    Case(
        "malformed-json",
        (raw(200, "application/json", _cut_json()), ok()),
        requests=1,
        error=APIResponseValidationError,
        message=r"POST /v1/chat/completions: the gateway's answer does not match the API \(JSONDecodeError",
    ),
    Case(
        "json-of-the-wrong-shape",
        (raw(200, "application/json", b'{"object": "chat.completion", "choices": "none"}'),),
        requests=1,
        error=APIResponseValidationError,
        message=r"POST /v1/chat/completions: the gateway's answer does not match the API \(KeyError: 'id'\)",
    ),
    Case(
        "json-array-instead-of-object",
        (raw(200, "application/json", b"[1, 2, 3]"),),
        requests=1,
        error=APIResponseValidationError,
        message=r"POST /v1/chat/completions: .*(does not match the API|unexpected answer|expected ChatCompletion)",
    ),
    Case(
        "empty-body",
        (raw(200, "application/json", b""),),
        requests=1,
        error=APIResponseValidationError,
        message=r"does not match the API \(JSONDecodeError",
    ),
    Case(
        "invalid-utf8-json",
        (raw(200, "application/json", b'{"id": "caf\xff"}'),),
        requests=1,
        error=APIResponseValidationError,
        message=r"does not match the API \(UnicodeDecodeError",
    ),
    Case(
        "html-instead-of-json",
        (raw(200, "text/html; charset=utf-8", b"<html><body>Bad gateway page</body></html>"),),
        requests=1,
        error=APIResponseValidationError,
        message=r"POST /v1/chat/completions: .*JSONDecodeError",
    ),
    Case(
        "json-instead-of-a-stream",
        (raw(200, "application/json", json.dumps({"id": "x"}).encode()),),
        requests=1,
        stream=True,
        error=APIResponseValidationError,
        message=r"expected a stream of server-sent events: .*got 'application/json'",
    ),
    Case(
        "truncated-sse-line",
        (sse([FIRST_CHUNK, b'data: {"id": "chatcmpl-1", "obj']),),
        requests=1,
        stream=True,
        error=APIConnectionError,
        message=r"The stream ended before the gateway finished it \(no end marker\)",
        events_before_error=1,
    ),
    Case(
        "truncated-sse-event-then-blank-line",
        (sse([FIRST_CHUNK, b'data: {"id": "chatcmpl-1", "obj\n\n', event("[DONE]")]),),
        requests=1,
        stream=True,
        error=APIResponseValidationError,
        message=r"stream event is not JSON: '\{\"id\": \"chatcmpl-1\", \"obj'",
        events_before_error=1,
    ),
    Case(
        "stream-without-end-marker",
        (sse(chat_frames(ECHO, MODEL)[:-1]),),
        requests=1,
        stream=True,
        error=APIConnectionError,
        message=r"no end marker",
        events_before_error=len(chat_frames(ECHO, MODEL)) - 1,
    ),
    Case(
        "invalid-utf8-in-stream-json-structure",
        (_utf8_stream(inside_string=False),),
        requests=1,
        stream=True,
        error=APIResponseValidationError,
        message=r"stream event is not JSON",
        events_before_error=1,
    ),
    Case(
        "error-event-mid-stream",
        (error_after_first_event(),),
        requests=1,
        stream=True,
        error=StreamError,
        message=r"^provider overloaded$",
        events_before_error=1,
    ),
    # ---- the server stalls
    Case(
        "stall-before-headers-no-retry",
        (stall(3),),
        requests=1,
        max_retries=0,
        timeout=SHORT_TIMEOUT,
        error=APITimeoutError,
        message=r"The request timed out: read timeout \(POST http://127\.0\.0\.1:\d+/t/\w+/v1/chat/completions\)",
        min_elapsed=0.45,
    ),
    Case(
        "stall-before-headers-retried",
        (stall(3),),
        requests=3,
        timeout=SHORT_TIMEOUT,
        error=APITimeoutError,
        message=r"read timeout",
        min_elapsed=1.4,
    ),
    Case("stall-once-then-ok", (stall(3), ok()), requests=2, timeout=SHORT_TIMEOUT, min_elapsed=0.45),
    Case(
        "stall-between-stream-events",
        (stall_between_events(3, after=2), ok()),
        requests=1,
        stream=True,
        timeout=SHORT_TIMEOUT,
        error=APITimeoutError,
        message=r"The request timed out: read timeout",
        events_before_error=2,
        min_elapsed=0.45,
    ),
    # ---- retried statuses
    Case("500-twice-then-ok", (status(500), status(500), ok()), requests=3),
    Case("429-once-then-ok", (status(429, headers={"retry-after-ms": "10"}), ok()), requests=2),
    Case(
        "500-more-than-max-retries",
        (status(500, "database on fire"),),
        requests=3,
        error=ServerError,
        message=r"^500: database on fire \(request id req-\w+\)$",
    ),
    Case("stream-500-before-first-event-is-retried", (status(500), ok()), requests=2, stream=True),
    Case(
        "stream-cut-after-first-event-is-not-retried",
        (close_mid_stream(after=1), ok()),
        requests=1,
        stream=True,
        error=APIConnectionError,
        message=r"incomplete chunked read",
        events_before_error=1,
    ),
    Case(
        "max-retries-zero",
        (status(503), ok()),
        requests=1,
        max_retries=0,
        error=ServerError,
        message=r"^503: scripted failure 503",
    ),
    Case("max-retries-four", (status(502),) * 4 + (ok(),), requests=5, max_retries=4),
    Case(
        "max-retries-one-exhausted",
        (status(502, "upstream down"),) * 3 + (ok(),),
        requests=2,
        max_retries=1,
        error=UpstreamProviderError,
        message=r"^502: upstream down",
    ),
    # ---- not retried
    Case(
        "409-not-retried",
        (status(409, "User with id 'alice' already exists"), ok()),
        requests=1,
        error=ConflictError,
        message=r"^409: User with id 'alice' already exists",
    ),
]


# The stream objects stay referenced in ``keep`` until the pool has been checked: a stream dropped
# by the caller is closed by its finalizer, which would hide a loop that forgot to release it.


def _call_sync(client: otari.OtariClient, case: Case, keep: list[Any]) -> tuple[Any, list[Any], OtariError | None]:
    events: list[Any] = []
    try:
        if case.stream:
            keep.append(client.completion(model=MODEL, messages=CHAT, stream=True))
            for chunk in keep[-1]:
                events.append(chunk)
            return events, events, None
        return client.completion(model=MODEL, messages=CHAT), events, None
    except OtariError as exc:
        return None, events, exc


async def _call_async(
    client: otari.AsyncOtariClient, case: Case, keep: list[Any]
) -> tuple[Any, list[Any], OtariError | None]:
    events: list[Any] = []
    try:
        if case.stream:
            keep.append(await client.completion(model=MODEL, messages=CHAT, stream=True))
            async for chunk in keep[-1]:
                events.append(chunk)
            return events, events, None
        return await client.completion(model=MODEL, messages=CHAT), events, None
    except OtariError as exc:
        return None, events, exc


def _judge(case: Case, outcome: Any, events: list[Any], error: OtariError | None, requests: int) -> None:
    if case.error is None:
        assert error is None, f"expected success, got {type(error).__name__}: {error}"
        if case.stream:
            text = "".join(c.choices[0].delta.content or "" for c in outcome if c.choices)
        else:
            text = outcome.choices[0].message.content
        assert text == ECHO
    else:
        assert error is not None, f"expected {case.error.__name__}, but the call returned {outcome!r}"
        assert type(error) is case.error, f"expected {case.error.__name__}, got {type(error).__name__}: {error}"
        assert re.search(case.message, str(error)), f"message {str(error)!r} does not match {case.message!r}"
        assert len(events) == case.events_before_error, "the caller got events that never fully arrived"
    assert requests == case.requests, f"the server saw {requests} request(s), expected {case.requests}"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fault_sync(server: FaultyServer, case: Case) -> None:
    scenario = server.scenario(*case.actions)
    client = fast(sync_client(scenario, max_retries=case.max_retries, timeout=case.timeout))
    keep: list[Any] = []
    with bounded(QUICK) as clock:
        outcome, events, error = _call_sync(client, case, keep)
    assert clock.elapsed >= case.min_elapsed
    _judge(case, outcome, events, error, len(scenario.requests))
    assert_pool_clean(client)
    client.close()


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
async def test_fault_async(server: FaultyServer, case: Case) -> None:
    scenario = server.scenario(*case.actions)
    client = fast(async_client(scenario, max_retries=case.max_retries, timeout=case.timeout))
    keep: list[Any] = []
    with bounded(QUICK) as clock:
        outcome, events, error = await _call_async(client, case, keep)
    assert clock.elapsed >= case.min_elapsed
    _judge(case, outcome, events, error, len(scenario.requests))
    assert_pool_clean(client)
    await client.aclose()


# --------------------------------------------------------------------------- statuses, one by one


RETRIED = [
    (408, APIStatusError),
    (429, RateLimitError),
    (500, ServerError),
    (502, UpstreamProviderError),
    (503, ServerError),
    (504, GatewayTimeoutError),
]
NOT_RETRIED = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, AuthenticationError),
    (404, ModelNotFoundError),
    (409, ConflictError),
    (422, RequestValidationError),
    (501, ServerError),
]


@pytest.mark.parametrize(("code", "error"), RETRIED)
def test_retried_status_exhausts_the_budget(server: FaultyServer, code: int, error: type[APIStatusError]) -> None:
    scenario = server.scenario(status(code, f"failure {code}"))
    client = fast(sync_client(scenario))
    with bounded(), pytest.raises(APIStatusError) as info:
        client.completion(model=MODEL, messages=CHAT)
    assert isinstance(info.value, error)
    assert info.value.status_code == code
    assert f"failure {code}" in str(info.value)
    assert len(scenario.requests) == 3  # max_retries (2) + 1
    assert_pool_clean(client)


@pytest.mark.parametrize(("code", "error"), NOT_RETRIED)
def test_status_is_not_retried(server: FaultyServer, code: int, error: type[APIStatusError]) -> None:
    scenario = server.scenario(status(code, f"failure {code}"), ok())
    client = fast(sync_client(scenario, max_retries=5))
    with bounded(), pytest.raises(APIStatusError) as info:
        client.completion(model=MODEL, messages=CHAT)
    assert type(info.value) is error
    assert str(info.value).startswith(f"{code}: failure {code}")
    assert len(scenario.requests) == 1
    assert_pool_clean(client)


@pytest.mark.anyio
@pytest.mark.parametrize(("code", "retried"), [(500, True), (429, True), (409, False), (400, False), (404, False)])
async def test_async_retries_by_status(server: FaultyServer, code: int, retried: bool) -> None:
    scenario = server.scenario(status(code), ok())
    client = fast(async_client(scenario))
    with bounded():
        if retried:
            result = await client.completion(model=MODEL, messages=CHAT)
            assert result.choices[0].message.content == ECHO
        else:
            with pytest.raises(APIStatusError) as info:
                await client.completion(model=MODEL, messages=CHAT)
            assert info.value.status_code == code
    assert len(scenario.requests) == (2 if retried else 1)
    assert_pool_clean(client)
    await client.aclose()


def test_the_async_client_retries_and_streams_under_trio(server: FaultyServer) -> None:
    """httpx runs on trio as well as asyncio; the SDK's own waiting (the retry backoff) must too."""
    scenario = server.scenario(status(503), ok())

    async def main() -> tuple[str | None, list[Any]]:
        async with fast(async_client(scenario)) as client:
            result = await client.completion(model=MODEL, messages=CHAT)
            chunks = [chunk async for chunk in await client.completion(model=MODEL, messages=CHAT, stream=True)]
            assert_pool_clean(client)
        return result.choices[0].message.content, chunks

    with bounded():
        text, chunks = trio.run(main)
    assert text == ECHO
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == ECHO
    assert len(scenario.requests) == 3


def test_rate_limit_error_carries_retry_after(server: FaultyServer) -> None:
    scenario = server.scenario(status(429, "slow down", headers={"retry-after-ms": "20"}))
    client = sync_client(scenario, max_retries=1)
    with bounded(), pytest.raises(RateLimitError) as info:
        client.completion(model=MODEL, messages=CHAT)
    assert info.value.retry_after == pytest.approx(0.02)
    assert len(scenario.requests) == 2


# --------------------------------------------------------------------------- how long the SDK waits


def test_default_backoff_grows(server: FaultyServer) -> None:
    """The real policy: about 0.5 s, then about 1 s (each with up to 25 % jitter off)."""
    scenario = server.scenario(status(500), status(500), ok())
    client = sync_client(scenario)
    with bounded():
        assert client.completion(model=MODEL, messages=CHAT).choices[0].message.content == ECHO
    first, second = scenario.gaps()
    assert 0.35 <= first < 2.0
    assert 0.7 <= second < 3.0
    assert second > first


def _retry_after_date(seconds: int) -> str:
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds)
    return email.utils.format_datetime(when, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "least"),
    [
        ({"retry-after": "1"}, 0.95),
        ({"retry-after": "1.5"}, 1.45),
        ({"retry-after-ms": "700"}, 0.65),
        ({"retry-after-ms": "600", "retry-after": "30"}, 0.55),  # the precise one wins
        (None, 0.9),  # an HTTP date 2 s ahead (whole seconds: between 1 and 2 s from now)
    ],
    ids=["seconds", "fractional-seconds", "retry-after-ms", "ms-wins", "http-date"],
)
def test_retry_after_is_honoured(server: FaultyServer, headers: dict[str, str] | None, least: float) -> None:
    headers = headers or {"retry-after": _retry_after_date(2)}
    scenario = server.scenario(status(429, headers=headers), ok())
    client = fast(sync_client(scenario))  # the backoff alone would wait ~5 ms
    with bounded():
        client.completion(model=MODEL, messages=CHAT)
    (gap,) = scenario.gaps()
    assert least <= gap < least + 2.5


@pytest.mark.parametrize("value", ["3600", "-5", "soon", "Wed, 21 Oct 2099 07:28:00 GMT"])
def test_unreasonable_retry_after_falls_back_to_backoff(server: FaultyServer, value: str) -> None:
    scenario = server.scenario(status(503, headers={"retry-after": value}), ok())
    client = fast(sync_client(scenario))
    with bounded(2.0):
        client.completion(model=MODEL, messages=CHAT)
    assert len(scenario.requests) == 2


@pytest.mark.anyio
async def test_async_retry_after_is_honoured(server: FaultyServer) -> None:
    scenario = server.scenario(status(429, headers={"retry-after": "1"}), ok())
    client = fast(async_client(scenario))
    with bounded():
        await client.completion(model=MODEL, messages=CHAT)
    (gap,) = scenario.gaps()
    assert 0.95 <= gap < 3.5
    await client.aclose()


# --------------------------------------------------------------------------- budgets per client and per call


def test_with_options_max_retries_zero_sends_once(server: FaultyServer) -> None:
    scenario = server.scenario(status(500), ok())
    client = fast(sync_client(scenario))
    with bounded(), pytest.raises(ServerError):
        client.with_options(max_retries=0).completion(model=MODEL, messages=CHAT)
    assert len(scenario.requests) == 1
    # The original keeps its own budget, and both share one pool.
    assert client.max_retries == 2
    assert client.completion(model=MODEL, messages=CHAT).choices[0].message.content == ECHO
    assert_pool_clean(client)


def test_with_options_raises_the_budget_of_a_client_without_retries(server: FaultyServer) -> None:
    scenario = server.scenario(*(status(503),) * 3, ok())
    client = fast(sync_client(scenario, max_retries=0))
    result = client.with_options(max_retries=3).completion(model=MODEL, messages=CHAT)
    assert result.choices[0].message.content == ECHO
    assert len(scenario.requests) == 4


def test_with_options_timeout_applies_to_one_call(server: FaultyServer) -> None:
    scenario = server.scenario(stall(3), ok())
    client = sync_client(scenario, timeout=30.0, max_retries=0)
    with bounded(), pytest.raises(APITimeoutError):
        client.with_options(timeout=0.5).completion(model=MODEL, messages=CHAT)
    assert client.timeout == httpx.Timeout(30.0, connect=5.0)
    assert_pool_clean(client)


BODY_TIMEOUT = httpx.Timeout(0.6, connect=2.0)


def test_a_body_sent_drop_by_drop_times_out_in_all(server: FaultyServer) -> None:
    """Every read arrives well within the read timeout, but the whole body may not take longer than it."""
    scenario = server.scenario(drip(0.1, piece=4))  # ~100 pieces: about 10 s if nothing stopped it
    client = sync_client(scenario, timeout=BODY_TIMEOUT)
    with bounded(3), pytest.raises(APITimeoutError, match=r"body took longer than 0\.6 s in all"):
        client.completion(model=MODEL, messages=CHAT)
    assert len(scenario.requests) == 1  # a body that has started is never sent again
    assert_pool_clean(client)


@pytest.mark.anyio
async def test_async_body_sent_drop_by_drop_times_out_in_all(server: FaultyServer) -> None:
    scenario = server.scenario(drip(0.1, piece=4))
    client = async_client(scenario, timeout=BODY_TIMEOUT)
    with bounded(3), pytest.raises(APITimeoutError, match="in all"):
        await client.completion(model=MODEL, messages=CHAT)
    assert len(scenario.requests) == 1
    assert_pool_clean(client)
    await client.aclose()


@pytest.mark.anyio
async def test_async_with_options_max_retries_zero(server: FaultyServer) -> None:
    scenario = server.scenario(status(500), ok())
    client = fast(async_client(scenario))
    with bounded(), pytest.raises(ServerError):
        await client.with_options(max_retries=0).completion(model=MODEL, messages=CHAT)
    assert len(scenario.requests) == 1
    await client.aclose()


# --------------------------------------------------------------------------- streams of every protocol


def _stream_sync(client: otari.OtariClient, protocol: str) -> Any:
    if protocol == "chat":
        return client.completion(model=MODEL, messages=CHAT, stream=True)
    if protocol == "responses":
        return client.response(model=MODEL, input="hello there", stream=True)
    return client.message(model=MODEL, messages=CHAT, max_tokens=16, stream=True)


PROTOCOLS = ["chat", "responses", "messages"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_stream_may_outlast_the_read_timeout_while_events_keep_coming(server: FaultyServer, protocol: str) -> None:
    scenario = server.scenario(drip(0.3))
    client = sync_client(scenario, timeout=BODY_TIMEOUT)
    started = time.monotonic()
    with bounded():
        items = list(_stream_sync(client, protocol))
    assert time.monotonic() - started > 0.6  # the premise: longer than the read timeout in all
    assert items
    assert_pool_clean(client)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_stream_cut_mid_way_raises_for_every_protocol(server: FaultyServer, protocol: str) -> None:
    scenario = server.scenario(close_mid_stream(after=2), ok())
    client = fast(sync_client(scenario))
    got: list[Any] = []
    stream = _stream_sync(client, protocol)
    with bounded(), pytest.raises(APIConnectionError, match="incomplete chunked read"):
        got.extend(stream)  # what arrived before the cut stays in ``got``
    assert len(got) == 2
    assert len(scenario.requests) == 1
    assert_pool_clean(client)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_stream_stall_between_events_times_out_for_every_protocol(server: FaultyServer, protocol: str) -> None:
    scenario = server.scenario(stall_between_events(3, after=1), ok())
    client = sync_client(scenario, timeout=SHORT_TIMEOUT)
    got: list[Any] = []
    stream = _stream_sync(client, protocol)
    with bounded(), pytest.raises(APITimeoutError, match="read timeout"):
        got.extend(stream)
    assert len(got) == 1
    assert len(scenario.requests) == 1
    assert_pool_clean(client)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_stream_retried_before_first_event_for_every_protocol(server: FaultyServer, protocol: str) -> None:
    scenario = server.scenario(status(503), close_before_answer(), ok())
    client = fast(sync_client(scenario))
    with bounded():
        items = list(_stream_sync(client, protocol))
    assert items
    assert len(scenario.requests) == 3
    assert_pool_clean(client)


def test_invalid_utf8_inside_a_stream_string_is_replaced(server: FaultyServer) -> None:
    """Event streams are decoded as UTF-8 with replacement (as the SSE standard says)."""
    scenario = server.scenario(_utf8_stream(inside_string=True))
    client = sync_client(scenario)
    with bounded():
        text = "".join(
            c.choices[0].delta.content or "" for c in client.completion(model=MODEL, messages=CHAT, stream=True)
        )
    assert text == "Echo: caf\ufffd"
    assert_pool_clean(client)


def test_stream_closed_early_releases_the_connection(server: FaultyServer) -> None:
    scenario = server.scenario(stall_between_events(3, after=2))
    client = sync_client(scenario)
    with bounded():
        with client.completion(model=MODEL, messages=CHAT, stream=True) as stream:
            next(iter(stream))
        assert_pool_clean(client)


# --------------------------------------------------------------------------- nobody listening


def test_connection_refused_is_retried_then_raised(server: FaultyServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="otari")
    client = fast(sync_client(refused_url()))
    with bounded(), pytest.raises(APIConnectionError) as info:
        client.completion(model=MODEL, messages=CHAT)
    assert type(info.value) is APIConnectionError
    assert re.search(
        r"Connection to the gateway failed \(POST http://127\.0\.0\.1:\d+/v1/chat/completions\)", str(info.value)
    )
    assert "refused" in str(info.value).lower()
    tries = attempts(caplog.records)
    assert [re.search(r"attempt (\d)", t).group(1) for t in tries] == ["1", "2", "3"]  # type: ignore[union-attr]
    assert all("ConnectError" in t for t in tries)
    assert_pool_clean(client)


@pytest.mark.anyio
async def test_async_connection_refused_is_retried_then_raised(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="otari")
    client = fast(async_client(refused_url(), max_retries=1))
    with bounded(), pytest.raises(APIConnectionError, match="Connection to the gateway failed"):
        await client.completion(model=MODEL, messages=CHAT)
    assert len(attempts(caplog.records)) == 2
    assert_pool_clean(client)
    await client.aclose()


# --------------------------------------------------------------------------- client.raw shares the retry layer


def test_raw_client_is_retried_by_the_same_layer(server: FaultyServer) -> None:
    scenario = server.scenario(status(500), status(502), ok())
    client = fast(sync_client(scenario))
    with bounded():
        models = list_models.sync(client=client.raw)
    assert models is not None
    assert [m.id for m in models.data] == ["openai:gpt-4o-mini"]
    assert len(scenario.requests) == 3
    assert all(r.headers["otari-key"] == f"Bearer {API_KEY}" for r in scenario.requests)
    assert_pool_clean(client)


def _uploaded_file(request: Seen) -> bytes:
    """The ``file`` part of a multipart request as the server received it."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    files = [part for part in message.iter_parts() if part.get_param("name", header="content-disposition") == "file"]
    assert len(files) == 1
    payload = files[0].get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload


@pytest.mark.parametrize("source", ["pipe", "seekable file"])
def test_a_retried_upload_sends_the_whole_file_again(server: FaultyServer, tmp_path: Path, source: str) -> None:
    """httpx rewinds a file for a second attempt; a pipe can't be rewound, so the SDK reads it before sending."""
    audio = bytes(range(256)) * 64  # 16 KiB: several reads of httpx's multipart chunk size
    scenario = server.scenario(status(503), ok())
    client = fast(sync_client(scenario))
    if source == "pipe":
        read_end, write_end = os.pipe()
        os.write(write_end, audio)  # fits in the pipe's buffer
        os.close(write_end)
        upload = os.fdopen(read_end, "rb")
    else:
        (tmp_path / "a.mp3").write_bytes(audio)
        upload = (tmp_path / "a.mp3").open("rb")
    with upload, bounded():
        result = client.transcription(model="m", file=upload, filename="a.mp3")
    assert result.json == {"text": "Echo: audio"}
    assert [_uploaded_file(request) for request in scenario.requests] == [audio, audio]
    assert_pool_clean(client)


class GrowingFile(io.BytesIO):
    """A file that grows while it is sent: more bytes than the length httpx announced for it."""

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        return chunk + b"+" if chunk else chunk


def test_a_protocol_error_httpx_leaves_unwrapped_is_still_a_typed_error(server: FaultyServer) -> None:
    """httpcore lets h11's "Too much data for declared Content-Length" escape as it is; the SDK wraps it."""
    scenario = server.scenario(ok())
    client = sync_client(scenario, max_retries=0)
    with bounded(), pytest.raises(APIConnectionError, match="Too much data"):
        client.transcription(model="m", file=GrowingFile(b"audio bytes"), filename="a.mp3")
    assert_pool_clean(client)


def test_raw_client_follows_with_options_budget(server: FaultyServer) -> None:
    scenario = server.scenario(status(500), ok())
    client = fast(sync_client(scenario, max_retries=0))
    detailed = list_models.sync_detailed(client=client.raw)
    assert detailed.status_code == 500
    assert len(scenario.requests) == 1


@pytest.mark.anyio
async def test_async_raw_client_is_retried_by_the_same_layer(server: FaultyServer) -> None:
    scenario = server.scenario(status(503), ok())
    client = fast(async_client(scenario))
    with bounded():
        models = await list_models.asyncio(client=client.raw)
    assert models is not None
    assert len(scenario.requests) == 2
    assert_pool_clean(client)
    await client.aclose()


# --------------------------------------------------------------------------- redirects never carry a credential


MODES = {
    "self-hosted": ({"api_key": API_KEY, "admin_key": ADMIN_KEY}, "otari-key"),
    "platform": ({"platform_token": PLATFORM_TOKEN, "admin_key": ADMIN_KEY}, "authorization"),
}


def _assert_nothing_leaked(elsewhere: FaultyServer, target_id: str) -> None:
    reached = [r for r in elsewhere.all_requests if target_id in r.path or r.path.startswith("/v1")]
    carrying = [r for r in elsewhere.all_requests if any(s in json.dumps(r.headers) for s in SECRETS)]
    assert not carrying, f"a credential reached another origin: {carrying}"
    assert not reached, "the SDK followed a redirect to another origin"


@pytest.mark.parametrize("injected", [False, True], ids=["own-pool", "follow-redirects-http-client"])
@pytest.mark.parametrize("mode", sorted(MODES))
def test_redirect_to_another_origin_is_refused(
    server: FaultyServer, elsewhere: FaultyServer, mode: str, injected: bool
) -> None:
    credentials, header = MODES[mode]
    target = elsewhere.scenario(ok())
    scenario = server.scenario(redirect(target.base_url))
    http = httpx.Client(follow_redirects=True, trust_env=False) if injected else None
    client = sync_client(scenario, http_client=http, **credentials)
    with bounded():
        with pytest.raises(APIStatusError) as info:
            client.completion(model=MODEL, messages=CHAT)
        with pytest.raises(APIStatusError):
            client.control_plane.users.list()
        with pytest.raises(APIStatusError):
            list(client.completion(model=MODEL, messages=CHAT, stream=True))
        raw = list_models.sync_detailed(client=client.raw)
    error = info.value
    assert type(error) is APIStatusError
    assert error.status_code == 307
    assert "redirect" in str(error).lower()
    assert target.base_url.split("/t/")[0] in str(error)  # where it wanted to send us
    assert raw.status_code == 307
    assert all(r.headers.get(header, "").startswith("Bearer ") for r in scenario.requests)  # sent to the gateway only
    assert target.requests == []
    _assert_nothing_leaked(elsewhere, target.id)
    assert_pool_clean(client)
    if http is not None:
        http.close()


@pytest.mark.anyio
@pytest.mark.parametrize("injected", [False, True], ids=["own-pool", "follow-redirects-http-client"])
@pytest.mark.parametrize("mode", sorted(MODES))
async def test_async_redirect_to_another_origin_is_refused(
    server: FaultyServer, elsewhere: FaultyServer, mode: str, injected: bool
) -> None:
    credentials, _ = MODES[mode]
    target = elsewhere.scenario(ok())
    scenario = server.scenario(redirect(target.base_url))
    http = httpx.AsyncClient(follow_redirects=True, trust_env=False) if injected else None
    client = async_client(scenario, http_client=http, **credentials)
    with bounded():
        with pytest.raises(APIStatusError, match="redirect"):
            await client.completion(model=MODEL, messages=CHAT)
        with pytest.raises(APIStatusError):
            await client.control_plane.users.list()
        raw = await list_models.asyncio_detailed(client=client.raw)
    assert raw.status_code == 307
    assert target.requests == []
    _assert_nothing_leaked(elsewhere, target.id)
    assert_pool_clean(client)
    if http is not None:
        await http.aclose()


# --------------------------------------------------------------------------- logging of attempts


def test_each_attempt_is_logged_without_secrets(server: FaultyServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="otari")
    scenario = server.scenario(status(500), status(429, headers={"retry-after-ms": "5"}), ok())
    client = fast(sync_client(scenario, admin_key=ADMIN_KEY))
    client.completion(model=MODEL, messages=CHAT)
    admin = server.scenario(status(503), ok())
    fast(sync_client(admin, platform_token=PLATFORM_TOKEN, admin_key=ADMIN_KEY)).control_plane.users.list()

    lines = attempts(caplog.records)
    assert len(lines) == 5
    pattern = (
        r"^(POST|GET) /t/\w+/v1/(chat/completions|users) -> (\d{3}) in \d+\.\d{3}s "
        r"\(attempt (\d), request id req-\w+\)$"
    )
    parsed = [re.match(pattern, line) for line in lines]
    assert all(parsed), lines
    summary = [(m.group(1), m.group(3), m.group(4)) for m in parsed if m]
    assert summary == [
        ("POST", "500", "1"),
        ("POST", "429", "2"),
        ("POST", "200", "3"),
        ("GET", "503", "1"),
        ("GET", "200", "2"),
    ]
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + repr(record.__dict__)
        assert not any(secret in text for secret in SECRETS), text
