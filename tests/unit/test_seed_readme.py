"""Every Python example of the seed README (``shared/seeds/python-sdk-readme.txt``) runs as written.

The examples are copied here verbatim. Only the surroundings come from the
test: credentials in environment variables, a working directory, and respx's
global mock answering the gateway's routes with realistic payloads, so that
``OtariClient(platform_token="tk_...")`` works unchanged.
"""

from __future__ import annotations

import ast
import asyncio
import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from .helpers import MODEL_LIST, MODERATION, FakeGateway, chat_sse, json_response, sse_response, wire, wire_lines

# --------------------------------------------------------------------------- the examples, verbatim

QUICKSTART = """
from otari import OtariClient

client = OtariClient(
    platform_token="tk_your_api_token",
)

response = client.completion(
    model="openai:gpt-4o-mini",
    messages=[{"role": "user", "content": "Hello!"}],
)

print(response.choices[0].message.content)
"""

PLATFORM_MODE = """
from otari import OtariClient

client = OtariClient(
    platform_token="tk_your_api_token",
)
"""

SELF_HOSTED_MODE = """
from otari import OtariClient

client = OtariClient(
    api_base="http://localhost:8000",  # or wherever you host the gateway
    api_key="your-gateway-api-key",
)
"""

FROM_ENVIRONMENT = """
from otari import OtariClient

# Platform mode: OTARI_AI_TOKEN (or legacy GATEWAY_PLATFORM_TOKEN),
# defaulting to the hosted gateway.
# Self-hosted: GATEWAY_API_BASE + GATEWAY_API_KEY.
client = OtariClient()
"""

CHAT = """
response = client.completion(
    model="openai:gpt-4o-mini",
    messages=[{"role": "user", "content": "Hello!"}],
)

print(response.choices[0].message.content)
"""

STREAMING = """
stream = client.completion(
    model="openai:gpt-4o-mini",
    messages=[{"role": "user", "content": "Tell me a story."}],
    stream=True,
)

for chunk in stream:
    content = chunk.choices[0].delta.content
    if content:
        print(content, end="", flush=True)
"""

RESPONSES = """
response = client.response(
    model="openai:gpt-4o-mini",
    input="Summarize this in one sentence.",
)

print(response.output_text)
"""

MESSAGES = """
message = client.message(
    model="anthropic:claude-3-5-sonnet",
    messages=[{"role": "user", "content": "Hello!"}],
    max_tokens=256,
)

print(message.content)
"""

EMBEDDINGS = """
result = client.embedding(
    model="openai:text-embedding-3-small",
    input="Hello world",
)

print(result.data[0].embedding)
"""

LIST_MODELS = """
models = client.list_models()
for model in models:
    print(model.id)
"""

MODERATION_EXAMPLE = """
result = client.moderation(
    model="openai:omni-moderation-latest",
    input="Some text to classify.",
)

print(result.results[0].flagged)
"""

RERANK = """
result = client.rerank(
    model="cohere:rerank-v3.5",
    query="What is the capital of France?",
    documents=["Paris is the capital of France.", "Berlin is in Germany."],
)

for item in result.results:
    print(item.index, item.relevance_score)
"""

IMAGES = """
result = client.image_generation(
    model="openai:dall-e-3",
    prompt="A watercolor fox in a misty forest",
)

print(result.data[0].url)
"""

SPEECH = """
audio = client.speech(
    model="openai:tts-1",
    input="Hello from otari.",
    voice="alloy",
)
Path("speech.mp3").write_bytes(audio)
"""

TRANSCRIPTION = """
result = client.transcription(
    model="openai:whisper-1",
    file=Path("speech.mp3").read_bytes(),
)
print(result.json["text"])
"""

BATCHES = """
batch = client.create_batch(
    {
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
)

# Poll for status.
status = client.retrieve_batch(batch.id, provider="openai")

# List batches for a provider.
batches = client.list_batches("openai", {"limit": 20})

# Fetch results once complete (raises BatchNotCompleteError on HTTP 409).
results = client.retrieve_batch_results(batch.id, provider="openai")
for item in results.results:
    print(item.custom_id, item.result)

# Cancel a running batch.
client.cancel_batch(batch.id, provider="openai")
"""

ERROR_HANDLING = """
from otari import OtariClient, AuthenticationError, RateLimitError

try:
    response = client.completion(
        model="openai:gpt-4o-mini",
        messages=[{"role": "user", "content": "Hello!"}],
    )
except AuthenticationError as e:
    print(f"Invalid credentials: {e.message}")
except RateLimitError as e:
    print(f"Rate limited, retry after: {e.retry_after}")
"""

ASYNC_USAGE = """
import asyncio

from otari import AsyncOtariClient


async def main() -> None:
    async with AsyncOtariClient(platform_token="tk_your_api_token") as client:
        response = await client.completion(
            model="openai:gpt-4o-mini",
            messages=[{"role": "user", "content": "Hello!"}],
        )
        print(response.choices[0].message.content)

        stream = await client.completion(
            model="openai:gpt-4o-mini",
            messages=[{"role": "user", "content": "Tell me a story."}],
            stream=True,
        )
        async for chunk in stream:
            content = chunk.choices[0].delta.content
            if content:
                print(content, end="", flush=True)


asyncio.run(main())
"""

CONTEXT_MANAGER = """
with OtariClient(api_base="http://localhost:8000") as client:
    response = client.completion(
        model="openai:gpt-4o-mini",
        messages=[{"role": "user", "content": "Hello!"}],
    )
"""

ASYNC_CONTEXT_MANAGER = """
async with AsyncOtariClient(api_base="http://localhost:8000") as client:
    response = await client.completion(
        model="openai:gpt-4o-mini",
        messages=[{"role": "user", "content": "Hello!"}],
    )
"""

# --------------------------------------------------------------------------- the gateway behind them

HELLO = wire("batch_results.json")["results"][0]["result"]  # a plain text chat.completion
STORY_CHUNKS: list[dict[str, Any]] = [
    *wire_lines("chat_completion_chunks.jsonl")[:3],
    {**wire_lines("chat_completion_chunks.jsonl")[0], "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
]
AUDIO = b"ID3\x04\x00\x00\x00\x00\x00\x00\xff\xfb\x90\x64story-audio"
BATCH = wire("batch.json")
BATCH_PATH = f"/v1/batches/{BATCH['id']}"
IMAGES_WITH_URL = {**wire("images.json"), "data": [wire("images.json")["data"][1]]}


def _chat(request: httpx.Request) -> httpx.Response:
    if json.loads(request.content).get("stream"):
        return sse_response(chat_sse(STORY_CHUNKS))
    return json_response(HELLO)


def _gateway() -> FakeGateway:
    return FakeGateway(
        {
            ("POST", "/v1/chat/completions"): _chat,
            ("POST", "/v1/responses"): json_response(wire("response.json")),
            ("POST", "/v1/messages"): json_response(wire("message.json")),
            ("POST", "/v1/embeddings"): json_response(wire("embedding_float.json")),
            ("GET", "/v1/models"): json_response(MODEL_LIST),
            ("POST", "/v1/moderations"): json_response(MODERATION),
            ("POST", "/v1/rerank"): json_response(wire("rerank.json")),
            ("POST", "/v1/images/generations"): json_response(IMAGES_WITH_URL),
            ("POST", "/v1/audio/speech"): httpx.Response(200, content=AUDIO, headers={"content-type": "audio/mpeg"}),
            ("POST", "/v1/audio/transcriptions"): json_response(wire("transcription.json")),
            ("POST", "/v1/batches"): json_response(BATCH),
            ("GET", BATCH_PATH): json_response(BATCH),
            ("GET", "/v1/batches"): json_response(wire("batch_list.json")),
            ("GET", f"{BATCH_PATH}/results"): json_response(wire("batch_results.json")),
            ("POST", f"{BATCH_PATH}/cancel"): json_response({**BATCH, "status": "cancelling"}),
        }
    )


@pytest.fixture
def gateway(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeGateway]:
    """respx's global mock routes every host to one fake gateway; the examples run in an empty directory."""
    monkeypatch.chdir(tmp_path)
    fake = _gateway()
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        router.route().mock(side_effect=fake)
        yield fake


def run(code: str, namespace: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run an example as a module would (top-level ``await`` allowed, as in the README's async fragment)."""
    scope: dict[str, Any] = {"__name__": "readme_example"} if namespace is None else namespace
    compiled = compile(textwrap.dedent(code), "<readme example>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(compiled, scope)  # noqa: S307 - our own copy of the README's examples
    if asyncio.iscoroutine(result):
        asyncio.run(result)
    return scope


# --------------------------------------------------------------------------- the tests


def test_quickstart(gateway: FakeGateway, capsys: pytest.CaptureFixture[str]) -> None:
    run(QUICKSTART)
    assert capsys.readouterr().out == "Hello! How can I help you today?\n"
    assert str(gateway.last.url) == "https://api.otari.ai/v1/chat/completions"
    assert gateway.last.headers["authorization"] == "Bearer tk_your_api_token"


def test_authentication_examples(gateway: FakeGateway) -> None:
    platform = run(PLATFORM_MODE)["client"]
    assert platform.platform_mode is True
    assert platform.api_base == "https://api.otari.ai"
    self_hosted = run(SELF_HOSTED_MODE)["client"]
    assert self_hosted.platform_mode is False
    self_hosted.list_models()
    assert str(gateway.last.url) == "http://localhost:8000/v1/models"
    assert gateway.last.headers["otari-key"] == "Bearer your-gateway-api-key"


def test_environment_example_in_platform_mode(gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTARI_AI_TOKEN", "tk_from_env")
    monkeypatch.setenv("GATEWAY_PLATFORM_TOKEN", "tk_legacy")
    client = run(FROM_ENVIRONMENT)["client"]
    client.list_models()
    assert str(gateway.last.url) == "https://api.otari.ai/v1/models"
    assert gateway.last.headers["authorization"] == "Bearer tk_from_env"


def test_environment_example_in_self_hosted_mode(gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_API_BASE", "http://localhost:8000")
    monkeypatch.setenv("GATEWAY_API_KEY", "your-key-here")
    client = run(FROM_ENVIRONMENT)["client"]
    client.list_models()
    assert str(gateway.last.url) == "http://localhost:8000/v1/models"
    assert gateway.last.headers["otari-key"] == "Bearer your-key-here"


@pytest.fixture
def with_client(gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The namespace the Usage examples run in: ``client`` made from the environment, as the README sets it up."""
    monkeypatch.setenv("OTARI_AI_TOKEN", "tk_your_api_token")
    return run(FROM_ENVIRONMENT + "\nfrom pathlib import Path\n")


USAGE = [
    (CHAT, "POST", "/v1/chat/completions", "Hello! How can I help you today?\n"),
    (STREAMING, "POST", "/v1/chat/completions", "Let me check the weather."),
    (
        RESPONSES,
        "POST",
        "/v1/responses",
        "Paris's best-known landmark is the Eiffel Tower "
        "([toureiffel.paris](https://www.toureiffel.paris/en?utm_source=openai)). Let me check the weather.\n",
    ),
    (EMBEDDINGS, "POST", "/v1/embeddings", f"{wire('embedding_float.json')['data'][0]['embedding']}\n"),
    (LIST_MODELS, "GET", "/v1/models", "openai:gpt-4o-mini\nanthropic:claude-sonnet-4-5\n"),
    (MODERATION_EXAMPLE, "POST", "/v1/moderations", "True\n"),
    (RERANK, "POST", "/v1/rerank", "0 0.9987\n2 0.1203\n1 4.21e-05\n"),
    (IMAGES, "POST", "/v1/images/generations", f"{IMAGES_WITH_URL['data'][0]['url']}\n"),
]


@pytest.mark.parametrize(
    ("code", "method", "path", "printed"),
    USAGE,
    ids=["chat", "streaming", "responses", "embeddings", "models", "moderation", "rerank", "images"],
)
def test_usage_examples(
    code: str,
    method: str,
    path: str,
    printed: str,
    with_client: dict[str, Any],
    gateway: FakeGateway,
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    run(code, with_client)
    assert capsys.readouterr().out == printed
    assert (gateway.last.method, gateway.last.url.path) == (method, path)
    assert gateway.last.headers["authorization"] == "Bearer tk_your_api_token"


def test_messages_example_prints_the_content_blocks(
    with_client: dict[str, Any], gateway: FakeGateway, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    scope = run(MESSAGES, with_client)
    out = capsys.readouterr().out
    assert "I'll check the current weather in Paris for you." in out
    assert [block.type for block in scope["message"].content] == ["thinking", "redacted_thinking", "text", "tool_use"]
    assert json.loads(gateway.last.content)["max_tokens"] == 256


def test_audio_examples(with_client: dict[str, Any], gateway: FakeGateway, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    run(SPEECH, with_client)
    assert Path("speech.mp3").read_bytes() == AUDIO
    run(TRANSCRIPTION, with_client)
    assert capsys.readouterr().out == "The beach was a popular spot on a hot summer day.\n"
    assert AUDIO in gateway.last.content


def test_batch_example(with_client: dict[str, Any], gateway: FakeGateway, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    scope = run(BATCHES, with_client)
    sent = [(r.method, r.url.path, dict(r.url.params)) for r in gateway.requests]
    assert sent == [
        ("POST", "/v1/batches", {}),
        ("GET", BATCH_PATH, {"provider": "openai"}),
        ("GET", "/v1/batches", {"provider": "openai", "limit": "20"}),
        ("GET", f"{BATCH_PATH}/results", {"provider": "openai"}),
        ("POST", f"{BATCH_PATH}/cancel", {"provider": "openai"}),
    ]
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["req-1", "req-2", "req-3"]
    assert lines[2] == "req-3 None"
    assert scope["status"].status == "completed"
    assert len(scope["batches"].data) == 2


@pytest.mark.parametrize(
    ("answer", "printed"),
    [
        (httpx.Response(401, json={"detail": "Invalid API key"}), "Invalid credentials: Invalid API key\n"),
        (
            httpx.Response(429, json={"detail": "Rate limit exceeded"}, headers={"retry-after": "60"}),
            "Rate limited, retry after: 60.0\n",
        ),
    ],
    ids=["401", "429"],
)
def test_error_handling_example(
    answer: httpx.Response,
    printed: str,
    with_client: dict[str, Any],
    gateway: FakeGateway,
    capsys: pytest.CaptureFixture[str],
) -> None:
    gateway.route("POST", "/v1/chat/completions", answer)
    capsys.readouterr()
    run(ERROR_HANDLING, with_client)
    assert capsys.readouterr().out == printed


def test_async_example(gateway: FakeGateway, capsys: pytest.CaptureFixture[str]) -> None:
    run(ASYNC_USAGE)
    assert capsys.readouterr().out == "Hello! How can I help you today?\nLet me check the weather."
    assert [json.loads(r.content).get("stream") for r in gateway.requests] == [None, True]
    assert {r.headers["authorization"] for r in gateway.requests} == {"Bearer tk_your_api_token"}


def test_context_manager_examples(gateway: FakeGateway) -> None:
    scope = run("from otari import AsyncOtariClient, OtariClient\n")
    run(CONTEXT_MANAGER, scope)
    assert scope["response"].choices[0].message.content == "Hello! How can I help you today?"
    run(ASYNC_CONTEXT_MANAGER, scope)
    assert scope["response"].choices[0].message.content == "Hello! How can I help you today?"
    assert [str(r.url) for r in gateway.requests] == ["http://localhost:8000/v1/chat/completions"] * 2
