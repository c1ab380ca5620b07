"""Property tests: typed models, every response path, and the event-stream decoder, fed by hypothesis.

(a) For every model reachable from the spec's 2xx responses and from the three
    stream event schemas, schema-valid payloads (built from spec/openapi.json by
    :class:`SchemaStrategies`) parse, and survive ``to_dict()``/``from_dict()``.
(b) Junk and mutated bodies sent to every public method (and junk events to the
    three stream decoders) raise nothing but ``OtariError`` subclasses.
(c) Server-sent event bytes decode to the same typed events however they are
    split into chunks, with LF, CRLF or CR line ends, comments, ``id:`` and ``retry:``.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import copy
import itertools
import json
import math
import string
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import otari_api.models
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import otari
from otari._registry import STREAMING, endpoint_map, public_methods
from tests.contract.test_contract import SAMPLES

from .helpers import ADMIN_KEY, API_KEY

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "spec" / "openapi.json").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
WIRE = ROOT / "tests" / "fixtures" / "wire"
STREAM_EVENT_SCHEMAS = {
    "chat": "ChatCompletionChunk",
    "responses": "ResponseStreamEvent",
    "messages": "MessageStreamEvent",
}

BASE = "http://gateway.test"
SSE_HEADERS = {"content-type": "text/event-stream; charset=utf-8"}

_HEALTH = [
    HealthCheck.too_slow,
    HealthCheck.data_too_large,
    HealthCheck.large_base_example,
    HealthCheck.filter_too_much,
]


#: Examples run, by kind; the run's summary line reports them (see conftest.py).
EXAMPLES: collections.Counter[str] = collections.Counter()


def fuzz(examples: int) -> Any:
    """Modest, repeatable settings: the suite must stay fast on a 2-core machine."""
    return settings(max_examples=examples, deadline=None, database=None, suppress_health_check=_HEALTH)


# --------------------------------------------------------------------------- JSON values, and JSON Schema → strategies


KEYS = st.text(alphabet=string.ascii_letters + string.digits + "_-", min_size=1, max_size=12)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
JSON_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4), max_leaves=12
)
DATETIMES = st.datetimes().map(lambda d: d.isoformat()) | st.datetimes().map(lambda d: d.isoformat() + "Z")


class SchemaStrategies:
    """Hypothesis strategies for the JSON Schema subset spec/openapi.json uses.

    Objects get their required properties, any subset of the optional ones, and
    random extra keys (the models keep them in ``additional_properties``);
    ``anyOf``, arrays (``minItems``/``maxItems``), strings (``minLength``/``maxLength``,
    ``date-time``, ``uuid``), numbers and integers (``minimum``, ``exclusiveMinimum``,
    ``maximum``), booleans, null, ``{}`` (any value) and ``not: {type: [every
    non-object type]}`` (a free-form object: a dict).
    """

    def __init__(self, schemas: dict[str, Any], *, extra_keys: bool = True) -> None:
        self.schemas = schemas
        self.extra_keys = extra_keys
        self._refs: dict[str, st.SearchStrategy[Any]] = {}

    def named(self, name: str) -> st.SearchStrategy[Any]:
        if name not in self._refs:
            self._refs[name] = st.deferred(lambda: self.build(self.schemas[name]))
        return self._refs[name]

    def build(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if "$ref" in schema:
            return self.named(schema["$ref"].rsplit("/", 1)[-1])
        if "anyOf" in schema:
            return st.one_of([self.build(option) for option in schema["anyOf"]])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        if "const" in schema:
            return st.just(schema["const"])
        if "not" in schema:
            return st.dictionaries(KEYS, JSON_VALUES, max_size=4)
        kind = schema.get("type")
        if isinstance(kind, list):
            return st.one_of([self.build({**schema, "type": one}) for one in kind])
        if kind == "object" or "properties" in schema:
            return self._object(schema)
        if kind == "array":
            low = schema.get("minItems", 0)
            high = schema.get("maxItems", low + 3)
            return st.lists(self.build(schema.get("items", {})), min_size=low, max_size=min(high, low + 3))
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                return DATETIMES
            if fmt == "uuid":
                return st.uuids().map(str)
            low = schema.get("minLength", 0)
            return st.text(min_size=low, max_size=min(schema.get("maxLength", low + 20), low + 20))
        if kind == "integer":
            low = schema.get("minimum")
            if "exclusiveMinimum" in schema:
                low = math.floor(schema["exclusiveMinimum"]) + 1
            return st.integers(min_value=low, max_value=schema.get("maximum"))
        if kind == "number":
            low = schema.get("minimum", schema.get("exclusiveMinimum"))
            floats = st.floats(
                min_value=low,
                max_value=schema.get("maximum"),
                exclude_min="exclusiveMinimum" in schema,
                allow_nan=False,
                allow_infinity=False,
            )
            ints = st.integers(min_value=None if low is None else math.floor(low) + 1, max_value=schema.get("maximum"))
            return floats | ints
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        return JSON_VALUES  # {}: any value

    def _object(self, schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fixed = st.fixed_dictionaries(
            {name: self.build(sub) for name, sub in properties.items() if name in required},
            optional={name: self.build(sub) for name, sub in properties.items() if name not in required},
        )
        additional = schema.get("additionalProperties", True)
        if additional is False or (not self.extra_keys and properties):
            return fixed
        values = self.build(additional) if isinstance(additional, dict) else JSON_VALUES
        extras = st.dictionaries(KEYS.filter(lambda key: key not in properties), values, max_size=3)
        return st.tuples(fixed, extras).map(lambda parts: {**parts[1], **parts[0]})


STRATEGIES = SchemaStrategies(SCHEMAS)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"].rsplit("/", 1)[-1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _success_schema(method: str, path: str) -> dict[str, Any] | None:
    responses = SPEC["paths"][path][method.lower()]["responses"]
    for code, answer in sorted(responses.items()):
        if code.startswith("2"):
            schema = answer.get("content", {}).get("application/json", {}).get("schema")
            return schema if isinstance(schema, dict) else None
    return None


def _reachable_models() -> list[str]:
    roots = set(STREAM_EVENT_SCHEMAS.values())
    for method, path in {(m.upper(), p) for p, ops in SPEC["paths"].items() for m in ops}:
        roots.update(_refs(_success_schema(method, path)))
    seen: set[str] = set()
    todo = sorted(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_refs(SCHEMAS[name]))
    return sorted(seen)


REACHABLE = _reachable_models()
TOP_LEVEL = {name for name in REACHABLE if name in {*STREAM_EVENT_SCHEMAS.values()}} | {
    ref for p, ops in SPEC["paths"].items() for m in ops for ref in _refs(_success_schema(m.upper(), p))
}


# --------------------------------------------------------------------------- (a) models parse and round-trip


def test_every_reachable_schema_has_a_model() -> None:
    assert len(REACHABLE) > 50
    missing = [name for name in REACHABLE if not hasattr(otari_api.models, name)]
    assert not missing


@pytest.mark.parametrize("name", REACHABLE)
def test_schema_valid_payloads_parse_and_round_trip(name: str) -> None:
    model = getattr(otari_api.models, name)

    @fuzz(60 if name in TOP_LEVEL else 25)
    @given(payload=STRATEGIES.named(name))
    def check(payload: dict[str, Any]) -> None:
        EXAMPLES["models round-trip"] += 1
        original = copy.deepcopy(payload)
        parsed = model.from_dict(payload)
        dumped = parsed.to_dict()
        assert model.from_dict(dumped).to_dict() == dumped
        json.dumps(dumped)  # to_dict() gives JSON-ready data
        assert payload == original, "from_dict changed its input"

    check()


# --------------------------------------------------------------------------- (b) junk through every response path


def _paths(value: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(value, dict):
        for key, sub in value.items():
            yield from _paths(sub, (*here, key))
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            yield from _paths(sub, (*here, index))


HUGE = st.sampled_from([10**30, -(10**30), 2**64, 1e308, -1e308, 10**400])
MUTATIONS = ["delete", "replace", "extra", "huge", "wrap", "null", "empty"]


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[Any]) -> Any:
    """A valid payload with one to three things broken: removed, retyped, wrapped, enlarged, or junk added."""
    value = copy.deepcopy(draw(base))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(list(_paths(value))))
        operation = draw(st.sampled_from(MUTATIONS))
        replacement = {
            "replace": lambda: draw(JSON_VALUES),
            "huge": lambda: draw(HUGE),
            "null": lambda: None,
            "empty": lambda: draw(st.sampled_from([{}, [], "", 0])),
        }
        if not path:
            if operation in replacement:
                value = replacement[operation]()
            elif operation == "wrap":
                value = [value]
            continue
        parent = value
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        if operation == "delete":
            del parent[last]
        elif operation == "wrap":
            parent[last] = [parent[last]]
        elif operation == "extra" and isinstance(parent[last], dict):
            parent[last][draw(KEYS)] = draw(JSON_VALUES)
        elif operation in replacement:
            parent[last] = replacement[operation]()
    return value


class Body(bytes):
    """A response body whose repr stays short in hypothesis' failure reports."""

    def __repr__(self) -> str:
        text = bytes.__repr__(self)
        return text if len(text) <= 120 else f"{text[:100]}...({len(self)} bytes)"


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


SPECIAL_BODIES = [
    b"",
    b"null",
    b"[]",
    b"{}",
    b'"just a string"',
    b"1e999",
    b"9" * 5000,
    b'{"id": 1e999, "data": [' + b"9" * 5000 + b"]}",
    _nested(20_000),
    b'{"a": ' * 20_000 + b"1" + b"}" * 20_000,
    b"\xff\xfe\x00{",
    b"<html>502 Bad Gateway</html>",
    b'{"detail": "not what you asked for"}',
]


def _json_body(value: Any) -> bytes:
    return json.dumps(value).encode()


def _junk_bodies(method_name: str) -> st.SearchStrategy[bytes]:
    http_method, path = endpoint_map()[method_name]
    schema = _success_schema(http_method, path)
    choices: list[st.SearchStrategy[bytes]] = [
        JSON_VALUES.map(_json_body),
        st.binary(max_size=64),
        st.sampled_from(SPECIAL_BODIES),
    ]
    if schema is not None:
        valid = STRATEGIES.build(schema)
        choices += [valid.map(_json_body), mutated(valid).map(_json_body), mutated(valid).map(_json_body)]
    return st.one_of(choices).map(Body)


class Answer:
    """What the mock gateway sends next."""

    def __init__(self) -> None:
        self.status = 200
        self.content_type = "application/json"
        self.body = b""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(self.status, headers={"content-type": self.content_type}, content=self.body)


def _resolve(client: Any, name: str) -> Callable[..., Any]:
    target = client
    for part in name.split("."):
        target = getattr(target, part)
    return target


METHODS = sorted(public_methods())
CONTENT_TYPES = st.sampled_from(["application/json", "application/json", "text/plain", "text/html", ""])
STATUSES = st.sampled_from([200] * 8 + [201, 204, 400, 404, 409, 422, 500])


def test_every_public_method_has_sample_arguments() -> None:
    assert METHODS
    assert not [name for name in METHODS if not SAMPLES.get(name)]


@pytest.mark.parametrize("name", METHODS)
def test_junk_answers_raise_only_otari_errors(name: str) -> None:
    answer = Answer()
    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = otari.OtariClient(api_base=BASE, api_key=API_KEY, admin_key=ADMIN_KEY, max_retries=0, http_client=http)
    method = _resolve(client, name)
    samples = SAMPLES[name]

    @fuzz(40)
    @given(
        body=_junk_bodies(name),
        content_type=CONTENT_TYPES,
        status=STATUSES,
        which=st.integers(0, len(samples) - 1),
    )
    def check(body: bytes, content_type: str, status: int, which: int) -> None:
        EXAMPLES["junk answers"] += 1
        answer.body, answer.content_type, answer.status = body, content_type, status
        args, kwargs = samples[which][:2]
        with contextlib.suppress(otari.OtariError):  # anything else fails the test
            method(*args, **kwargs)

    check()


@pytest.mark.parametrize("name", METHODS)
def test_pathological_bodies_raise_only_otari_errors(name: str) -> None:
    """Every method, every pathological body, as a success and as an error answer: only OtariError escapes."""
    answer = Answer()
    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = otari.OtariClient(api_base=BASE, api_key=API_KEY, admin_key=ADMIN_KEY, max_retries=0, http_client=http)
    method = _resolve(client, name)
    args, kwargs = SAMPLES[name][0][:2]
    for body in SPECIAL_BODIES:
        for answer.status, answer.content_type in [(200, "application/json"), (500, "application/json")]:
            answer.body = body
            EXAMPLES["pathological bodies"] += 1
            with contextlib.suppress(otari.OtariError):
                method(*args, **kwargs)


@pytest.mark.parametrize("name", sorted(STREAMING))
def test_junk_answers_raise_only_otari_errors_async(name: str) -> None:
    answer = Answer()
    samples = SAMPLES[name]

    @fuzz(25)
    @given(body=_junk_bodies(name), status=STATUSES)
    def check(body: bytes, status: int) -> None:
        EXAMPLES["junk answers (async)"] += 1
        answer.body, answer.status = body, status

        async def main() -> None:
            async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
                client = otari.AsyncOtariClient(api_base=BASE, api_key=API_KEY, max_retries=0, http_client=http)
                args, kwargs = samples[0][:2]
                with contextlib.suppress(otari.OtariError):
                    await getattr(client, name)(*args, **kwargs)

        asyncio.run(main())

    check()


# ---- junk events for the three stream decoders


def _wire_events(protocol: str) -> list[dict[str, Any]]:
    file = {
        "chat": "chat_completion_chunks",
        "responses": "response_stream_events",
        "messages": "message_stream_events",
    }
    lines = (WIRE / f"{file[protocol]}.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


END_MARKERS = {"chat": b"data: [DONE]\n\n", "responses": b"data: [DONE]\n\n", "messages": b"event: done\ndata: {}\n\n"}


def _frame(data: str, name: str | None) -> bytes:
    head = f"event: {name}\n" if name else ""
    lines = "".join(f"data: {line}\n" for line in data.split("\n"))
    return (head + lines + "\n").encode("utf-8", "surrogatepass")


DEEP = _nested(20_000).decode()


@st.composite
def junk_event(draw: st.DrawFn, protocol: str) -> bytes:
    valid = STRATEGIES.named(STREAM_EVENT_SCHEMAS[protocol])
    real = st.sampled_from(_wire_events(protocol))
    data = draw(
        st.one_of(
            real.map(json.dumps),
            mutated(real).map(json.dumps),
            mutated(valid).map(json.dumps),
            JSON_VALUES.map(json.dumps),
            st.text(max_size=30),
            st.sampled_from(["[DONE]", "{}", "", "{", "null", '{"error": 5}', '{"type": "error"}', "1e999", DEEP]),
        )
    )
    name = draw(st.none() | st.sampled_from(["error", "done", "message", "ping", "response.completed"]) | KEYS)
    return _frame(data, name)


def _sse_client(frames: list[bytes]) -> otari.OtariClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=SSE_HEADERS, stream=Chunks(frames))

    return otari.OtariClient(
        api_base=BASE, api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )


def _stream(client: otari.OtariClient, protocol: str) -> Any:
    if protocol == "chat":
        return client.completion(model="m", messages=[{"role": "user", "content": "x"}], stream=True)
    if protocol == "responses":
        return client.response(model="m", input="x", stream=True)
    return client.message(model="m", messages=[{"role": "user", "content": "x"}], max_tokens=8, stream=True)


@pytest.mark.parametrize("protocol", sorted(STREAM_EVENT_SCHEMAS))
def test_junk_events_raise_only_otari_errors(protocol: str) -> None:
    @fuzz(80)
    @given(
        frames=st.lists(junk_event(protocol), max_size=6),
        end=st.booleans(),
    )
    def check(frames: list[bytes], end: bool) -> None:
        EXAMPLES["junk stream events"] += 1
        stream = _stream(_sse_client([*frames, *([END_MARKERS[protocol]] if end else [])]), protocol)
        with contextlib.suppress(otari.OtariError):
            for _ in stream:
                pass
        assert stream.response.is_closed

    check()


@pytest.mark.parametrize(
    ("protocol", "data", "outcome"),
    [
        # Found by the tests above: each once escaped as a bare RecursionError or TypeError.
        ("chat", DEEP, otari.APIResponseValidationError),
        ("responses", DEEP, otari.APIResponseValidationError),
        ("messages", '{"type": ["message_stop"]}', None),  # a list is no event type, but must not crash
        ("responses", '{"type": {"a": 1}, "sequence_number": 1}', None),
    ],
    ids=["chat-deep", "responses-deep", "messages-list-type", "responses-dict-type"],
)
def test_events_that_once_escaped(protocol: str, data: str, outcome: type[Exception] | None) -> None:
    stream = _stream(_sse_client([_frame(data, None), END_MARKERS[protocol]]), protocol)
    if outcome is None:
        assert len(list(stream)) == 1
    else:
        with pytest.raises(outcome, match="stream event is not JSON"):
            list(stream)
    assert stream.response.is_closed


# --------------------------------------------------------------------------- (c) however the bytes are split


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body delivered in exactly these pieces."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> Any:
        for chunk in self.chunks:
            yield chunk


def _decode(protocol: str, chunks: list[bytes]) -> list[dict[str, Any]]:
    return [event.to_dict() for event in _stream(_sse_client(chunks), protocol)]


def _serialize(
    events: list[tuple[dict[str, Any], dict[str, Any]]], protocol: str, newline: str, ascii_only: bool
) -> bytes:
    """Events as SSE text: optional event name, id, retry and comments, and data split over several lines."""
    out: list[str] = []
    for payload, style in events:
        if style["comment"] is not None:
            out.append(f":{style['comment']}")
        if style["named"]:
            out.append(f"event: {payload['type'] if protocol != 'chat' else 'message'}")
        if style["id"] is not None:
            out.append(f"id: {style['id']}")
        if style["retry"] is not None:
            out.append(f"retry: {style['retry']}")
        text = json.dumps(payload, indent=1 if style["multiline"] else None, ensure_ascii=ascii_only)
        prefix = "data: " if style["space"] else "data:"
        out.extend(prefix + line for line in text.split("\n"))
        out.append("")
        if style["keepalive"]:
            out.extend([": keep-alive", ""])
    body = newline.join(out) + newline
    return body.encode() + END_MARKERS[protocol].replace(b"\n", newline.encode())


STYLES = st.fixed_dictionaries(
    {
        "comment": st.none() | st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=10),
        "named": st.booleans(),
        "id": st.none() | KEYS,
        "retry": st.none() | st.integers(0, 10_000),
        "multiline": st.booleans(),
        "space": st.booleans(),
        "keepalive": st.booleans(),
    }
)
UNICODE_TEXT = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)


@st.composite
def sse_stream(draw: st.DrawFn, protocol: str) -> tuple[bytes, list[dict[str, Any]]]:
    """A stream of real wire events (chat deltas with random unicode text), and the events it must decode to."""
    wire = [event for event in _wire_events(protocol) if event.get("type") != "error"]
    picked = draw(st.lists(st.sampled_from(wire), min_size=1, max_size=5))
    payloads = []
    for event in picked:
        event = copy.deepcopy(event)
        if protocol == "chat" and event["choices"]:
            event["choices"][0]["delta"]["content"] = draw(UNICODE_TEXT)
        payloads.append(event)
    styled = [(payload, draw(STYLES)) for payload in payloads]
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    body = _serialize(styled, protocol, newline, ascii_only=draw(st.booleans()))
    spec_parse = {"chat": otari.ChatCompletionChunk, "responses": otari.ResponseStreamEvent}.get(
        protocol, otari.MessageStreamEvent
    )
    return body, [spec_parse.from_dict(p).to_dict() for p in payloads]


def _split(body: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, *cuts, len(body)})
    return [body[a:b] for a, b in itertools.pairwise(points) if b > a]


@pytest.mark.parametrize("protocol", sorted(STREAM_EVENT_SCHEMAS))
def test_split_streams_decode_like_whole_ones(protocol: str) -> None:
    @fuzz(60)
    @given(stream=sse_stream(protocol), data=st.data())
    def check(stream: tuple[bytes, list[dict[str, Any]]], data: st.DataObject) -> None:
        EXAMPLES["split streams"] += 1
        body, expected = stream
        whole = _decode(protocol, [body])
        assert whole == expected
        cuts = data.draw(st.lists(st.integers(1, max(1, len(body) - 1)), max_size=12))
        assert _decode(protocol, _split(body, cuts)) == whole

    check()


SMALL_CHUNKS = [
    {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "h\u00e9\u2028"}}],
    },
    {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []},
]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_a_small_stream_split_at_every_boundary(newline: str) -> None:
    """Every two-piece split, and one byte at a time, of a stream with a comment, id, retry and multi-line data."""
    style = {"comment": " hi", "named": False, "id": "7", "retry": 10, "space": True, "keepalive": True}
    events = [(SMALL_CHUNKS[0], {**style, "multiline": False}), (SMALL_CHUNKS[1], {**style, "multiline": True})]
    body = _serialize(events, "chat", newline, ascii_only=False)
    expected = [otari.ChatCompletionChunk.from_dict(c).to_dict() for c in SMALL_CHUNKS]
    assert _decode("chat", [body]) == expected
    for cut in range(1, len(body)):
        EXAMPLES["every-boundary splits"] += 1
        assert _decode("chat", [body[:cut], body[cut:]]) == expected, f"split at byte {cut}: {body[:cut]!r}"
    assert _decode("chat", [body[i : i + 1] for i in range(len(body))]) == expected


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
WHITESPACE = st.text(alphabet=" \t\n\r", max_size=2)


def _json_outcome(loads: Callable[[str], Any], text: str) -> tuple[str, str]:
    try:
        return "value", json.dumps(loads(text), sort_keys=True)  # dumps: NaN compares equal to itself
    except (ValueError, RecursionError) as exc:
        return "error", type(exc).__name__


def test_the_stream_json_fast_path_agrees_with_json_loads() -> None:
    """Stream events skip ``json.loads``'s wrapper; values, whitespace, junk and errors must come out the same."""
    from otari._streaming import _loads

    @fuzz(300)
    @given(
        text=st.one_of(
            st.tuples(WHITESPACE, JSON_VALUES, WHITESPACE).map(lambda t: t[0] + json.dumps(t[1]) + t[2]),
            st.tuples(JSON_VALUES, st.text(max_size=4)).map(lambda t: json.dumps(t[0]) + t[1]),
            st.text(max_size=20),
            st.sampled_from(["NaN", "-Infinity", "\ufeff{}", "[1,", '{"a": 1}}', "1 2", "", "[" * 2000]),
        )
    )
    def check(text: str) -> None:
        EXAMPLES["stream JSON fast path"] += 1
        assert _json_outcome(_loads, text) == _json_outcome(json.loads, text)

    check()
