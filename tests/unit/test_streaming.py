"""Streams: the three ways the gateway ends them, errors inside them, cut-off streams, and letting go early.

Mock-transport tests frame events exactly as the gateway does (see
``GATEWAY_FACTS.md``); the connection-release tests also run against a real
local server, with a pool of one connection, so a leaked connection shows as a
pool timeout on the next call.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import anyio
import anyio.lowlevel
import anyio.to_thread
import httpx
import pytest

import otari

from .helpers import (
    API_KEY,
    USER_MESSAGES,
    FakeGateway,
    RecordingStream,
    SSEServer,
    chat_sse,
    messages_sse,
    responses_sse,
    sse_event,
    sse_response,
    typed_sse,
    wire_lines,
)

CHUNKS = wire_lines("chat_completion_chunks.jsonl")
RESPONSE_EVENTS = wire_lines("response_stream_events.jsonl")
MESSAGE_EVENTS = wire_lines("message_stream_events.jsonl")[:-1]  # the fixture's last line is an error event
MESSAGE_ERROR_EVENT = wire_lines("message_stream_events.jsonl")[-1]

# The gateway's own messages stream (GATEWAY_FACTS.md), OpenAI behind it.
GATEWAY_MESSAGE_EVENTS = [
    {
        "message": {
            "id": "chatcmpl-1",
            "content": [],
            "model": "gpt-4o-mini",
            "role": "assistant",
            "type": "message",
            "usage": {"input_tokens": 0, "output_tokens": 0},
        },
        "type": "message_start",
    },
    {"content_block": {"text": "", "type": "text"}, "index": 0, "type": "content_block_start"},
    {"delta": {"text": "Echo: ", "type": "text_delta"}, "index": 0, "type": "content_block_delta"},
    {"delta": {"text": "hello there", "type": "text_delta"}, "index": 0, "type": "content_block_delta"},
    {"index": 0, "type": "content_block_stop"},
    {"delta": {"stop_reason": "end_turn"}, "type": "message_delta", "usage": {"input_tokens": 0, "output_tokens": 0}},
    {"type": "message_stop"},
]


@dataclass
class Protocol:
    id: str
    path: str
    call: Callable[[Any], Any]
    events: list[dict[str, Any]]
    frames: Callable[..., list[bytes]]
    event_type: type

    def kinds(self, items: list[Any]) -> list[Any]:
        """What identifies each item: its ``type`` (events) or its id and choice count (chat chunks)."""
        if self.id == "chat":
            return [(item.id, len(item.choices)) for item in items]
        return [item.type for item in items]

    def expected_kinds(self, events: list[dict[str, Any]]) -> list[Any]:
        if self.id == "chat":
            return [(event["id"], len(event["choices"])) for event in events]
        return [event["type"] for event in events]


CHAT = Protocol(
    "chat",
    "/v1/chat/completions",
    lambda c: c.completion(model="openai:gpt-4o-mini", messages=USER_MESSAGES, stream=True),
    CHUNKS,
    chat_sse,
    otari.ChatCompletionChunk,
)
RESPONSES = Protocol(
    "responses",
    "/v1/responses",
    lambda c: c.response(model="openai:o4-mini", input="Paris?", stream=True),
    RESPONSE_EVENTS,
    responses_sse,
    otari.ResponseStreamEvent,
)
MESSAGES = Protocol(
    "messages",
    "/v1/messages",
    lambda c: c.message(model="anthropic:claude", messages=USER_MESSAGES, max_tokens=256, stream=True),
    MESSAGE_EVENTS,
    messages_sse,
    otari.MessageStreamEvent,
)
PROTOCOLS = [CHAT, RESPONSES, MESSAGES]
IDS = [p.id for p in PROTOCOLS]


def _drain(stream: Any, into: list[Any]) -> None:
    """Read a stream to its end (or its error), keeping what it yielded."""
    for item in stream:
        into.append(item)


async def _adrain(stream: Any, into: list[Any]) -> None:
    async for item in stream:
        into.append(item)


def _serve(gateway: FakeGateway, protocol: Protocol, frames: list[bytes] | RecordingStream) -> RecordingStream:
    stream = frames if isinstance(frames, RecordingStream) else RecordingStream(frames)
    gateway.route("POST", protocol.path, lambda request: sse_response(stream))
    return stream


def _many(protocol: Protocol, copies: int = 50) -> list[bytes]:
    """A long stream, so that stopping early leaves most of it unsent."""
    return protocol.frames(protocol.events * copies)


# --------------------------------------------------------------------------- clean endings


@pytest.mark.parametrize("protocol", PROTOCOLS, ids=IDS)
def test_each_stream_ends_at_the_gateways_end_marker_with_nothing_extra(
    protocol: Protocol, gateway: FakeGateway
) -> None:
    # Anything after the end marker must be ignored, even if it is not a valid event.
    body = _serve(gateway, protocol, [*protocol.frames(protocol.events), sse_event('{"not": "an event"}')])
    stream = protocol.call(gateway.sync_client())
    assert isinstance(stream, otari.Stream)
    got = list(stream)
    assert all(isinstance(item, protocol.event_type) for item in got)
    assert protocol.kinds(got) == protocol.expected_kinds(protocol.events)
    assert body.closed
    assert gateway.last.headers["accept"] == "text/event-stream"
    assert json.loads(gateway.last.content)["stream"] is True


@pytest.mark.anyio
@pytest.mark.parametrize("protocol", PROTOCOLS, ids=IDS)
async def test_each_async_stream_ends_at_the_gateways_end_marker(protocol: Protocol, gateway: FakeGateway) -> None:
    body = _serve(gateway, protocol, [*protocol.frames(protocol.events), sse_event("garbage")])
    stream = await protocol.call(gateway.async_client())
    assert isinstance(stream, otari.AsyncStream)
    got = [item async for item in stream]
    assert all(isinstance(item, protocol.event_type) for item in got)
    assert protocol.kinds(got) == protocol.expected_kinds(protocol.events)
    assert body.closed


def test_chat_chunks_carry_the_content_deltas(gateway: FakeGateway) -> None:
    _serve(gateway, CHAT, chat_sse(CHUNKS))
    text = ""
    for chunk in CHAT.call(gateway.sync_client()):
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
    assert text == "Let me check the weather."


def test_the_gateways_own_messages_stream_ends_at_its_done_event(gateway: FakeGateway) -> None:
    _serve(gateway, MESSAGES, messages_sse(GATEWAY_MESSAGE_EVENTS))
    events = list(MESSAGES.call(gateway.sync_client()))
    assert [event.type for event in events] == [event["type"] for event in GATEWAY_MESSAGE_EVENTS]
    assert [event.delta.text for event in events if event.type == "content_block_delta"] == ["Echo: ", "hello there"]


@pytest.mark.parametrize(
    ("protocol", "frames"),
    [
        (RESPONSES, typed_sse(RESPONSE_EVENTS)),  # response.completed, then the connection ends
        (MESSAGES, typed_sse(MESSAGE_EVENTS)),  # message_stop, then the connection ends
    ],
    ids=["responses", "messages"],
)
def test_a_terminal_event_is_a_complete_stream_even_without_the_marker(
    protocol: Protocol, frames: list[bytes], gateway: FakeGateway
) -> None:
    _serve(gateway, protocol, frames)
    got = list(protocol.call(gateway.sync_client()))
    assert protocol.kinds(got) == protocol.expected_kinds(protocol.events)


def test_keep_alive_comments_and_blank_events_are_skipped(gateway: FakeGateway) -> None:
    frames = [b": keep-alive\n\n", *chat_sse(CHUNKS[:2], done=False), b"\n\n", b": ping\n\n", sse_event("[DONE]")]
    _serve(gateway, CHAT, frames)
    got = list(CHAT.call(gateway.sync_client()))
    assert CHAT.kinds(got) == CHAT.expected_kinds(CHUNKS[:2])


def test_events_split_across_network_reads_are_reassembled(gateway: FakeGateway) -> None:
    whole = b"".join(chat_sse(CHUNKS))
    _serve(gateway, CHAT, [whole[i : i + 7] for i in range(0, len(whole), 7)])
    assert CHAT.kinds(list(CHAT.call(gateway.sync_client()))) == CHAT.expected_kinds(CHUNKS)


# --------------------------------------------------------------------------- errors inside a 200 stream


STREAM_ERRORS = [
    (
        CHAT,
        [
            *chat_sse(CHUNKS[:2], done=False),
            sse_event(json.dumps({"error": {"message": "An error occurred during streaming", "type": "server_error"}})),
            sse_event("[DONE]"),
        ],
        "An error occurred during streaming",
        "server_error",
    ),
    (
        RESPONSES,
        [
            *typed_sse(RESPONSE_EVENTS[:2]),
            sse_event(
                json.dumps(
                    {
                        "type": "error",
                        "code": "server_error",
                        "message": "The model failed to generate a response.",
                        "param": None,
                        "sequence_number": 2,
                    }
                ),
                event="error",
            ),
            sse_event("[DONE]"),
        ],
        "The model failed to generate a response.",
        "error",
    ),
    (
        MESSAGES,
        [
            *typed_sse(MESSAGE_EVENTS[:2]),
            sse_event(
                json.dumps(
                    {"type": "error", "error": {"type": "api_error", "message": "An error occurred during streaming"}}
                ),
                event="error",
            ),
        ],
        "An error occurred during streaming",
        "api_error",
    ),
]


@pytest.mark.parametrize(("protocol", "frames", "message", "kind"), STREAM_ERRORS, ids=IDS)
def test_an_error_inside_the_stream_raises_stream_error_after_the_good_events(
    protocol: Protocol, frames: list[bytes], message: str, kind: str, gateway: FakeGateway
) -> None:
    body = _serve(gateway, protocol, frames)
    got: list[Any] = []
    with pytest.raises(otari.StreamError) as caught:
        _drain(protocol.call(gateway.sync_client()), got)
    assert len(got) == 2
    assert caught.value.message == message
    assert message in str(caught.value)
    assert caught.value.error_type == kind
    assert isinstance(caught.value, otari.OtariError)
    assert body.closed


@pytest.mark.anyio
@pytest.mark.parametrize(("protocol", "frames", "message", "kind"), STREAM_ERRORS, ids=IDS)
async def test_an_error_inside_an_async_stream_raises_stream_error(
    protocol: Protocol, frames: list[bytes], message: str, kind: str, gateway: FakeGateway
) -> None:
    body = _serve(gateway, protocol, frames)
    got: list[Any] = []
    with pytest.raises(otari.StreamError) as caught:
        await _adrain(await protocol.call(gateway.async_client()), got)
    assert len(got) == 2
    assert caught.value.message == message
    assert body.closed


def test_an_anthropic_overloaded_error_event_is_a_stream_error(gateway: FakeGateway) -> None:
    _serve(gateway, MESSAGES, typed_sse([*MESSAGE_EVENTS[:3], MESSAGE_ERROR_EVENT]))
    with pytest.raises(otari.StreamError) as caught:
        list(MESSAGES.call(gateway.sync_client()))
    assert caught.value.message == "Overloaded"
    assert caught.value.error_type == "overloaded_error"


def test_a_stream_error_carries_the_streams_status_and_request_id(gateway: FakeGateway) -> None:
    frames = typed_sse([*MESSAGE_EVENTS[:3], MESSAGE_ERROR_EVENT])
    headers = {"content-type": "text/event-stream", "x-request-id": "req-stream-7"}
    gateway.route("POST", MESSAGES.path, lambda request: httpx.Response(200, headers=headers, content=b"".join(frames)))
    with pytest.raises(otari.StreamError) as caught:
        list(MESSAGES.call(gateway.sync_client()))
    assert caught.value.status_code == 200
    assert caught.value.request_id == "req-stream-7"
    assert caught.value.response is not None
    assert caught.value.response.headers["x-request-id"] == "req-stream-7"


def test_an_error_event_that_is_not_json_still_raises_with_its_text(gateway: FakeGateway) -> None:
    _serve(gateway, MESSAGES, [sse_event("upstream went away", event="error")])
    with pytest.raises(otari.StreamError, match="upstream went away"):
        list(MESSAGES.call(gateway.sync_client()))


# --------------------------------------------------------------------------- errors before the stream


BEFORE_STREAM = [
    (401, {"detail": "Invalid API key"}, {}, otari.AuthenticationError),
    (403, {"detail": "User 'carol' has exceeded budget limit"}, {}, otari.AuthenticationError),
    (404, {"detail": "Model 'openai:nope' not found"}, {}, otari.ModelNotFoundError),
    (429, {"detail": "Rate limit exceeded"}, {"retry-after": "60"}, otari.RateLimitError),
    (
        500,
        {"detail": {"type": "error", "error": {"type": "api_error", "message": "The request could not be completed"}}},
        {},
        otari.ServerError,
    ),
    (502, {"detail": "LLM provider error"}, {}, otari.UpstreamProviderError),
]


def _error_answer(status: int, body: Any, headers: dict[str, str]) -> tuple[RecordingStream, httpx.Response]:
    stream = RecordingStream([json.dumps(body).encode()])
    return stream, httpx.Response(status, headers={"content-type": "application/json", **headers}, stream=stream)


@pytest.mark.parametrize("protocol", PROTOCOLS, ids=IDS)
@pytest.mark.parametrize(("status", "body", "headers", "error"), BEFORE_STREAM, ids=[str(c[0]) for c in BEFORE_STREAM])
def test_an_error_status_before_the_stream_raises_the_usual_typed_error(
    protocol: Protocol, status: int, body: Any, headers: dict[str, str], error: type, gateway: FakeGateway
) -> None:
    stream, answer = _error_answer(status, body, headers)
    gateway.route("POST", protocol.path, lambda request: answer)
    with pytest.raises(error) as caught:
        protocol.call(gateway.sync_client())
    assert caught.value.status_code == status
    assert caught.value.message in json.dumps(body)
    assert stream.closed
    if status == 429:
        assert caught.value.retry_after == 60.0


@pytest.mark.anyio
@pytest.mark.parametrize("protocol", PROTOCOLS, ids=IDS)
@pytest.mark.parametrize(("status", "body", "headers", "error"), BEFORE_STREAM, ids=[str(c[0]) for c in BEFORE_STREAM])
async def test_an_error_status_before_an_async_stream_raises_the_usual_typed_error(
    protocol: Protocol, status: int, body: Any, headers: dict[str, str], error: type, gateway: FakeGateway
) -> None:
    stream, answer = _error_answer(status, body, headers)
    gateway.route("POST", protocol.path, lambda request: answer)
    with pytest.raises(error) as caught:
        await protocol.call(gateway.async_client())
    assert caught.value.status_code == status
    assert stream.closed


# --------------------------------------------------------------------------- cut-off and broken streams


TRUNCATED = [
    (CHAT, chat_sse(CHUNKS, done=False)),
    (RESPONSES, typed_sse(RESPONSE_EVENTS[:-1])),  # no response.completed, no [DONE]
    (MESSAGES, typed_sse(MESSAGE_EVENTS[:-1])),  # no message_stop, no done
]


@pytest.mark.parametrize(("protocol", "frames"), TRUNCATED, ids=IDS)
def test_a_stream_without_its_end_is_a_connection_error(
    protocol: Protocol, frames: list[bytes], gateway: FakeGateway
) -> None:
    body = _serve(gateway, protocol, frames)
    got: list[Any] = []
    with pytest.raises(otari.APIConnectionError) as caught:
        _drain(protocol.call(gateway.sync_client()), got)
    assert len(got) == len(frames)
    assert "end" in caught.value.message
    assert body.closed


@pytest.mark.anyio
@pytest.mark.parametrize(("protocol", "frames"), TRUNCATED, ids=IDS)
async def test_an_async_stream_without_its_end_is_a_connection_error(
    protocol: Protocol, frames: list[bytes], gateway: FakeGateway
) -> None:
    _serve(gateway, protocol, frames)
    got: list[Any] = []
    with pytest.raises(otari.APIConnectionError):
        await _adrain(await protocol.call(gateway.async_client()), got)
    assert len(got) == len(frames)


class BrokenStream(RecordingStream):
    """Sends its frames, then fails the way a dropped connection does."""

    def __init__(self, frames: list[bytes], failure: Exception) -> None:
        super().__init__(frames)
        self.failure = failure

    def __iter__(self) -> Iterator[bytes]:
        yield from super().__iter__()
        raise self.failure

    async def __aiter__(self) -> Any:
        async for frame in super().__aiter__():
            yield frame
        raise self.failure


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (
            httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
            otari.APIConnectionError,
        ),
        (httpx.ReadError("[Errno 104] Connection reset by peer"), otari.APIConnectionError),
        (httpx.ReadTimeout("The read operation timed out"), otari.APITimeoutError),
    ],
)
def test_a_connection_failing_mid_stream_is_an_otari_error(
    failure: Exception, error: type, gateway: FakeGateway
) -> None:
    body = _serve(gateway, CHAT, BrokenStream(chat_sse(CHUNKS[:3], done=False), failure))
    got: list[Any] = []
    with pytest.raises(error) as caught:
        _drain(CHAT.call(gateway.sync_client()), got)
    assert len(got) == 3
    assert not isinstance(caught.value, httpx.HTTPError)
    assert body.closed


@pytest.mark.anyio
async def test_an_async_connection_failing_mid_stream_is_an_otari_error(gateway: FakeGateway) -> None:
    _serve(gateway, MESSAGES, BrokenStream(typed_sse(MESSAGE_EVENTS[:2]), httpx.ReadTimeout("timed out")))
    with pytest.raises(otari.APITimeoutError):
        async for _ in await MESSAGES.call(gateway.async_client()):
            pass


def test_a_200_that_is_not_an_event_stream_is_a_validation_error(gateway: FakeGateway) -> None:
    stream = RecordingStream([b'{"id": "chatcmpl-1"}'])
    gateway.route(
        "POST",
        CHAT.path,
        lambda request: httpx.Response(200, headers={"content-type": "application/json"}, stream=stream),
    )
    with pytest.raises(otari.APIResponseValidationError):
        list(CHAT.call(gateway.sync_client()))
    assert stream.closed


def test_an_event_that_is_not_json_is_a_validation_error(gateway: FakeGateway) -> None:
    _serve(gateway, CHAT, [*chat_sse(CHUNKS[:1], done=False), sse_event("{truncated"), sse_event("[DONE]")])
    with pytest.raises(otari.APIResponseValidationError, match="truncated"):
        list(CHAT.call(gateway.sync_client()))


# --------------------------------------------------------------------------- leaving early (mock transport)


@pytest.mark.parametrize("protocol", PROTOCOLS, ids=IDS)
def test_breaking_out_of_the_loop_closes_the_response(protocol: Protocol, gateway: FakeGateway) -> None:
    body = _serve(gateway, protocol, _many(protocol))
    for _ in protocol.call(gateway.sync_client()):
        break
    assert body.closed
    assert body.sent < len(body.frames)


def test_an_exception_in_the_loop_closes_the_response(gateway: FakeGateway) -> None:
    body = _serve(gateway, CHAT, _many(CHAT))

    def consume() -> None:
        for chunk in CHAT.call(gateway.sync_client()):
            raise KeyError(chunk.id)

    with pytest.raises(KeyError):
        consume()
    assert body.closed


def test_close_and_the_context_manager_close_the_response(gateway: FakeGateway) -> None:
    body = _serve(gateway, CHAT, _many(CHAT))
    stream = CHAT.call(gateway.sync_client())
    next(stream)
    stream.close()
    assert body.closed

    body = _serve(gateway, CHAT, _many(CHAT))
    with CHAT.call(gateway.sync_client()) as stream:
        next(iter(stream))
    assert body.closed


def test_dropping_a_half_read_stream_closes_the_response(gateway: FakeGateway) -> None:
    body = _serve(gateway, CHAT, _many(CHAT))
    stream = CHAT.call(gateway.sync_client())
    iterator = iter(stream)
    next(iterator)
    del iterator, stream
    gc.collect()
    assert body.closed


def test_dropping_a_stream_never_read_closes_the_response(gateway: FakeGateway) -> None:
    body = _serve(gateway, CHAT, _many(CHAT))
    stream = CHAT.call(gateway.sync_client())
    del stream
    gc.collect()
    assert body.closed
    assert body.sent == 0


async def _settle() -> None:
    """Let the event loop run the closes scheduled for abandoned async generators."""
    for _ in range(5):
        await anyio.lowlevel.checkpoint()


@pytest.mark.anyio
@pytest.mark.parametrize("protocol", PROTOCOLS, ids=IDS)
async def test_breaking_out_of_an_async_loop_closes_the_response(protocol: Protocol, gateway: FakeGateway) -> None:
    body = _serve(gateway, protocol, _many(protocol))
    async for _ in await protocol.call(gateway.async_client()):
        break
    await _settle()
    assert body.closed
    assert body.sent < len(body.frames)


@pytest.mark.anyio
async def test_async_close_aclose_and_context_manager_close_the_response(gateway: FakeGateway) -> None:
    for how in ("aclose", "close", "async with"):
        body = _serve(gateway, CHAT, _many(CHAT))
        stream = await CHAT.call(gateway.async_client())
        if how == "async with":
            async with stream:
                await anext(stream)
        else:
            await anext(stream)
            await getattr(stream, how)()
        assert body.closed, how


@pytest.mark.anyio
async def test_dropping_an_async_stream_closes_the_response(gateway: FakeGateway) -> None:
    body = _serve(gateway, CHAT, _many(CHAT))
    stream = await CHAT.call(gateway.async_client())
    iterator = aiter(stream)
    await anext(iterator)
    del iterator, stream
    gc.collect()
    await _settle()
    assert body.closed

    body = _serve(gateway, CHAT, _many(CHAT))
    stream = await CHAT.call(gateway.async_client())
    del stream
    gc.collect()
    await _settle()
    assert body.closed


# --------------------------------------------------------------------------- leaving early (real server)


@pytest.fixture
def sse_server() -> Iterator[SSEServer]:
    server = SSEServer().start()
    yield server
    server.stop()


def _one_connection_client(url: str) -> otari.OtariClient:
    http = httpx.Client(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(5.0, pool=1.0))
    return otari.OtariClient(api_base=url, api_key=API_KEY, http_client=http)


def _one_connection_async_client(url: str) -> otari.AsyncOtariClient:
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(5.0, pool=1.0))
    return otari.AsyncOtariClient(api_base=url, api_key=API_KEY, http_client=http)


def _leave_by_break(stream: Any) -> None:
    for _ in stream:
        break


def _leave_by_exception(stream: Any) -> None:
    def consume() -> None:
        for _ in stream:
            raise RuntimeError("the caller gave up")

    with pytest.raises(RuntimeError):
        consume()


def _leave_by_close(stream: Any) -> None:
    next(stream)
    stream.close()


def _leave_by_dropping(stream: Any) -> None:
    iterator = iter(stream)
    next(iterator)


def _leave_unread(stream: Any) -> None:
    pass


LEAVES = [_leave_by_break, _leave_by_exception, _leave_by_close, _leave_by_dropping, _leave_unread]


@pytest.mark.parametrize("leave", LEAVES, ids=[leave.__name__[1:] for leave in LEAVES])
def test_leaving_a_live_stream_early_frees_the_connection(leave: Callable[[Any], None], sse_server: SSEServer) -> None:
    client = _one_connection_client(sse_server.url)
    leave(CHAT.call(client))  # the stream is not referenced after this line
    gc.collect()
    assert sse_server.saw_client_leave(), "the server never saw the connection close"
    assert client.health().to_dict() == {"status": "healthy"}  # the only pooled connection is free again
    client.close()


async def _async_break(stream: Any) -> None:
    async for _ in stream:
        break


async def _async_exception(stream: Any) -> None:
    async def consume() -> None:
        async for _ in stream:
            raise RuntimeError("the caller gave up")

    with pytest.raises(RuntimeError):
        await consume()


async def _async_aclose(stream: Any) -> None:
    await anext(stream)
    await stream.aclose()


async def _async_dropping(stream: Any) -> None:
    await anext(aiter(stream))


async def _async_unread(stream: Any) -> None:
    pass


ASYNC_LEAVES = [_async_break, _async_exception, _async_aclose, _async_dropping, _async_unread]


@pytest.mark.anyio
@pytest.mark.parametrize("leave", ASYNC_LEAVES, ids=[leave.__name__[1:] for leave in ASYNC_LEAVES])
async def test_leaving_a_live_async_stream_early_frees_the_connection(
    leave: Callable[[Any], Any], sse_server: SSEServer
) -> None:
    client = _one_connection_async_client(sse_server.url)
    await leave(await CHAT.call(client))
    gc.collect()
    await _settle()
    assert await anyio.to_thread.run_sync(sse_server.saw_client_leave), "the server never saw the connection close"
    assert (await client.health()).to_dict() == {"status": "healthy"}
    await client.aclose()


def test_a_live_stream_read_to_the_end_reuses_the_connection(sse_server: SSEServer) -> None:
    sse_server.stopping.set()  # the server finishes each stream right after its first chunks
    client = _one_connection_client(sse_server.url)
    got = list(CHAT.call(client))
    assert len(got) == 3
    assert client.health().to_dict() == {"status": "healthy"}
    assert sse_server.open_connections == 1
    client.close()


def _done_stream_transport() -> httpx.MockTransport:
    body = b'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[]}\n\ndata: [DONE]\n\n'
    return httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
    )


def test_reading_a_finished_stream_again_is_a_typed_error() -> None:
    http = httpx.Client(transport=_done_stream_transport())
    client = otari.OtariClient(api_base="http://gateway.test", api_key="sk-test", http_client=http)
    stream = client.completion(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    assert len(list(stream)) == 1
    with pytest.raises(otari.StreamConsumedError, match="already read"):
        list(stream)
    closed = client.completion(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    closed.close()
    with pytest.raises(otari.StreamConsumedError):
        next(iter(closed))


@pytest.mark.anyio
async def test_reading_a_finished_async_stream_again_is_a_typed_error() -> None:
    http = httpx.AsyncClient(transport=_done_stream_transport())
    client = otari.AsyncOtariClient(api_base="http://gateway.test", api_key="sk-test", http_client=http)
    stream = await client.completion(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    assert len([chunk async for chunk in stream]) == 1
    with pytest.raises(otari.StreamConsumedError):
        async for _ in stream:
            pass
