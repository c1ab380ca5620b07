"""Inference through the real gateway: chat, streaming, messages, embeddings and the model list, sync and async.

The upstream behind the gateway is deterministic (see ``tests/servers/fake_upstream.py``):
it answers ``"Echo: <user text>"`` and counts one token per word, so exact answers
and token counts can be expected.
"""

from __future__ import annotations

import base64
import json
import struct
from typing import Any

import anyio
import pytest
from otari_api.types import Unset

from otari import (
    AsyncOtariClient,
    ChatCompletion,
    ChatCompletionChunk,
    CreateEmbeddingResponse,
    Message,
    MessageStreamEvent,
    ModelObject,
    OtariClient,
)
from tests.integration.conftest import CHAT_MODEL, EMBEDDING_MODEL, MESSAGES, PRICING, PROMPT, reply_to
from tests.servers.fake_upstream import count_tokens, embedding_vector

pytestmark = pytest.mark.integration

REPLY = reply_to(PROMPT)
PROMPT_TOKENS = count_tokens(PROMPT)  # 2
REPLY_TOKENS = count_tokens(REPLY)  # 3
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
TEXTS = ["a b", "c"]


# --------------------------------------------------------------------------- what every answer must look like


def check_completion(result: ChatCompletion) -> None:
    assert isinstance(result, ChatCompletion)
    assert result.model == "gpt-4o-mini"  # the gateway reports the upstream's name, without "openai:"
    [choice] = result.choices
    assert choice.message.role == "assistant"
    assert choice.message.content == REPLY
    assert choice.finish_reason == "stop"
    assert not isinstance(result.usage, Unset)
    assert result.usage is not None
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (PROMPT_TOKENS, REPLY_TOKENS)
    assert result.usage.total_tokens == PROMPT_TOKENS + REPLY_TOKENS


def check_tool_call(result: ChatCompletion) -> None:
    [choice] = result.choices
    assert choice.finish_reason == "tool_calls"
    assert not isinstance(choice.message.tool_calls, Unset)
    assert choice.message.tool_calls
    [call] = choice.message.tool_calls
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": PROMPT}


def check_chunks(chunks: list[ChatCompletionChunk]) -> None:
    """The joined text is the reply; the last chunk carries the usage (the gateway asks for it)."""
    assert chunks, "the stream yielded nothing"
    assert all(isinstance(chunk, ChatCompletionChunk) for chunk in chunks)
    text = "".join(
        choice.delta.content for chunk in chunks for choice in chunk.choices if isinstance(choice.delta.content, str)
    )
    assert text == REPLY
    assert len(chunks) > 2, "the reply should arrive in several chunks"
    finish = [choice.finish_reason for chunk in chunks for choice in chunk.choices if choice.finish_reason]
    assert finish == ["stop"]
    last = chunks[-1]
    assert last.choices == []
    assert not isinstance(last.usage, Unset)
    assert last.usage is not None
    assert (last.usage.prompt_tokens, last.usage.completion_tokens) == (PROMPT_TOKENS, REPLY_TOKENS)
    assert all(isinstance(chunk.usage, Unset) or chunk.usage is None for chunk in chunks[:-1])


def check_message(result: Message) -> None:
    assert isinstance(result, Message)
    assert result.role == "assistant"
    assert [(block.type_, block.text) for block in result.content] == [("text", REPLY)]
    assert result.stop_reason == "end_turn"
    assert (result.usage.input_tokens, result.usage.output_tokens) == (PROMPT_TOKENS, REPLY_TOKENS)


def check_message_events(events: list[MessageStreamEvent]) -> None:
    """Anthropic-style events in order; the gateway's extra ``done`` event is consumed, not yielded."""
    assert all(isinstance(event, MessageStreamEvent) for event in events)
    kinds = [event.type_ for event in events]
    assert kinds[:2] == ["message_start", "content_block_start"]
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(kinds[2:-3]) == {"content_block_delta"}
    text = "".join(
        event.delta.text
        for event in events
        if event.type_ == "content_block_delta"
        and event.delta is not None
        and not isinstance(event.delta, Unset)
        and isinstance(event.delta.text, str)
    )
    assert text == REPLY
    delta = events[-2].delta
    assert delta is not None
    assert not isinstance(delta, Unset)
    assert delta.stop_reason == "end_turn"


def check_embeddings(result: CreateEmbeddingResponse) -> None:
    assert isinstance(result, CreateEmbeddingResponse)
    assert [item.index for item in result.data] == [0, 1]
    # The fake's vectors are multiples of 1/128, exact through the gateway's float32 round trip.
    assert [item.embedding for item in result.data] == [embedding_vector(text) for text in TEXTS]
    assert not isinstance(result.usage, Unset)
    assert result.usage is not None
    assert result.usage.prompt_tokens == sum(count_tokens(text) for text in TEXTS)


def check_base64_embedding(result: CreateEmbeddingResponse) -> None:
    [item] = result.data
    assert isinstance(item.embedding, str)
    raw = base64.b64decode(item.embedding)
    assert list(struct.unpack(f"<{len(raw) // 4}f", raw)) == embedding_vector(TEXTS[0])


def check_models(models: list[ModelObject]) -> None:
    assert all(isinstance(model, ModelObject) for model in models)
    by_id = {model.id: model for model in models}
    assert set(PRICING) <= set(by_id)  # the gateway lists the models that have pricing
    assert by_id[CHAT_MODEL].owned_by == "openai"


# --------------------------------------------------------------------------- blocking client


def test_completion(client: OtariClient) -> None:
    check_completion(client.completion(model=CHAT_MODEL, messages=MESSAGES))


def test_completion_with_tool_call(client: OtariClient) -> None:
    check_tool_call(client.completion(model=CHAT_MODEL, messages=MESSAGES, tools=[WEATHER_TOOL]))


def test_streamed_completion(client: OtariClient) -> None:
    stream = client.completion(model=CHAT_MODEL, messages=MESSAGES, stream=True)
    check_chunks(list(stream))
    assert stream.response.is_closed


def test_message(client: OtariClient) -> None:
    check_message(client.message(model=CHAT_MODEL, messages=MESSAGES, max_tokens=50))


def test_streamed_message(client: OtariClient) -> None:
    stream = client.message(model=CHAT_MODEL, messages=MESSAGES, max_tokens=50, stream=True)
    check_message_events(list(stream))
    assert stream.response.is_closed


def test_embeddings(client: OtariClient) -> None:
    # No encoding_format: the gateway's openai client asks the upstream for base64 and decodes it to floats.
    check_embeddings(client.embedding(model=EMBEDDING_MODEL, input=TEXTS))


def test_embeddings_base64(client: OtariClient) -> None:
    check_base64_embedding(client.embedding(model=EMBEDDING_MODEL, input=TEXTS[0], encoding_format="base64"))


def test_list_models(client: OtariClient) -> None:
    check_models(client.list_models())


def test_get_model(client: OtariClient) -> None:
    model = client.get_model(CHAT_MODEL)
    assert (model.id, model.owned_by) == (CHAT_MODEL, "openai")


def test_health(client: OtariClient) -> None:
    assert client.health().to_dict() == {"status": "healthy"}


def test_one_client_many_calls(client: OtariClient) -> None:
    """A client reuses its connection: calls after a finished (and an abandoned) stream still work."""
    for _ in range(3):
        check_completion(client.completion(model=CHAT_MODEL, messages=MESSAGES))
    with client.completion(model=CHAT_MODEL, messages=MESSAGES, stream=True) as stream:
        first = next(iter(stream))
        assert isinstance(first, ChatCompletionChunk)
    assert stream.response.is_closed
    check_chunks(list(client.completion(model=CHAT_MODEL, messages=MESSAGES, stream=True)))
    check_message(client.message(model=CHAT_MODEL, messages=MESSAGES, max_tokens=50))


# --------------------------------------------------------------------------- async client


@pytest.mark.anyio
async def test_async_completion(async_client: AsyncOtariClient) -> None:
    check_completion(await async_client.completion(model=CHAT_MODEL, messages=MESSAGES))


@pytest.mark.anyio
async def test_async_completion_with_tool_call(async_client: AsyncOtariClient) -> None:
    check_tool_call(await async_client.completion(model=CHAT_MODEL, messages=MESSAGES, tools=[WEATHER_TOOL]))


@pytest.mark.anyio
async def test_async_streamed_completion(async_client: AsyncOtariClient) -> None:
    stream = await async_client.completion(model=CHAT_MODEL, messages=MESSAGES, stream=True)
    check_chunks([chunk async for chunk in stream])
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_message(async_client: AsyncOtariClient) -> None:
    check_message(await async_client.message(model=CHAT_MODEL, messages=MESSAGES, max_tokens=50))


@pytest.mark.anyio
async def test_async_streamed_message(async_client: AsyncOtariClient) -> None:
    stream = await async_client.message(model=CHAT_MODEL, messages=MESSAGES, max_tokens=50, stream=True)
    check_message_events([event async for event in stream])
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_embeddings(async_client: AsyncOtariClient) -> None:
    check_embeddings(await async_client.embedding(model=EMBEDDING_MODEL, input=TEXTS))


@pytest.mark.anyio
async def test_async_embeddings_base64(async_client: AsyncOtariClient) -> None:
    result = await async_client.embedding(model=EMBEDDING_MODEL, input=TEXTS[0], encoding_format="base64")
    check_base64_embedding(result)


@pytest.mark.anyio
async def test_async_list_models(async_client: AsyncOtariClient) -> None:
    check_models(await async_client.list_models())


@pytest.mark.anyio
async def test_async_concurrent_calls(async_client: AsyncOtariClient) -> None:
    """Several calls in flight on one async client, streamed and not."""
    results: dict[str, Any] = {}

    async def complete(name: str) -> None:
        results[name] = await async_client.completion(model=CHAT_MODEL, messages=MESSAGES)

    async def stream(name: str) -> None:
        chunks = await async_client.completion(model=CHAT_MODEL, messages=MESSAGES, stream=True)
        results[name] = [chunk async for chunk in chunks]

    async with anyio.create_task_group() as group:
        for number in range(3):
            group.start_soon(complete, f"plain-{number}")
            group.start_soon(stream, f"stream-{number}")
    assert len(results) == 6
    for name, result in results.items():
        if name.startswith("plain"):
            check_completion(result)
        else:
            check_chunks(result)
