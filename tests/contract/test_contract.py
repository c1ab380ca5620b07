"""Contract tests: the SDK against a Prism mock of spec/openapi.json.

Prism checks every request the SDK sends against the spec (a request it
rejects is a bug on our side), then answers with data it generates at random
from the response schema; the SDK must read each answer into its typed model.
Each public method is called several times so that varied generated answers
get parsed. The blocking client runs in self-hosted mode (``Otari-Key``), the
async client in platform mode (``Authorization: Bearer``), so both security
schemes of the spec are exercised.

The methods come from ``otari._registry``: a method added to the SDK is tested
here as soon as ``SAMPLES`` has arguments for it, and the run fails until it does.

Streaming: Prism cannot produce server-sent events, so ``completion``,
``response`` and ``message`` are parsed from non-streamed calls only; with
``stream=True`` only the request is checked (Prism validates it, then answers
406 because the spec declares no ``text/event-stream`` content). The wire
tests and the integration tests cover the streams themselves.

Limits of the generated answers: Prism always fills in every optional
property, so answers that leave optional fields out are not exercised here;
and free-form objects (``not: {type: [...]}``) come back as a one-key dict.
"""

from __future__ import annotations

import asyncio
import re
import sys
import typing
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from otari_api.models.chat_completion import ChatCompletion
from otari_api.models.message import Message

from otari import AsyncOtariClient, OtariClient, OtariError
from otari._registry import STREAMING, endpoint_map, public_methods
from otari._results import Response

from .conftest import ROOT, Exchange, Recorder

pytestmark = pytest.mark.contract

CALLS_PER_METHOD = 5

Sample = tuple[tuple[Any, ...], dict[str, Any]]


def sample(*args: Any, **kwargs: Any) -> Sample:
    return args, kwargs


WHEN = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
NAIVE_WHEN = datetime(2029, 6, 1, 12, 0, 0)
CHAT = [{"role": "user", "content": "Say hello."}]
TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
BATCH_ITEM = {"custom_id": "req-1", "body": {"messages": CHAT, "max_tokens": 16}}
AUDIO = b"RIFF\x24\x00\x00\x00WAVEfmt "

# Arguments for each public method (its path in ``otari._registry.public_methods()``).
# Calls cycle through a method's samples, so give each a minimal one and a full one.
SAMPLES: dict[str, list[Sample]] = {
    # inference
    "completion": [
        sample(model="openai:gpt-4o-mini", messages=CHAT),
        sample(
            model="openai:gpt-4o-mini",
            messages=[{"role": "system", "content": "Be brief."}, *CHAT],
            temperature=0.2,
            top_p=0.9,
            max_tokens=64,
            max_completion_tokens=64,
            tools=[TOOL],
            tool_choice="auto",
            response_format={"type": "json_object"},
            user="user-1",
        ),
    ],
    "response": [
        sample(model="openai:gpt-4o-mini", input="Say hello."),
        sample(
            model="openai:gpt-4o-mini",
            input=[{"role": "user", "content": "Say hello."}],
            instructions="Be brief.",
            user="user-1",
        ),
    ],
    "message": [
        sample(model="anthropic:claude-3-5-haiku-latest", messages=CHAT, max_tokens=32),
        sample(
            model="anthropic:claude-3-5-haiku-latest",
            messages=CHAT,
            max_tokens=32,
            system="Be brief.",
            temperature=0.5,
            top_k=40,
            stop_sequences=["END"],
            tools=[{"name": "get_weather", "input_schema": {"type": "object"}}],
            metadata={"user_id": "user-1"},
        ),
    ],
    "embedding": [
        sample(model="openai:text-embedding-3-small", input="hello"),
        sample(model="openai:text-embedding-3-small", input=["a", "b"], dimensions=256, encoding_format="float"),
    ],
    "list_models": [sample()],
    "get_model": [sample("openai:gpt-4o-mini")],
    "moderation": [
        sample(model="openai:omni-moderation-latest", input="some text"),
        sample(model="openai:omni-moderation-latest", input=["one", "two"], include_raw=True, user="user-1"),
        sample(model="openai:omni-moderation-latest", input=[{"type": "text", "text": "three"}]),
    ],
    "rerank": [
        sample(model="cohere:rerank-v3.5", query="capital of France", documents=["Paris", "Berlin"]),
        sample(model="cohere:rerank-v3.5", query="q", documents=["a", "b", "c"], top_n=2, max_tokens_per_doc=128),
    ],
    "image_generation": [
        sample(model="openai:dall-e-3", prompt="a red bicycle"),
        sample(
            model="openai:dall-e-3",
            prompt="a red bicycle",
            n=1,
            size="1024x1024",
            quality="hd",
            style="vivid",
            response_format="b64_json",
            user="user-1",
        ),
    ],
    "speech": [
        sample(model="openai:tts-1", input="Hello there.", voice="alloy"),
        sample(
            model="openai:tts-1", input="Hi.", voice="alloy", response_format="mp3", speed=1.25, instructions="Calm."
        ),
    ],
    "transcription": [
        sample(model="openai:whisper-1", file=AUDIO, filename="clip.wav"),
        sample(
            model="openai:whisper-1",
            file=AUDIO,
            filename="clip.wav",
            language="en",
            prompt="A greeting.",
            response_format="json",
            temperature=0.0,
            user="user-1",
        ),
    ],
    # batches
    "create_batch": [
        sample(model="openai:gpt-4o-mini", requests=[BATCH_ITEM]),
        sample({"model": "openai:gpt-4o-mini", "requests": [BATCH_ITEM], "completion_window": "24h"}, metadata={}),
    ],
    "retrieve_batch": [sample("batch_abc123", "openai")],
    "list_batches": [
        sample("openai"),
        sample("openai", after="batch_abc123", limit=5),
        sample("openai", {"limit": 20}),
    ],
    "cancel_batch": [sample("batch_abc123", "openai")],
    "retrieve_batch_results": [sample("batch_abc123", "openai")],
    "health": [sample()],
    # control plane
    "control_plane.keys.create": [
        sample(key_name="ci", user_id="alice"),
        sample(key_name="ci", expires_at=WHEN, metadata={"team": "ml"}),
    ],
    "control_plane.keys.get": [sample("key-1")],
    "control_plane.keys.list": [sample(), sample(skip=10, limit=5)],
    "control_plane.keys.update": [
        sample("key-1", is_active=False),
        sample("key-1", key_name="renamed", expires_at=NAIVE_WHEN, metadata={"a": 1}),
    ],
    "control_plane.keys.delete": [sample("key-1")],
    "control_plane.users.create": [
        sample(user_id="alice"),
        sample(user_id="bob", alias="Bob", budget_id="budget-1", blocked=False, metadata={"tier": "gold"}),
    ],
    "control_plane.users.get": [sample("alice")],
    "control_plane.users.list": [sample(), sample(skip=0, limit=50)],
    "control_plane.users.update": [sample("alice", blocked=True), sample("alice", alias="Al", budget_id="budget-2")],
    "control_plane.users.delete": [sample("alice")],
    "control_plane.users.get_usage": [sample("alice"), sample("alice", skip=5, limit=10)],
    "control_plane.budgets.create": [sample(max_budget=10.0), sample(max_budget=5.5, budget_duration_sec=86400)],
    "control_plane.budgets.get": [sample("budget-1")],
    "control_plane.budgets.list": [sample(), sample(skip=0, limit=1000)],
    "control_plane.budgets.update": [sample("budget-1", max_budget=20.0), sample("budget-1", budget_duration_sec=3600)],
    "control_plane.budgets.delete": [sample("budget-1")],
    "control_plane.pricing.set": [
        sample(model_key="openai:gpt-4o-mini", input_price_per_million=0.15, output_price_per_million=0.6),
        sample(model_key="openai:gpt-4o", input_price_per_million=2.5, output_price_per_million=10, effective_at=WHEN),
    ],
    "control_plane.pricing.get": [sample("openai:gpt-4o-mini"), sample("openai:gpt-4o-mini", as_of=NAIVE_WHEN)],
    "control_plane.pricing.list": [sample(), sample(skip=1, limit=2)],
    "control_plane.pricing.get_history": [sample("openai:gpt-4o-mini")],
    "control_plane.pricing.delete": [sample("openai:gpt-4o-mini"), sample("openai:gpt-4o-mini", effective_at=WHEN)],
    "control_plane.usage.list": [
        sample(),
        sample(start_date=datetime(2030, 1, 1, tzinfo=UTC), end_date=WHEN, user_id="alice", skip=0, limit=100),
    ],
}

# The streaming descriptions are typed ``Call[Any]`` (the result depends on ``stream``).
NON_STREAMED_RESULTS: dict[str, type] = {"completion": ChatCompletion, "response": Response, "message": Message}

METHODS = sorted(public_methods())


def _covered_endpoints() -> set[tuple[str, str]]:
    covered: set[tuple[str, str]] = set()
    section = None
    for raw in (ROOT / "sdk-endpoints.txt").read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("["):
            section = line
        elif line and section == "[covered]":
            method, path = line.split()[:2]
            covered.add((method, path))
    return covered


def _expected_result(name: str) -> Any:
    """The type a call returns, from its description's ``Call[...]`` annotation."""
    if name in STREAMING:
        return NON_STREAMED_RESULTS[name]
    describe = public_methods()[name]
    # Descriptions import their models only when called (annotations name them under TYPE_CHECKING).
    import otari_api.models

    from otari import _results

    namespace = {model: getattr(otari_api.models, model) for model in otari_api.models.__all__}
    namespace.update(Response=_results.Response, TranscriptionResult=_results.TranscriptionResult)
    hints = typing.get_type_hints(describe, globalns={**vars(sys.modules[describe.__module__]), **namespace})
    (result,) = typing.get_args(hints["return"])
    return result


def _check_result(name: str, result: Any) -> None:
    expected = _expected_result(name)
    if expected is Any:
        return
    if expected is type(None) or expected is None:
        assert result is None, f"{name} should return None, got {type(result).__name__}"
        return
    origin = typing.get_origin(expected)
    if origin is list:
        (item,) = typing.get_args(expected)
        assert isinstance(result, list), f"{name} should return a list, got {type(result).__name__}"
        bad = [type(element).__name__ for element in result if not isinstance(element, item)]
        assert not bad, f"{name} should return a list of {item.__name__}, found {bad}"
        return
    assert isinstance(result, expected), f"{name} should return {expected.__name__}, got {type(result).__name__}"


def _path_pattern(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


def _resolve(client: Any, name: str) -> Callable[..., Any]:
    target = client
    for part in name.split("."):
        target = getattr(target, part)
    return target


def _fail(name: str, call_number: int, exchanges: list[Exchange], problem: str) -> None:
    seen = "\n".join(exchange.describe() for exchange in exchanges) or "(no request reached Prism)"
    pytest.fail(f"{name}, call {call_number}: {problem}\n{seen}", pytrace=False)


def _check_call(name: str, call_number: int, exchanges: list[Exchange], outcome: Any, error: Exception | None) -> None:
    """Fail, showing what Prism said, unless the call sent one valid request and returned its typed result."""
    if error is not None:
        _fail(name, call_number, exchanges, f"raised {type(error).__name__}: {error}")
    if len(exchanges) != 1:
        _fail(name, call_number, exchanges, f"expected exactly one request, saw {len(exchanges)}")
    (exchange,) = exchanges
    if exchange.violations:
        _fail(name, call_number, exchanges, "Prism reported violations")
    http_method, path = endpoint_map()[name]
    sent_path = "/" + exchange.url.split("/", 3)[3].split("?", 1)[0]
    if exchange.method != http_method or not _path_pattern(path).match(sent_path):
        _fail(name, call_number, exchanges, f"expected {http_method} {path}")
    try:
        _check_result(name, outcome)
    except AssertionError as exc:
        _fail(name, call_number, exchanges, str(exc))


def test_every_public_method_has_sample_arguments() -> None:
    missing = [name for name in METHODS if not SAMPLES.get(name)]
    assert not missing, f"add sample arguments to SAMPLES in {__name__} for: {missing}"


def test_every_covered_endpoint_is_called_by_a_sampled_method() -> None:
    reached = {endpoint for name, endpoint in endpoint_map().items() if SAMPLES.get(name)}
    unreached = sorted(_covered_endpoints() - reached)
    assert not unreached, f"[covered] in sdk-endpoints.txt but called by no method with samples: {unreached}"


def _plan(name: str) -> list[Sample]:
    samples = SAMPLES.get(name)
    assert samples, f"no sample arguments for {name} (see test_every_public_method_has_sample_arguments)"
    return [samples[i % len(samples)] for i in range(max(CALLS_PER_METHOD, len(samples)))]


@pytest.mark.parametrize("name", METHODS)
def test_sync_client_self_hosted(name: str, prism_url: str, recorder: Recorder) -> None:
    """Blocking client, ``Otari-Key`` auth: every call accepted by Prism and parsed."""
    plan = _plan(name)
    with httpx.Client(event_hooks={"response": [recorder.sync_hook]}, trust_env=False) as http:
        client = OtariClient(api_base=prism_url, api_key="contract-key", admin_key="contract-admin", http_client=http)
        method = _resolve(client, name)
        for number, (args, kwargs) in enumerate(plan, 1):
            start = len(recorder.exchanges)
            outcome, error = None, None
            try:
                outcome = method(*args, **kwargs)
            except Exception as exc:
                error = exc
            _check_call(name, number, recorder.exchanges[start:], outcome, error)


@pytest.mark.parametrize("name", METHODS)
def test_async_client_platform(name: str, prism_url: str, recorder: Recorder) -> None:
    """Async client, ``Authorization: Bearer`` auth: every call accepted by Prism and parsed."""
    plan = _plan(name)

    async def main() -> None:
        async with httpx.AsyncClient(event_hooks={"response": [recorder.async_hook]}, trust_env=False) as http:
            client = AsyncOtariClient(api_base=prism_url, platform_token="contract-token", http_client=http)
            method = _resolve(client, name)
            for number, (args, kwargs) in enumerate(plan, 1):
                start = len(recorder.exchanges)
                outcome, error = None, None
                try:
                    outcome = await method(*args, **kwargs)
                except Exception as exc:
                    error = exc
                _check_call(name, number, recorder.exchanges[start:], outcome, error)

    asyncio.run(main())


@pytest.mark.parametrize("name", sorted(STREAMING))
def test_streamed_requests_are_valid(name: str, prism_url: str, recorder: Recorder) -> None:
    """With ``stream=True`` the request (body and ``Accept: text/event-stream``) must still pass validation.

    Prism validates a request before it picks an answer, and it cannot produce
    an event stream, so only what it says about the request is checked here.
    """
    with httpx.Client(event_hooks={"response": [recorder.sync_hook]}, trust_env=False) as http:
        client = OtariClient(api_base=prism_url, api_key="contract-key", http_client=http)
        for number, (args, kwargs) in enumerate(SAMPLES[name], 1):
            start = len(recorder.exchanges)
            try:
                stream = getattr(client, name)(*args, stream=True, **kwargs)
                stream.close()
            except OtariError:
                pass  # the answer is not an event stream; judged by the exchange below
            exchanges = recorder.exchanges[start:]
            request_problems = [v for e in exchanges for v in e.violations if v.get("location", [""])[0] == "request"]
            if len(exchanges) != 1 or request_problems or exchanges[0].status == 422:
                _fail(name, number, exchanges, "Prism rejected the streamed request")
