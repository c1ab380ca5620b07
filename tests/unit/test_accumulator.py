"""ChatCompletionAccumulator: chunks of a chat stream add up to the completion they describe."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

import otari

from .helpers import USER_MESSAGES, FakeGateway, chat_sse, sse_response, wire_lines

CHUNKS = wire_lines("chat_completion_chunks.jsonl")


def _accumulate(chunks: list[dict[str, Any]]) -> otari.ChatCompletion:
    accumulator = otari.ChatCompletionAccumulator()
    for chunk in chunks:
        accumulator.add(otari.ChatCompletionChunk.from_dict(chunk))
    return accumulator.completion()


def test_the_fixture_stream_adds_up_to_one_tool_calling_completion() -> None:
    completion = _accumulate(CHUNKS)
    assert isinstance(completion, otari.ChatCompletion)
    assert completion.id == "chatcmpl-BfX3aLr8Tq0cVw2mZp5nKe7sYdUg"
    assert completion.object_ == "chat.completion"
    assert completion.model == "gpt-4o-mini-2024-07-18"
    assert completion.created == 1749131305
    assert completion.system_fingerprint == "fp_34a54ae93c"

    [choice] = completion.choices
    assert choice.index == 0
    assert choice.finish_reason == "tool_calls"
    assert choice.message.role == "assistant"
    assert choice.message.content == "Let me check the weather."

    calls = choice.message.tool_calls
    assert [(call.id, call.type, call.function.name) for call in calls] == [
        ("call_Xr4tLm2qWz8vBn1cKd6yPe0S", "function", "get_weather"),
        ("call_Hn7pQa3sEr5tYu9iOk2lJm4B", "function", "get_time"),
    ]
    assert calls[0].function.arguments == '{"location":"Paris, France"}'
    assert json.loads(calls[1].function.arguments) == {"tz": "Europe/Paris"}


def test_usage_comes_from_the_usage_chunk() -> None:
    usage = _accumulate(CHUNKS).usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (96, 41, 137)
    assert usage.completion_tokens_details.reasoning_tokens == 0


def test_add_returns_the_chunk_so_a_loop_can_print_as_it_goes() -> None:
    accumulator = otari.ChatCompletionAccumulator()
    chunk = otari.ChatCompletionChunk.from_dict(CHUNKS[1])
    assert accumulator.add(chunk) is chunk


def test_accumulating_a_live_stream(gateway: FakeGateway) -> None:
    gateway.route("POST", "/v1/chat/completions", lambda request: sse_response(chat_sse(CHUNKS)))
    accumulator = otari.ChatCompletionAccumulator()
    printed = ""
    for chunk in gateway.sync_client().completion(model="m", messages=USER_MESSAGES, stream=True):
        accumulator.add(chunk)
        if chunk.choices and chunk.choices[0].delta.content:
            printed += chunk.choices[0].delta.content
    completion = accumulator.completion()
    assert completion.choices[0].message.content == printed == "Let me check the weather."
    assert completion.usage.total_tokens == 137


@pytest.mark.anyio
async def test_accumulating_a_live_async_stream(gateway: FakeGateway) -> None:
    gateway.route("POST", "/v1/chat/completions", lambda request: sse_response(chat_sse(CHUNKS)))
    accumulator = otari.ChatCompletionAccumulator()
    async for chunk in await gateway.async_client().completion(model="m", messages=USER_MESSAGES, stream=True):
        accumulator.add(chunk)
    assert accumulator.completion().choices[0].finish_reason == "tool_calls"


def _chunk(choices: list[dict[str, Any]], usage: Any = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-n2",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "gpt-4o-mini",
        "choices": choices,
        "usage": usage,
    }


def test_several_choices_are_kept_apart_by_index() -> None:
    chunks = [
        _chunk([{"index": 0, "delta": {"role": "assistant", "content": "Hel"}, "finish_reason": None}]),
        _chunk([{"index": 1, "delta": {"role": "assistant", "content": "Bon"}, "finish_reason": None}]),
        _chunk([{"index": 1, "delta": {"content": "jour"}, "finish_reason": "stop"}]),
        _chunk([{"index": 0, "delta": {"content": "lo"}, "finish_reason": "length"}]),
    ]
    completion = _accumulate(chunks)
    assert [(c.index, c.message.content, c.finish_reason) for c in completion.choices] == [
        (0, "Hello", "length"),
        (1, "Bonjour", "stop"),
    ]


def test_refusals_are_joined_and_content_stays_empty() -> None:
    chunks = [
        _chunk([{"index": 0, "delta": {"role": "assistant", "refusal": "I can't "}, "finish_reason": None}]),
        _chunk([{"index": 0, "delta": {"refusal": "help with that."}, "finish_reason": "stop"}]),
    ]
    message = _accumulate(chunks).choices[0].message
    assert message.refusal == "I can't help with that."
    assert message.content is None


def test_a_stream_without_usage_gives_a_completion_without_usage() -> None:
    chunks = [copy.deepcopy(chunk) for chunk in CHUNKS[:-1]]
    completion = _accumulate(chunks)
    assert not isinstance(completion.usage, otari.CompletionUsage)
    assert completion.choices[0].message.content == "Let me check the weather."


def test_the_completion_so_far_can_be_read_mid_stream() -> None:
    accumulator = otari.ChatCompletionAccumulator()
    for chunk in CHUNKS[:5]:
        accumulator.add(otari.ChatCompletionChunk.from_dict(chunk))
    partial = accumulator.completion()
    assert partial.choices[0].finish_reason is None
    assert partial.choices[0].message.tool_calls[0].function.arguments == '{"loc'
