"""Secrets stay secret, every request says who sends it, and one client serves many threads.

A run of failures in both auth modes, with distinctive values for the API key,
the platform token and the admin key; then every string a user might print or
log is scanned for them: ``repr``/``str`` of the clients, their config and raw
client, the errors (``args``, attributes, the whole ``__cause__``/``__context__``
chain, the formatted traceback) and every log record of ``otari``, ``httpx`` and
``httpcore`` at DEBUG.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import traceback
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from otari_api.api.model_catalog import list_models

import otari
from otari import OtariError

from .faulty_server import (
    Fault,
    FaultyServer,
    close_mid_stream,
    error_after_first_event,
    event,
    ok,
    raw,
    redirect,
    refused_url,
    sse,
    stall,
    status,
)
from .helpers import (
    ADMIN_KEY,
    API_KEY,
    CHAT,
    MODEL,
    PLATFORM_TOKEN,
    SECRETS,
    SHORT_TIMEOUT,
    assert_pool_clean,
    async_client,
    bounded,
    fast,
    sync_client,
)

MODES: dict[str, dict[str, str]] = {
    "self-hosted": {"api_key": API_KEY, "admin_key": ADMIN_KEY},
    "platform": {"platform_token": PLATFORM_TOKEN, "admin_key": ADMIN_KEY},
}


def chat(client: Any) -> Any:
    return client.completion(model=MODEL, messages=CHAT)


def chat_stream(client: Any) -> Any:
    return list(client.completion(model=MODEL, messages=CHAT, stream=True))


def admin_call(client: Any) -> Any:
    return client.control_plane.users.list()


# (name, script, call, extra client options)
FAILURES: list[tuple[str, tuple[Fault, ...], Callable[[Any], Any], dict[str, Any]]] = [
    ("401", (status(401, "Invalid API key"),), chat, {}),
    ("403", (status(403, "Key lacks permission"),), chat, {}),
    ("404", (status(404, "Model 'x' not found"),), chat, {}),
    ("422", (status(422, [{"loc": ["body", "messages"], "msg": "field required", "type": "missing"}]),), chat, {}),
    ("500", (status(500, "Database error"),), chat, {}),
    ("500-plain-text", (status(500, b"Internal Server Error\n"),), chat, {}),
    ("401-echoing-the-key", (), chat, {}),  # the script is built per mode: the body repeats the credential
    ("bad-admin-credential", (status(401, "Invalid master key"),), admin_call, {}),
    ("admin-403-echoing-the-admin-key", (status(403, f"Key {ADMIN_KEY} is not the master key"),), admin_call, {}),
    ("timeout", (stall(3),), chat, {"timeout": SHORT_TIMEOUT, "max_retries": 0}),
    ("stream-error", (error_after_first_event(),), chat_stream, {}),
    ("stream-cut", (close_mid_stream(after=1),), chat_stream, {}),
    ("malformed-json", (raw(200, "application/json", b'{"id": '),), chat, {}),
    ("redirect", (), chat, {}),  # built per test: to the other server
    # Built per mode: a success answer or an event that repeats the credential, in the error's text and body.
    ("stream-error-echoing-the-key", (), chat_stream, {}),
    ("stream-junk-echoing-the-key", (), chat_stream, {}),
    ("junk-answer-echoing-the-key", (), chat, {}),
]
ECHOED = ("401-echoing-the-key", "stream-error-echoing-the-key", "stream-junk-echoing-the-key")


def _echoing(name: str, credential: str) -> tuple[Fault, ...]:
    """The scripts of the cases whose answer repeats the credential."""
    if name == "401-echoing-the-key":
        return (status(401, f"Invalid API key: {credential}"),)
    if name == "stream-error-echoing-the-key":
        return (error_after_first_event(f"quota exceeded for key {credential}"),)
    if name == "stream-junk-echoing-the-key":
        return (sse([event(f"not json, sent with {credential}")]),)
    # JSON of the wrong shape holding the credential: whatever the parser complains, it must not quote it.
    assert name == "junk-answer-echoing-the-key"
    body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": credential}
    return (raw(200, "application/json", json.dumps(body).encode()),)


def _error_texts(error: BaseException) -> Iterator[str]:
    """Everything a user could print from an error, its causes and contexts included."""
    yield "".join(traceback.format_exception(error))
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield repr(current.args)
        for name in ("message", "detail", "body", "errors", "error_type", "request_id", "request", "response"):
            yield repr(getattr(current, name, None))
        pending += [current.__cause__, current.__context__]


def _client_texts(client: Any) -> Iterator[str]:
    for thing in (client, client.with_options(max_retries=1), client._config, client.raw, client.control_plane):
        yield repr(thing)
        yield str(thing)


def _record_texts(records: list[logging.LogRecord]) -> Iterator[str]:
    for record in records:
        yield record.getMessage()
        yield repr(record.args)
        yield repr(record.__dict__)


def _assert_clean(texts: Iterator[str], where: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"a secret appears in {where}: {text[:500]}"


@pytest.mark.parametrize("mode", sorted(MODES))
def test_no_secret_escapes_a_run_of_failures(
    server: FaultyServer, elsewhere: FaultyServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("otari", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    credential = MODES[mode].get("api_key") or MODES[mode]["platform_token"]
    errors: list[tuple[str, BaseException]] = []
    clients: list[Any] = []
    with bounded(30):
        for name, script, call, options in FAILURES:
            if "echoing-the-key" in name:
                script = _echoing(name, credential)
            elif name == "redirect":
                script = (redirect(elsewhere.scenario(ok()).base_url),)
            client = fast(sync_client(server.scenario(*script), **MODES[mode], **options))
            clients.append(client)
            with pytest.raises(OtariError) as info:
                call(client)
            errors.append((name, info.value))
            assert_pool_clean(client)
        refused = fast(sync_client(refused_url(), **MODES[mode]))
        clients.append(refused)
        with pytest.raises(otari.APIConnectionError) as info:
            chat(refused)
        errors.append(("connection-refused", info.value))

    assert len(errors) == len(FAILURES) + 1
    for name, error in errors:
        _assert_clean(_error_texts(error), f"the {name} error")
    for name in ECHOED:  # the echo was there, and was scrubbed (not just absent)
        assert "[redacted]" in str(dict(errors)[name]), name
    stream_error = dict(errors)["stream-error-echoing-the-key"]
    assert isinstance(stream_error, otari.StreamError)
    assert "[redacted]" in json.dumps(stream_error.body)
    for client in clients:
        _assert_clean(_client_texts(client), "a client's repr/str")
    assert any(r.name == "otari" for r in caplog.records)
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    _assert_clean(_record_texts(caplog.records), "a log record")
    _assert_clean(iter([caplog.text]), "the formatted log")
    # The redirect's target never saw a credential either.
    _assert_clean(iter([json.dumps(r.headers) for r in elsewhere.all_requests]), "a request to another origin")


def test_async_errors_and_logs_hold_no_secret(server: FaultyServer, caplog: pytest.LogCaptureFixture) -> None:
    for name in ("otari", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)

    async def main() -> list[BaseException]:
        found: list[BaseException] = []
        for script in [(status(401, f"bad key {API_KEY}"),), (status(500),), (error_after_first_event(),)]:
            client = fast(async_client(server.scenario(*script), **MODES["self-hosted"]))
            try:
                await client.completion(model=MODEL, messages=CHAT)
                async for _ in await client.completion(model=MODEL, messages=CHAT, stream=True):
                    pass
            except OtariError as exc:
                found.append(exc)
            _assert_clean(_client_texts(client), "an async client's repr/str")
            await client.aclose()
        return found

    errors = asyncio.run(main())
    assert len(errors) == 3
    for error in errors:
        _assert_clean(_error_texts(error), "an async error")
    _assert_clean(_record_texts(caplog.records), "a log record")


# --------------------------------------------------------------------------- who is calling


@pytest.mark.parametrize("mode", sorted(MODES))
def test_every_request_names_the_sdk_and_the_spec(server: FaultyServer, mode: str) -> None:
    scenario = server.scenario(status(503), ok())
    expected_agent = f"otari-python/{otari.__version__}"
    http = httpx.Client(headers={"User-Agent": "someone-else/1.0", "X-Proxy-Token": "p"}, trust_env=False)
    for client in (
        fast(sync_client(scenario, **MODES[mode])),
        fast(sync_client(scenario, http_client=http, **MODES[mode])),
    ):
        chat(client)
        chat_stream(client)
        admin_call(client)
        list_models.sync_detailed(client=client.raw)
        client.with_options(max_retries=0).health()
    assert len(scenario.requests) == 11  # the first one failed with 503 and was retried
    for request in scenario.requests:
        assert request.headers.get("user-agent") == expected_agent, request
        assert request.headers.get("otari-spec-version") == otari.__spec_version__, request
    assert otari.__spec_version__
    http.close()


@pytest.mark.anyio
async def test_async_requests_name_the_sdk_and_the_spec(server: FaultyServer) -> None:
    scenario = server.scenario(ok())
    client = async_client(scenario, **MODES["platform"])
    await client.completion(model=MODEL, messages=CHAT)
    await client.control_plane.users.list()
    await list_models.asyncio_detailed(client=client.raw)
    await client.aclose()
    assert len(scenario.requests) == 3
    assert {r.headers["user-agent"] for r in scenario.requests} == {f"otari-python/{otari.__version__}"}
    assert {r.headers["otari-spec-version"] for r in scenario.requests} == {otari.__spec_version__}


# --------------------------------------------------------------------------- one client, many threads


THREADS = 16
CALLS_PER_THREAD = 50


def test_one_sync_client_serves_sixteen_threads(server: FaultyServer) -> None:
    scenario = server.scenario(ok())
    client = sync_client(scenario, **MODES["self-hosted"])
    start = threading.Barrier(THREADS)
    problems: list[str] = []
    done = [0] * THREADS

    def worker(number: int) -> None:
        start.wait()
        try:
            for call in range(CALLS_PER_THREAD):
                marker = f"thread {number} call {call} {uuid.uuid4().hex}"
                messages = [{"role": "user", "content": marker}]
                if call % 5 == 4:
                    chunks = list(client.completion(model=MODEL, messages=messages, stream=True))
                    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
                else:
                    text = client.completion(model=MODEL, messages=messages).choices[0].message.content
                if text != f"Echo: {marker}":
                    problems.append(f"{marker!r} answered {text!r}")
                done[number] += 1
        except Exception as exc:  # reported below, with the thread it happened in
            problems.append(f"thread {number}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(THREADS)]
    with bounded(60):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    assert not problems, problems[:10]
    assert done == [CALLS_PER_THREAD] * THREADS
    assert len(scenario.requests) == THREADS * CALLS_PER_THREAD
    assert_pool_clean(client)
    client.close()
