"""Contract tests: the SDK against Prism mocks of every supported gateway.

A Prism mock checks every request the SDK sends against a spec (a request it
rejects is a bug on our side), then answers with data it generates at random
from the response schemas; the SDK must read each answer into the method's
typed result. Each public method is called several times so that varied
generated answers get parsed. The blocking client runs in self-hosted mode
(``Otari-Key``), the async client in platform mode (``Authorization: Bearer``),
so both security schemes of the spec are exercised.

Every test runs against each mock of ``conftest.MOCKS`` (the test id starts
with its gateway commit):

* the newest gateway (``spec/openapi.json``, what the SDK is generated from):
  every request the SDK sends is valid for it, and every answer it documents
  parses;
* each older supported gateway of ``spec/source.json`` (its document derived
  by ``tools.spec.derive_older``): for every method whose operation (method and
  path) that gateway has, the request is valid for it too, and its answers,
  which lack the fields that gateway does not send, still parse into the same
  models. This is the proof of the range rule of ``tools/spec``: a field is
  required in our models only where every supported gateway requires it. The
  methods of operations a gateway does not have are not run against it, nor
  the samples marked ``newest_only`` (an argument form only newer gateways take).

The methods come from ``otari._registry``: a method added to the SDK is tested
here as soon as ``SAMPLES`` has arguments for it, and the run fails until it
does. The expected result of a method is read from its row: the return
annotation of its signature, or of the row's ``parse=`` / ``result=``; the
``iter`` methods are walked a few pages and their items checked.

Streaming: Prism cannot produce server-sent events, so ``completion``,
``response`` and ``message`` are parsed from non-streamed calls only; with
``stream=True`` only the request is checked (Prism validates it, then answers
406 because the spec declares no ``text/event-stream`` content). The wire
tests and the integration tests cover the streams themselves.

Limits of the generated answers: Prism always fills in every optional
property of the spec it serves, so answers that leave out a field the gateway
documents are not exercised (only those of an older gateway, which does not
document it); and free-form objects (``not: {type: [...]}``) come back as a
one-key dict.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import itertools
import re
import sys
import typing
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, NamedTuple

import httpx
import pytest
from otari_api.models.chat_completion import ChatCompletion
from otari_api.models.message import Message

from otari import AsyncOtariClient, OtariClient, OtariError
from otari._operation import Operation
from otari._registry import STREAMING, endpoint_map, iterators, public_methods
from otari._results import Response

from .conftest import MOCKS, ROOT, Exchange, Mock, Recorder, endpoint_key

pytestmark = pytest.mark.contract

CALLS_PER_METHOD = 5
#: How many items a call of an ``iter`` method takes (page sizes in SAMPLES are smaller, so it pages).
ITEMS_PER_WALK = 5


class Sample(NamedTuple):
    """Arguments of one call; ``newest_only`` when they use what no older supported gateway accepts."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    newest_only: bool = False


def sample(*args: Any, **kwargs: Any) -> Sample:
    return Sample(args, kwargs)


def newest_only(given: Sample) -> Sample:
    """A sample an older gateway refuses (a newer argument form): not sent to the older mocks."""
    return given._replace(newest_only=True)


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

# Arguments for each public method (its path in ``otari._registry.public_methods()`` or ``iterators()``).
# Calls cycle through a method's samples, so give each a minimal one and a full one; mark with
# ``newest_only`` a sample that an older supported gateway refuses (it is not sent to that gateway's mock).
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
    "control_plane.keys.iter": [sample(), sample(limit=2), sample(skip=3, limit=1)],
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
    "control_plane.users.iter": [sample(), sample(limit=2)],
    "control_plane.users.update": [sample("alice", blocked=True), sample("alice", alias="Al", budget_id="budget-2")],
    "control_plane.users.delete": [sample("alice")],
    "control_plane.users.get_usage": [sample("alice"), sample("alice", skip=5, limit=10)],
    "control_plane.users.iter_usage": [sample("alice"), sample("alice", limit=2)],
    "control_plane.budgets.create": [sample(max_budget=10.0), sample(max_budget=5.5, budget_duration_sec=86400)],
    "control_plane.budgets.get": [sample("budget-1")],
    "control_plane.budgets.list": [sample(), sample(skip=0, limit=1000)],
    "control_plane.budgets.iter": [sample(), sample(limit=2)],
    "control_plane.budgets.update": [sample("budget-1", max_budget=20.0), sample("budget-1", budget_duration_sec=3600)],
    "control_plane.budgets.delete": [sample("budget-1")],
    "control_plane.pricing.set": [
        sample(model_key="openai:gpt-4o-mini", input_price_per_million=0.15, output_price_per_million=0.6),
        sample(model_key="openai:gpt-4o", input_price_per_million=2.5, output_price_per_million=10, effective_at=WHEN),
    ],
    "control_plane.pricing.get": [sample("openai:gpt-4o-mini"), sample("openai:gpt-4o-mini", as_of=NAIVE_WHEN)],
    "control_plane.pricing.list": [sample(), sample(skip=1, limit=2)],
    "control_plane.pricing.iter": [sample(), sample(limit=2)],
    "control_plane.pricing.get_history": [sample("openai:gpt-4o-mini")],
    "control_plane.pricing.delete": [sample("openai:gpt-4o-mini"), sample("openai:gpt-4o-mini", effective_at=WHEN)],
    "control_plane.usage.list": [
        sample(),
        # user_id is a repeated query parameter: one id is sent once (what every gateway takes),
        # a list as user_id=...&user_id=... (4dcd95d0 takes one user_id).
        sample(start_date=datetime(2030, 1, 1, tzinfo=UTC), end_date=WHEN, user_id="alice", skip=0, limit=100),
        newest_only(sample(user_id=["alice", "bob"], limit=10)),
    ],
    "control_plane.usage.iter": [sample(), sample(user_id="alice", limit=2)],
}

#: What the streaming methods return without ``stream=True`` (checked against their rows below).
NON_STREAMED_RESULTS: dict[str, type] = {"completion": ChatCompletion, "response": Response, "message": Message}

#: The methods that send one request per call, and the ``iter`` methods, which walk a listing page by page.
METHODS = sorted(public_methods())
PAGED = frozenset(iterators())
EVERY_METHOD = sorted({*METHODS, *PAGED})


def _row(name: str) -> Operation[Any, Any]:
    """The operation a method calls (an ``iter`` method: its listing)."""
    return iterators()[name].operation if name in PAGED else public_methods()[name]


def _endpoint(name: str) -> tuple[str, str]:
    """(HTTP method, path) of the operation a method calls."""
    if name in PAGED:
        endpoint = iterators()[name].operation.endpoint
        return endpoint.METHOD, endpoint.PATH
    return endpoint_map()[name]


def _offered(mock: Mock, name: str) -> bool:
    """Whether the gateway of ``mock`` has the operation that ``name`` calls (the newest one has them all)."""
    return mock.newest or endpoint_key(*_endpoint(name)) in mock.operations


def _cases(names: list[str]) -> list[Any]:
    """``(mock, name)`` for every mock and every method of ``names`` whose operation its gateway has."""
    return [
        pytest.param(mock, name, id=f"{mock.gateway_commit}-{name}")
        for mock in MOCKS
        for name in names
        if _offered(mock, name)
    ]


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


# --------------------------------------------------------------------------- the typed result of a method


@functools.cache
def _models_namespace() -> dict[str, Any]:
    """The names the rows' string annotations may use that their modules import only under TYPE_CHECKING."""
    import otari_api.models

    from otari import _results

    namespace = {model: getattr(otari_api.models, model) for model in otari_api.models.__all__}
    namespace.update(Response=_results.Response, TranscriptionResult=_results.TranscriptionResult)
    return namespace


def _annotation(function: Callable[..., Any], name: str = "return") -> Any:
    """One annotation of ``function``, evaluated (only that one: the others may name TYPE_CHECKING imports)."""

    def holder() -> None: ...

    holder.__annotations__ = {"return": inspect.get_annotations(function)[name]}
    globalns = {**vars(sys.modules[function.__module__]), **_models_namespace()}
    return typing.get_type_hints(holder, globalns=globalns)["return"]


def _bind(pattern: Any, concrete: Any, bindings: dict[Any, Any]) -> None:
    """Solve the type variables of ``pattern`` (``list[T]``, ``_Listing[T]``) so that it describes ``concrete``."""
    if isinstance(pattern, typing.TypeVar):
        bindings.setdefault(pattern, concrete)
        return
    origin = typing.get_origin(pattern)
    if origin is None:
        return
    if getattr(origin, "_is_protocol", False):  # a generic Protocol: match its properties with the class's fields
        own = dict(zip(origin.__parameters__, typing.get_args(pattern), strict=True))
        fields = typing.get_type_hints(concrete)
        for attr, member in vars(origin).items():
            if isinstance(member, property) and member.fget is not None and attr in fields:
                _bind(_substitute(_annotation(member.fget), own), fields[attr], bindings)
        return
    if typing.get_origin(concrete) is origin:
        for inner, given in zip(typing.get_args(pattern), typing.get_args(concrete), strict=True):
            _bind(inner, given, bindings)


def _substitute(annotation: Any, bindings: dict[Any, Any]) -> Any:
    if isinstance(annotation, typing.TypeVar):
        assert annotation in bindings, f"cannot tell what {annotation} of {bindings} is"
        return bindings[annotation]
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is list:
        return list[_substitute(args[0], bindings)]
    return annotation


@functools.cache
def _expected_result(name: str) -> Any:
    """The type a call returns (for ``iter``: ``list`` of its items), from the row of the method.

    That is the return annotation of the row's ``parse=`` when it has one; else
    the return annotation of the row's ``result=`` transform, its type variables
    solved from the signature's result (``data_of``: ``ModelListResponse`` ->
    ``list[ModelObject]``); else the signature's return annotation.
    """
    operation = _row(name)
    if operation.parse is not None:
        return _annotation(operation.parse)
    declared = _annotation(operation.plan.signature)
    if operation.result is None:
        return declared
    transform = operation.result
    (argument, *_) = inspect.signature(transform).parameters
    bindings: dict[Any, Any] = {}
    _bind(_annotation(transform, argument), declared, bindings)
    return _substitute(_annotation(transform), bindings)


def _type_name(expected: Any) -> str:
    return getattr(expected, "__name__", repr(expected))


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
        if item is Any:
            return
        bad = [type(element).__name__ for element in result if not isinstance(element, item)]
        assert not bad, f"{name} should return a list of {_type_name(item)}, found {bad}"
        return
    assert isinstance(result, expected), f"{name} should return {_type_name(expected)}, got {type(result).__name__}"


# --------------------------------------------------------------------------- calling and judging


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
    """Fail, showing what Prism said, unless the call sent valid requests and returned its typed result.

    A call sends one request; an ``iter`` call one per page it fetched.
    """
    if error is not None:
        _fail(name, call_number, exchanges, f"raised {type(error).__name__}: {error}")
    if not exchanges or (len(exchanges) != 1 and name not in PAGED):
        _fail(name, call_number, exchanges, f"expected exactly one request, saw {len(exchanges)}")
    http_method, path = _endpoint(name)
    for exchange in exchanges:
        if exchange.violations:
            _fail(name, call_number, exchanges, "Prism reported violations")
        sent_path = "/" + exchange.url.split("/", 3)[3].split("?", 1)[0]
        if exchange.method != http_method or not _path_pattern(path).match(sent_path):
            _fail(name, call_number, exchanges, f"expected {http_method} {path}")
    try:
        _check_result(name, outcome)
    except AssertionError as exc:
        _fail(name, call_number, exchanges, str(exc))


def _samples(name: str, mock: Mock) -> list[Sample]:
    """The samples of ``name`` that the gateway of ``mock`` accepts."""
    samples = [given for given in SAMPLES.get(name, []) if mock.newest or not given.newest_only]
    assert samples, f"no sample arguments of {name} for gateway {mock} (see SAMPLES)"
    return samples


def _plan(name: str, mock: Mock) -> list[Sample]:
    samples = _samples(name, mock)
    return [samples[i % len(samples)] for i in range(max(CALLS_PER_METHOD, len(samples)))]


def _call(method: Callable[..., Any], name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Call a blocking method; an ``iter`` method is walked for up to ITEMS_PER_WALK items."""
    outcome = method(*args, **kwargs)
    return list(itertools.islice(outcome, ITEMS_PER_WALK)) if name in PAGED else outcome


async def _acall(method: Callable[..., Any], name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Call an async method; an ``iter`` method is walked for up to ITEMS_PER_WALK items."""
    if name not in PAGED:
        return await method(*args, **kwargs)
    items: list[Any] = []
    async for item in method(*args, **kwargs):
        items.append(item)
        if len(items) == ITEMS_PER_WALK:
            break
    return items


# --------------------------------------------------------------------------- the tests


def test_every_public_method_has_sample_arguments() -> None:
    missing = [name for name in EVERY_METHOD if not SAMPLES.get(name)]
    assert not missing, f"add sample arguments to SAMPLES in {__name__} for: {missing}"
    newest_only = [name for name in EVERY_METHOD if all(given.newest_only for given in SAMPLES[name])]
    assert not newest_only, f"add a sample every supported gateway accepts for: {newest_only}"


def test_every_covered_endpoint_is_called_by_a_sampled_method() -> None:
    reached = {_endpoint(name) for name in EVERY_METHOD if SAMPLES.get(name)}
    unreached = sorted(_covered_endpoints() - reached)
    assert not unreached, f"[covered] in sdk-endpoints.txt but called by no method with samples: {unreached}"


def test_every_method_calls_an_operation_of_the_newest_spec() -> None:
    (newest,) = (mock for mock in MOCKS if mock.newest)
    missing = sorted(name for name in EVERY_METHOD if endpoint_key(*_endpoint(name)) not in newest.operations)
    assert not missing, f"methods whose operation is not in spec/openapi.json: {missing}"


def test_every_older_gateway_is_mocked() -> None:
    """Every older supported gateway has a mock, and the methods of its operations run against it."""
    older = [mock for mock in MOCKS if not mock.newest]
    assert older, "spec/source.json lists no older gateway: the range rule would go unchecked"
    for mock in older:
        assert any(_offered(mock, name) for name in EVERY_METHOD), f"no method calls an operation of {mock}"


def test_streaming_methods_return_their_non_streamed_results() -> None:
    assert {name: _expected_result(name) for name in STREAMING} == NON_STREAMED_RESULTS


@pytest.mark.parametrize(("mock", "name"), _cases(EVERY_METHOD))
def test_sync_client_self_hosted(mock: Mock, name: str, prism_url: str, recorder: Recorder) -> None:
    """Blocking client, ``Otari-Key`` auth: every call accepted by Prism and parsed."""
    plan = _plan(name, mock)
    with httpx.Client(event_hooks={"response": [recorder.sync_hook]}, trust_env=False) as http:
        client = OtariClient(api_base=prism_url, api_key="contract-key", admin_key="contract-admin", http_client=http)
        method = _resolve(client, name)
        for number, (args, kwargs, _) in enumerate(plan, 1):
            start = len(recorder.exchanges)
            outcome, error = None, None
            try:
                outcome = _call(method, name, args, kwargs)
            except Exception as exc:
                error = exc
            _check_call(name, number, recorder.exchanges[start:], outcome, error)


@pytest.mark.parametrize(("mock", "name"), _cases(EVERY_METHOD))
def test_async_client_platform(mock: Mock, name: str, prism_url: str, recorder: Recorder) -> None:
    """Async client, ``Authorization: Bearer`` auth: every call accepted by Prism and parsed."""
    plan = _plan(name, mock)

    async def main() -> None:
        async with httpx.AsyncClient(event_hooks={"response": [recorder.async_hook]}, trust_env=False) as http:
            client = AsyncOtariClient(api_base=prism_url, platform_token="contract-token", http_client=http)
            method = _resolve(client, name)
            for number, (args, kwargs, _) in enumerate(plan, 1):
                start = len(recorder.exchanges)
                outcome, error = None, None
                try:
                    outcome = await _acall(method, name, args, kwargs)
                except Exception as exc:
                    error = exc
                _check_call(name, number, recorder.exchanges[start:], outcome, error)

    asyncio.run(main())


@pytest.mark.parametrize(("mock", "name"), _cases(sorted(STREAMING)))
def test_streamed_requests_are_valid(mock: Mock, name: str, prism_url: str, recorder: Recorder) -> None:
    """With ``stream=True`` the request (body and ``Accept: text/event-stream``) must still pass validation.

    Prism validates a request before it picks an answer, and it cannot produce
    an event stream, so only what it says about the request is checked here.
    """
    with httpx.Client(event_hooks={"response": [recorder.sync_hook]}, trust_env=False) as http:
        client = OtariClient(api_base=prism_url, api_key="contract-key", http_client=http)
        for number, (args, kwargs, _) in enumerate(_samples(name, mock), 1):
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
