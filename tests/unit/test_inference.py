"""Every inference method, blocking and async: what goes on the wire, and what the caller gets back.

The gateway is faked with ``httpx.MockTransport`` (see ``helpers.FakeGateway``);
the assertions are on the request it received and on the typed result.
"""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

import otari

from .helpers import (
    API_KEY,
    MODEL_LIST,
    MODERATION,
    USER_MESSAGES,
    FakeGateway,
    body_of,
    json_response,
    wire,
)

SEED_BATCH = {
    "model": "openai:gpt-4o-mini",
    "requests": [
        {
            "custom_id": "req-1",
            "body": {
                "model": "openai:gpt-4o-mini",
                "messages": [{"role": "user", "content": "Hello!"}],
            },
        },
    ],
    "completion_window": "24h",
}
BATCH_ID = "batch_68a1f9e2c3d48190b7a6e5d4c3b2a190"
AUDIO = b"ID3\x04\x00\x00\x00\x00\x00\x00\xff\xfb\x90\x64fake-mp3-frames"


# --------------------------------------------------------------------------- result checks


def check_chat(result: Any) -> None:
    assert isinstance(result, otari.ChatCompletion)
    choice = result.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.id == "call_9mP3xQeR2vTzLk8sWd7yHb1N"
    assert call.type == "function"
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"location": "Paris, France", "unit": "celsius"}
    assert result.usage.total_tokens == 100


def check_response(result: Any) -> None:
    assert isinstance(result, otari.ResponseObject)
    assert result.id == "resp_68a1f0c2b7e08190a3d4e5f6a7b8c9d0"
    # Only the message's output_text part counts: not the reasoning summary, not the function call.
    assert result.output_text == (
        "Paris's best-known landmark is the Eiffel Tower "
        "([toureiffel.paris](https://www.toureiffel.paris/en?utm_source=openai)). Let me check the weather."
    )


def check_message(result: Any) -> None:
    assert isinstance(result, otari.Message)
    assert [block.type for block in result.content] == ["thinking", "redacted_thinking", "text", "tool_use"]
    text = result.content[2]
    assert text.text == "I'll check the current weather in Paris for you."
    tool = result.content[3]
    assert tool.name == "get_weather"
    assert result.stop_reason == "tool_use"
    assert result.usage.output_tokens == 161


def check_embedding(result: Any) -> None:
    assert isinstance(result, otari.CreateEmbeddingResponse)
    assert [item.index for item in result.data] == [0, 1]
    assert result.data[0].embedding[:2] == [-0.006929283, -0.005336422]
    assert result.usage.prompt_tokens == 9


def check_models(result: Any) -> None:
    assert isinstance(result, list)
    assert all(isinstance(model, otari.ModelObject) for model in result)
    assert [model.id for model in result] == ["openai:gpt-4o-mini", "anthropic:claude-sonnet-4-5"]


def check_model(result: Any) -> None:
    assert isinstance(result, otari.ModelObject)
    assert result.id == "openai:gpt-4o-mini"
    assert result.owned_by == "openai"


def check_moderation(result: Any) -> None:
    assert isinstance(result, otari.ModerationResponse)
    assert result.results[0].flagged is True
    assert result.results[0].category_scores["harassment"] == 0.91


def check_rerank(result: Any) -> None:
    assert isinstance(result, otari.RerankResponse)
    assert [(item.index, item.relevance_score) for item in result.results] == [(0, 0.9987), (2, 0.1203), (1, 4.21e-05)]


def check_images(result: Any) -> None:
    assert isinstance(result, otari.ImagesResponse)
    assert result.data[0].b64_json.startswith("iVBORw0KGgo")
    assert result.data[1].url.startswith("https://oaidalleapiprodscus.blob.core.windows.net/")


def check_speech(result: Any) -> None:
    assert result == AUDIO
    assert type(result) is bytes


def check_transcription(result: Any) -> None:
    assert isinstance(result, otari.TranscriptionResult)
    assert result.text == "The beach was a popular spot on a hot summer day."
    assert result.json["language"] == "english"
    assert result.json["words"][1] == {"word": "beach", "start": 0.24, "end": 0.62}


def check_batch(status: str) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert isinstance(result, otari.Batch)
        assert result.id == BATCH_ID
        assert result.status == status
        assert result.provider == "openai"
        assert (result.request_counts.total, result.request_counts.completed, result.request_counts.failed) == (3, 2, 1)

    return check


def check_batch_list(result: Any) -> None:
    assert isinstance(result, otari.BatchList)
    assert [(batch.id, batch.status, batch.provider) for batch in result.data] == [
        (BATCH_ID, "in_progress", "openai"),
        ("msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d", "failed", "anthropic"),
    ]


def check_batch_results(result: Any) -> None:
    assert isinstance(result, otari.BatchResults)
    assert [item.custom_id for item in result.results] == ["req-1", "req-2", "req-3"]
    assert result.results[0].result["choices"][0]["message"]["content"] == "Hello! How can I help you today?"
    failed = result.results[2]
    assert failed.result is None
    assert failed.error.code == "context_length_exceeded"
    assert failed.error.message == "This model's maximum context length is 128000 tokens."


def check_health(result: Any) -> None:
    assert isinstance(result, otari.HealthStatus)
    assert result.to_dict() == {"status": "healthy"}


# --------------------------------------------------------------------------- the table


@dataclass
class Case:
    """One method call, the request it must produce, a gateway answer and what the caller must get."""

    id: str
    call: Callable[[Any], Any]
    method: str
    path: str
    answer: httpx.Response
    check: Callable[[Any], None]
    body: Any = None
    query: dict[str, str] = field(default_factory=dict)


CASES = [
    Case(
        "completion",
        lambda c: c.completion(model="openai:gpt-4o-mini", messages=USER_MESSAGES, temperature=0.2),
        "POST",
        "/v1/chat/completions",
        json_response(wire("chat_completion.json")),
        check_chat,
        body={"model": "openai:gpt-4o-mini", "messages": USER_MESSAGES, "temperature": 0.2},
    ),
    Case(
        "response",
        lambda c: c.response(model="openai:o4-mini", input="Weather and a landmark in Paris?", max_output_tokens=300),
        "POST",
        "/v1/responses",
        json_response(wire("response.json")),
        check_response,
        body={"model": "openai:o4-mini", "input": "Weather and a landmark in Paris?", "max_output_tokens": 300},
    ),
    Case(
        "message",
        lambda c: c.message(
            model="anthropic:claude-sonnet-4-5", messages=USER_MESSAGES, max_tokens=256, system="Be brief."
        ),
        "POST",
        "/v1/messages",
        json_response(wire("message.json")),
        check_message,
        body={
            "model": "anthropic:claude-sonnet-4-5",
            "messages": USER_MESSAGES,
            "max_tokens": 256,
            "system": "Be brief.",
        },
    ),
    Case(
        "embedding",
        lambda c: c.embedding(model="openai:text-embedding-3-small", input=["a b", "c"], dimensions=8),
        "POST",
        "/v1/embeddings",
        json_response(wire("embedding_float.json")),
        check_embedding,
        body={"model": "openai:text-embedding-3-small", "input": ["a b", "c"], "dimensions": 8},
    ),
    Case("list_models", lambda c: c.list_models(), "GET", "/v1/models", json_response(MODEL_LIST), check_models),
    Case(
        "get_model",
        lambda c: c.get_model("openai:gpt-4o-mini"),
        "GET",
        "/v1/models/openai:gpt-4o-mini",
        json_response(MODEL_LIST["data"][0]),
        check_model,
    ),
    Case(
        "moderation",
        lambda c: c.moderation(model="openai:omni-moderation-latest", input="You are awful.", include_raw=True),
        "POST",
        "/v1/moderations",
        json_response(MODERATION),
        check_moderation,
        body={"model": "openai:omni-moderation-latest", "input": "You are awful."},
        query={"include_raw": "true"},
    ),
    Case(
        "rerank",
        lambda c: c.rerank(
            model="cohere:rerank-v3.5",
            query="What is the capital of France?",
            documents=["Paris is the capital of France.", "Berlin is in Germany.", "France borders Spain."],
            top_n=3,
        ),
        "POST",
        "/v1/rerank",
        json_response(wire("rerank.json")),
        check_rerank,
        body={
            "model": "cohere:rerank-v3.5",
            "query": "What is the capital of France?",
            "documents": ["Paris is the capital of France.", "Berlin is in Germany.", "France borders Spain."],
            "top_n": 3,
        },
    ),
    Case(
        "image_generation",
        lambda c: c.image_generation(model="openai:gpt-image-1", prompt="A watercolor fox", n=2, size="1024x1024"),
        "POST",
        "/v1/images/generations",
        json_response(wire("images.json")),
        check_images,
        body={"model": "openai:gpt-image-1", "prompt": "A watercolor fox", "n": 2, "size": "1024x1024"},
    ),
    Case(
        "speech",
        lambda c: c.speech(model="openai:tts-1", input="Hello from otari.", voice="alloy", speed=1.25),
        "POST",
        "/v1/audio/speech",
        httpx.Response(200, content=AUDIO, headers={"content-type": "audio/mpeg"}),
        check_speech,
        body={"model": "openai:tts-1", "input": "Hello from otari.", "voice": "alloy", "speed": 1.25},
    ),
    Case(
        "transcription",
        lambda c: c.transcription(model="openai:whisper-1", file=AUDIO),
        "POST",
        "/v1/audio/transcriptions",
        json_response(wire("transcription.json")),
        check_transcription,
    ),
    Case(
        "create_batch",
        lambda c: c.create_batch(SEED_BATCH),
        "POST",
        "/v1/batches",
        json_response(wire("batch.json")),
        check_batch("completed"),
        body=SEED_BATCH,
    ),
    Case(
        "retrieve_batch",
        lambda c: c.retrieve_batch(BATCH_ID, provider="openai"),
        "GET",
        f"/v1/batches/{BATCH_ID}",
        json_response(wire("batch.json")),
        check_batch("completed"),
        query={"provider": "openai"},
    ),
    Case(
        "list_batches",
        lambda c: c.list_batches("openai", after="batch_abc", limit=2),
        "GET",
        "/v1/batches",
        json_response(wire("batch_list.json")),
        check_batch_list,
        query={"provider": "openai", "after": "batch_abc", "limit": "2"},
    ),
    Case(
        "cancel_batch",
        lambda c: c.cancel_batch(BATCH_ID, provider="openai"),
        "POST",
        f"/v1/batches/{BATCH_ID}/cancel",
        json_response({**wire("batch.json"), "status": "cancelling"}),
        check_batch("cancelling"),
        query={"provider": "openai"},
    ),
    Case(
        "retrieve_batch_results",
        lambda c: c.retrieve_batch_results(BATCH_ID, provider="openai"),
        "GET",
        f"/v1/batches/{BATCH_ID}/results",
        json_response(wire("batch_results.json")),
        check_batch_results,
        query={"provider": "openai"},
    ),
    Case("health", lambda c: c.health(), "GET", "/health", json_response({"status": "healthy"}), check_health),
]


def _assert_request(case: Case, request: httpx.Request) -> None:
    assert request.method == case.method
    assert request.url.scheme == "http"
    assert request.url.host == "gateway.test"
    assert request.url.path == case.path
    assert dict(request.url.params) == case.query
    assert request.headers["otari-key"] == f"Bearer {API_KEY}"
    assert "authorization" not in request.headers
    if case.body is not None:
        assert request.headers["content-type"] == "application/json"
        assert body_of(request) == case.body
    elif case.method == "GET":
        assert request.content == b""


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_each_method_sends_its_request_and_returns_a_typed_result(case: Case, gateway: FakeGateway) -> None:
    gateway.route(case.method, case.path, case.answer)
    with gateway.sync_client() as client:
        result = case.call(client)
    assert len(gateway.requests) == 1
    _assert_request(case, gateway.last)
    case.check(result)


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_each_async_method_sends_the_same_request_and_returns_the_same_result(
    case: Case, gateway: FakeGateway
) -> None:
    gateway.route(case.method, case.path, case.answer)
    async with gateway.async_client() as client:
        pending = case.call(client)
        assert hasattr(pending, "__await__"), "async methods must be awaited"
        result = await pending
    assert len(gateway.requests) == 1
    _assert_request(case, gateway.last)
    case.check(result)


def test_the_table_covers_every_public_inference_method() -> None:
    from otari._registry import public_methods

    inference = {name for name in public_methods() if "." not in name}
    assert inference == {case.id for case in CASES}
    assert all(hasattr(otari.AsyncOtariClient, name) for name in inference)


# --------------------------------------------------------------------------- forward compatibility


EXTRA = {"x_future_flag": True, "safety_identifier": "user-42"}
_POST_PATHS = [
    "/v1/chat/completions",
    "/v1/responses",
    "/v1/messages",
    "/v1/embeddings",
    "/v1/moderations",
    "/v1/rerank",
    "/v1/images/generations",
    "/v1/audio/speech",
    "/v1/batches",
]


EXTRA_CASES = [
    ("completion", lambda c: c.completion(model="m", messages=USER_MESSAGES, **EXTRA), "chat_completion.json"),
    ("response", lambda c: c.response(model="m", input="hi", **EXTRA), "response.json"),
    ("message", lambda c: c.message(model="m", messages=USER_MESSAGES, max_tokens=5, **EXTRA), "message.json"),
    ("embedding", lambda c: c.embedding(model="m", input="hi", **EXTRA), "embedding_float.json"),
    ("moderation", lambda c: c.moderation(model="m", input="hi", **EXTRA), None),
    ("rerank", lambda c: c.rerank(model="m", query="q", documents=["d"], **EXTRA), "rerank.json"),
    ("image_generation", lambda c: c.image_generation(model="m", prompt="p", **EXTRA), "images.json"),
    ("speech", lambda c: c.speech(model="m", input="hi", voice="alloy", **EXTRA), None),
    ("create_batch", lambda c: c.create_batch(SEED_BATCH, **EXTRA), "batch.json"),
]


@pytest.mark.parametrize(("name", "call", "fixture"), EXTRA_CASES, ids=[case[0] for case in EXTRA_CASES])
def test_keywords_the_spec_does_not_know_are_sent_as_they_are(
    name: str, call: Callable[[Any], Any], fixture: str | None, gateway: FakeGateway
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if fixture:
            return json_response(wire(fixture))
        if "speech" in request.url.path:
            return httpx.Response(200, content=AUDIO)
        return json_response(MODERATION)

    gateway.routes = dict.fromkeys([("POST", path) for path in _POST_PATHS], answer)
    call(gateway.sync_client())
    sent = body_of(gateway.last)
    assert sent["x_future_flag"] is True
    assert sent["safety_identifier"] == "user-42"


def test_extra_body_is_merged_into_the_chat_request(gateway: FakeGateway) -> None:
    gateway.route("POST", "/v1/chat/completions", json_response(wire("chat_completion.json")))
    gateway.sync_client().completion(
        model="openai:gpt-4o-mini", messages=USER_MESSAGES, extra_body={"reasoning": {"effort": "low"}}
    )
    assert body_of(gateway.last) == {
        "model": "openai:gpt-4o-mini",
        "messages": USER_MESSAGES,
        "reasoning": {"effort": "low"},
    }


def test_gateway_extensions_and_nested_structures_reach_the_wire_unchanged(gateway: FakeGateway) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather for a city.",
                "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": []},
            },
        }
    ]
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": [{"type": "text", "text": "Weather in Paris?"}]},
    ]
    gateway.route("POST", "/v1/chat/completions", json_response(wire("chat_completion.json")))
    gateway.sync_client().completion(
        model="openai:gpt-4o-mini",
        messages=messages,
        tools=tools,
        tool_choice="auto",
        stream_options={"include_usage": False},
        mcp_server_ids=["srv-1"],
        max_tool_iterations=3,
        temperature=0,
    )
    assert body_of(gateway.last) == {
        "model": "openai:gpt-4o-mini",
        "messages": messages,
        "tools": tools,
        "tool_choice": "auto",
        "stream_options": {"include_usage": False},
        "mcp_server_ids": ["srv-1"],
        "max_tool_iterations": 3,
        "temperature": 0,
    }


def test_arguments_left_as_none_are_not_sent(gateway: FakeGateway) -> None:
    gateway.route("POST", "/v1/embeddings", json_response(wire("embedding_float.json")))
    gateway.route("POST", "/v1/images/generations", json_response(wire("images.json")))
    client = gateway.sync_client()
    client.embedding(model="m", input="x", dimensions=None, user=None)
    assert body_of(gateway.last) == {"model": "m", "input": "x"}
    client.image_generation(model="m", prompt="p", size=None, quality=None)
    assert body_of(gateway.last) == {"model": "m", "prompt": "p"}


# --------------------------------------------------------------------------- stream=True changes only `stream`


STREAMABLE = [
    (
        "completion",
        lambda c, **kw: c.completion(model="openai:gpt-4o-mini", messages=USER_MESSAGES, temperature=0.5, **kw),
        "/v1/chat/completions",
    ),
    (
        "response",
        lambda c, **kw: c.response(model="openai:o4-mini", input="hi", instructions="x", **kw),
        "/v1/responses",
    ),
    (
        "message",
        lambda c, **kw: c.message(model="anthropic:claude", messages=USER_MESSAGES, max_tokens=64, **kw),
        "/v1/messages",
    ),
]


@pytest.mark.parametrize(("name", "call", "path"), STREAMABLE, ids=[s[0] for s in STREAMABLE])
def test_streaming_sends_the_same_body_plus_stream_true(
    name: str, call: Callable[..., Any], path: str, gateway: FakeGateway
) -> None:
    gateway.route("POST", path, httpx.Response(500, json={"detail": "stop here"}))
    client = gateway.sync_client()
    with pytest.raises(otari.ServerError):
        call(client)
    plain = body_of(gateway.last)
    with pytest.raises(otari.ServerError):
        call(client, stream=True)
    streamed = body_of(gateway.last)
    assert "stream" not in plain
    assert streamed.pop("stream") is True
    assert streamed == plain
    assert gateway.last.headers["accept"] == "text/event-stream"


@pytest.mark.parametrize("value", [None, "yes", 1])
def test_stream_must_be_a_boolean(value: Any, gateway: FakeGateway) -> None:
    with pytest.raises(ValueError, match="stream"):
        gateway.sync_client().completion(model="m", messages=USER_MESSAGES, stream=value)
    assert gateway.requests == []


# --------------------------------------------------------------------------- checked before sending


def _closed_file() -> io.BytesIO:
    file = io.BytesIO(b"audio")
    file.close()
    return file


INVALID_CALLS = [
    ("message without max_tokens", lambda c: c.message(model="m", messages=USER_MESSAGES), "max_tokens"),
    ("message with max_tokens=0", lambda c: c.message(model="m", messages=USER_MESSAGES, max_tokens=0), "max_tokens"),
    ("message without messages", lambda c: c.message(model="m", max_tokens=5), "messages"),
    ("completion without model", lambda c: c.completion(messages=USER_MESSAGES), "model"),
    ("completion without messages", lambda c: c.completion(model="m"), "messages"),
    ("completion with no messages", lambda c: c.completion(model="m", messages=[]), "messages"),
    ("response without input", lambda c: c.response(model="m"), "input"),
    ("response without model", lambda c: c.response(input="hi"), "model"),
    ("embedding without input", lambda c: c.embedding(model="m"), "input"),
    ("embedding with a number", lambda c: c.embedding(model="m", input=42), "input"),
    ("rerank without documents", lambda c: c.rerank(model="m", query="q", documents=[]), "documents"),
    ("speech without voice", lambda c: c.speech(model="m", input="hi"), "voice"),
    ("transcription without file", lambda c: c.transcription(model="m"), "file"),
    ("transcription of a missing path", lambda c: c.transcription(model="m", file="/nonexistent/a.mp3"), "a.mp3"),
    ("transcription of a text file object", lambda c: c.transcription(model="m", file=io.StringIO("x")), "binary"),
    ("transcription of a closed file", lambda c: c.transcription(model="m", file=_closed_file()), "closed"),
    ("create_batch without requests", lambda c: c.create_batch({"model": "m"}), "requests"),
    ("create_batch without model", lambda c: c.create_batch(requests=SEED_BATCH["requests"]), "model"),
    ("retrieve_batch without provider", lambda c: c.retrieve_batch(BATCH_ID), "provider"),
    ("list_batches with unknown option", lambda c: c.list_batches("openai", {"order": "asc"}), "order"),
]


@pytest.mark.parametrize(("what", "call", "named"), INVALID_CALLS, ids=[case[0] for case in INVALID_CALLS])
def test_bad_arguments_fail_clearly_before_anything_is_sent(
    what: str, call: Callable[[Any], Any], named: str, gateway: FakeGateway
) -> None:
    with pytest.raises((TypeError, ValueError)) as caught:
        call(gateway.sync_client())
    assert named in str(caught.value)
    assert gateway.requests == []


@pytest.mark.anyio
async def test_async_message_without_max_tokens_fails_before_sending(gateway: FakeGateway) -> None:
    client = gateway.async_client()
    with pytest.raises(ValueError, match="max_tokens"):
        await client.message(model="m", messages=USER_MESSAGES)
    assert gateway.requests == []


def test_invalid_request_error_is_both_an_otari_error_and_a_value_error(gateway: FakeGateway) -> None:
    with pytest.raises(otari.InvalidRequestError) as caught:
        gateway.sync_client().message(model="m", messages=USER_MESSAGES)
    assert isinstance(caught.value, otari.OtariError)
    assert isinstance(caught.value, ValueError)


# --------------------------------------------------------------------------- embeddings, moderation


def test_base64_embeddings_come_back_as_the_string_the_gateway_sent(gateway: FakeGateway) -> None:
    gateway.route("POST", "/v1/embeddings", json_response(wire("embedding_base64.json")))
    result = gateway.sync_client().embedding(model="m", input="hi", encoding_format="base64")
    assert body_of(gateway.last)["encoding_format"] == "base64"
    assert result.data[0].embedding == "Cg/juyfdrrtG/8Q8ShN6u4dFSjyGiq280tsaPKL/Rzo="


def test_moderation_asks_for_raw_provider_output_only_when_told(gateway: FakeGateway) -> None:
    gateway.route("POST", "/v1/moderations", json_response(MODERATION))
    client = gateway.sync_client()
    client.moderation(model="m", input="hi")
    assert gateway.last.url.params.get("include_raw") in (None, "false")
    client.moderation(model="m", input=["one", "two"], include_raw=True)
    assert gateway.last.url.params["include_raw"] == "true"
    assert body_of(gateway.last) == {"model": "m", "input": ["one", "two"]}


def test_a_model_id_with_a_slash_stays_one_path_segment(gateway: FakeGateway) -> None:
    gateway.route("GET", "/v1/models/openai/gpt-4o", json_response({**MODEL_LIST["data"][0], "id": "openai/gpt-4o"}))
    model = gateway.sync_client().get_model("openai/gpt-4o")
    assert gateway.last.url.raw_path == b"/v1/models/openai%2Fgpt-4o"
    assert model.id == "openai/gpt-4o"


# --------------------------------------------------------------------------- audio


def _multipart(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """The form fields of a multipart request: name -> (filename, content)."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        fields[str(name)] = (part.get_filename(), part.get_payload(decode=True))
    return fields


def _transcribe(gateway: FakeGateway, **kwargs: Any) -> tuple[Any, dict[str, tuple[str | None, bytes]]]:
    gateway.route("POST", "/v1/audio/transcriptions", json_response(wire("transcription.json")))
    result = gateway.sync_client().transcription(model="openai:whisper-1", **kwargs)
    assert gateway.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    return result, _multipart(gateway.last)


def test_transcription_uploads_bytes(gateway: FakeGateway) -> None:
    result, fields = _transcribe(gateway, file=AUDIO, language="en", temperature=0.0)
    assert fields["file"][1] == AUDIO
    assert fields["file"][0]
    assert fields["model"] == (None, b"openai:whisper-1")
    assert fields["language"] == (None, b"en")
    assert fields["temperature"] == (None, b"0.0")
    assert set(fields) == {"file", "model", "language", "temperature"}
    check_transcription(result)


def test_transcription_uploads_bytes_under_the_given_filename(gateway: FakeGateway) -> None:
    _, fields = _transcribe(gateway, file=AUDIO, filename="speech.mp3")
    assert fields["file"] == ("speech.mp3", AUDIO)


def test_transcription_reads_a_path(tmp_path: Path, gateway: FakeGateway) -> None:
    audio = tmp_path / "meeting.wav"
    audio.write_bytes(AUDIO)
    _, fields = _transcribe(gateway, file=audio)
    assert fields["file"] == ("meeting.wav", AUDIO)
    _, fields = _transcribe(gateway, file=str(audio), filename="renamed.wav")
    assert fields["file"] == ("renamed.wav", AUDIO)


def test_transcription_reads_a_binary_file_object(tmp_path: Path, gateway: FakeGateway) -> None:
    audio = tmp_path / "note.m4a"
    audio.write_bytes(AUDIO)
    with audio.open("rb") as handle:
        _, fields = _transcribe(gateway, file=handle)
    assert fields["file"] == ("note.m4a", AUDIO)
    _, fields = _transcribe(gateway, file=io.BytesIO(AUDIO), filename="memo.ogg")
    assert fields["file"] == ("memo.ogg", AUDIO)


def test_transcription_forwards_unknown_form_fields(gateway: FakeGateway) -> None:
    _, fields = _transcribe(gateway, file=AUDIO, x_future_option="on")
    assert fields["x_future_option"] == (None, b"on")


def test_plain_text_transcriptions_have_text_but_no_json(gateway: FakeGateway) -> None:
    srt = "1\n00:00:00,000 --> 00:00:03,320\nThe beach was a popular spot.\n"
    gateway.route(
        "POST", "/v1/audio/transcriptions", httpx.Response(200, text=srt, headers={"content-type": "text/plain"})
    )
    result = gateway.sync_client().transcription(model="m", file=AUDIO, response_format="srt")
    assert _multipart(gateway.last)["response_format"] == (None, b"srt")
    assert result.json is None
    assert result.text == srt


@pytest.mark.anyio
async def test_async_transcription_uploads_a_path(tmp_path: Path, gateway: FakeGateway) -> None:
    audio = tmp_path / "a.flac"
    audio.write_bytes(AUDIO)
    gateway.route("POST", "/v1/audio/transcriptions", json_response(wire("transcription.json")))
    result = await gateway.async_client().transcription(model="m", file=audio)
    assert _multipart(gateway.last)["file"] == ("a.flac", AUDIO)
    assert result.json["text"] == result.text


# --------------------------------------------------------------------------- batches


def test_create_batch_accepts_keywords_and_a_dict_with_keywords_winning(gateway: FakeGateway) -> None:
    gateway.route("POST", "/v1/batches", json_response(wire("batch.json")))
    client = gateway.sync_client()
    client.create_batch(**SEED_BATCH)
    assert body_of(gateway.last) == SEED_BATCH
    client.create_batch(SEED_BATCH, completion_window="48h", metadata={"project": "eval"})
    assert body_of(gateway.last) == {**SEED_BATCH, "completion_window": "48h", "metadata": {"project": "eval"}}


def test_list_batches_accepts_the_seed_dict_form(gateway: FakeGateway) -> None:
    gateway.route("GET", "/v1/batches", json_response(wire("batch_list.json")))
    client = gateway.sync_client()
    client.list_batches("openai", {"limit": 20})
    assert dict(gateway.last.url.params) == {"provider": "openai", "limit": "20"}
    client.list_batches("openai", {"after": "batch_1", "limit": 5})
    assert dict(gateway.last.url.params) == {"provider": "openai", "after": "batch_1", "limit": "5"}
    client.list_batches("anthropic")
    assert dict(gateway.last.url.params) == {"provider": "anthropic"}


@pytest.mark.anyio
async def test_async_list_batches_pages_with_after_and_limit(gateway: FakeGateway) -> None:
    gateway.route("GET", "/v1/batches", json_response(wire("batch_list.json")))
    client = gateway.async_client()
    await client.list_batches("openai", {"limit": 20})
    assert dict(gateway.last.url.params) == {"provider": "openai", "limit": "20"}
    await client.list_batches("openai", after="batch_9")
    assert dict(gateway.last.url.params) == {"provider": "openai", "after": "batch_9"}


def test_batch_ids_are_escaped_in_the_path(gateway: FakeGateway) -> None:
    client = gateway.sync_client()
    with pytest.raises(otari.NotFoundError):
        client.retrieve_batch("batches/abc 1", provider="gemini")
    assert gateway.last.url.raw_path == b"/v1/batches/batches%2Fabc%201?provider=gemini"


# --------------------------------------------------------------------------- malformed success answers


def test_a_success_body_that_does_not_match_the_api_is_a_typed_error(gateway: FakeGateway) -> None:
    gateway.route("POST", "/v1/chat/completions", json_response({"unexpected": True}))
    with pytest.raises(otari.APIResponseValidationError) as caught:
        gateway.sync_client().completion(model="m", messages=USER_MESSAGES)
    assert caught.value.status_code == 200
    assert "/v1/chat/completions" in caught.value.message


def test_a_success_body_that_is_not_json_is_a_typed_error(gateway: FakeGateway) -> None:
    gateway.route("GET", "/v1/models", httpx.Response(200, text="<html>proxy login</html>"))
    with pytest.raises(otari.APIResponseValidationError):
        gateway.sync_client().list_models()
