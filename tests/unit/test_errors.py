"""The error table: every gateway failure becomes a typed ``OtariError``, in both auth modes.

Bodies are the gateway's own (FastAPI ``{"detail": ...}``, the messages
endpoint's nested shape, plain-text 500s; see ``GATEWAY_FACTS.md``).
"""

from __future__ import annotations

import email.utils
import socket
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import otari

from .helpers import ADMIN_KEY, API_KEY, BASE, PLATFORM_TOKEN, USER_MESSAGES, FakeGateway

MODES = {
    "self-hosted": {"api_base": BASE, "api_key": API_KEY, "admin_key": ADMIN_KEY},
    "platform": {"api_base": BASE, "platform_token": PLATFORM_TOKEN, "admin_key": ADMIN_KEY},
}
SECRETS = (API_KEY, PLATFORM_TOKEN, ADMIN_KEY)
BATCH_ID = "batch_68a1f9e2c3d48190b7a6e5d4c3b2a190"


def chat(client: Any) -> Any:
    return client.completion(model="openai:gpt-4o-mini", messages=USER_MESSAGES)


def message(client: Any) -> Any:
    return client.message(model="anthropic:claude", messages=USER_MESSAGES, max_tokens=10)


def batch_results(client: Any) -> Any:
    return client.retrieve_batch_results(BATCH_ID, provider="openai")


def retrieve_batch(client: Any) -> Any:
    return client.retrieve_batch(BATCH_ID, provider="openai")


PATHS = {
    chat: ("POST", "/v1/chat/completions"),
    message: ("POST", "/v1/messages"),
    batch_results: ("GET", f"/v1/batches/{BATCH_ID}/results"),
    retrieve_batch: ("GET", f"/v1/batches/{BATCH_ID}"),
}


@dataclass
class Failure:
    """A gateway answer and the error the caller must get for it."""

    id: str
    status: int
    error: type[otari.APIStatusError]
    message: str
    json: Any = None
    text: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    call: Callable[[Any], Any] = chat
    not_a: type[Exception] | None = None

    def response(self) -> httpx.Response:
        if self.json is not None:
            return httpx.Response(self.status, json=self.json, headers=self.headers)
        return httpx.Response(self.status, text=self.text or "", headers=self.headers)


FAILURES = [
    Failure(
        "400 unsupported capability",
        400,
        otari.UnsupportedCapabilityError,
        "Provider 'mistral' does not support the Responses API",
        json={"detail": "Provider 'mistral' does not support the Responses API"},
    ),
    Failure(
        "400 other",
        400,
        otari.BadRequestError,
        "When using master key, 'user' field is required in request body",
        json={"detail": "When using master key, 'user' field is required in request body"},
        not_a=otari.UnsupportedCapabilityError,
    ),
    Failure("401", 401, otari.AuthenticationError, "Invalid API key", json={"detail": "Invalid API key"}),
    Failure(
        "401 missing header",
        401,
        otari.AuthenticationError,
        "Missing X-AnyLLM-Key or Authorization header",
        json={"detail": "Missing X-AnyLLM-Key or Authorization header"},
    ),
    Failure(
        "403 budget",
        403,
        otari.AuthenticationError,
        "User 'carol' has exceeded budget limit",
        json={"detail": "User 'carol' has exceeded budget limit"},
    ),
    Failure(
        "402",
        402,
        otari.InsufficientFundsError,
        "Insufficient credits: top up your organization balance",
        json={"detail": "Insufficient credits: top up your organization balance"},
    ),
    Failure(
        "404 inference",
        404,
        otari.ModelNotFoundError,
        "Model 'openai:unknown' not found",
        json={"detail": "Model 'openai:unknown' not found"},
    ),
    Failure(
        "404 batch",
        404,
        otari.NotFoundError,
        f"Batch '{BATCH_ID}' not found",
        json={"detail": f"Batch '{BATCH_ID}' not found"},
        call=retrieve_batch,
        not_a=otari.ModelNotFoundError,
    ),
    Failure(
        "409 batch results",
        409,
        otari.BatchNotCompleteError,
        f"Batch '{BATCH_ID}' is not yet complete (status: in_progress)",
        json={
            "detail": f"Batch '{BATCH_ID}' is not yet complete (status: in_progress). "
            f"Call GET /v1/batches/{BATCH_ID}?provider=openai to check the current status."
        },
        call=batch_results,
    ),
    Failure(
        "409 inference",
        409,
        otari.ConflictError,
        "Request with this idempotency key is still in progress",
        json={"detail": "Request with this idempotency key is still in progress"},
        not_a=otari.BatchNotCompleteError,
    ),
    Failure(
        "422",
        422,
        otari.RequestValidationError,
        "messages: Field required",
        json={"detail": [{"type": "missing", "loc": ["body", "messages"], "msg": "Field required", "input": {}}]},
    ),
    Failure(
        "429",
        429,
        otari.RateLimitError,
        "Rate limit exceeded",
        json={"detail": "Rate limit exceeded"},
        headers={"retry-after": "60"},
    ),
    Failure(
        "500 provider",
        500,
        otari.ServerError,
        "The request could not be completed by the provider",
        json={"detail": "The request could not be completed by the provider"},
    ),
    Failure(
        "500 messages shape",
        500,
        otari.ServerError,
        "The request could not be completed by the provider",
        json={
            "detail": {
                "type": "error",
                "error": {"type": "api_error", "message": "The request could not be completed by the provider"},
            }
        },
        call=message,
    ),
    Failure("500 plain text", 500, otari.ServerError, "Internal Server Error", text="Internal Server Error"),
    Failure("500 empty", 500, otari.ServerError, "Internal Server Error", text=""),
    Failure("502", 502, otari.UpstreamProviderError, "LLM provider error", json={"detail": "LLM provider error"}),
    Failure(
        "504",
        504,
        otari.GatewayTimeoutError,
        "Provider did not answer in time",
        json={"detail": "Provider did not answer in time"},
    ),
    Failure(
        "413 other 4xx",
        413,
        otari.ClientError,
        "Audio file exceeds maximum upload size of 25 MB",
        json={"detail": "Audio file exceeds maximum upload size of 25 MB"},
    ),
    Failure("503 other 5xx", 503, otari.ServerError, "upstream connect error", text="upstream connect error"),
    Failure(
        "openai-style body",
        400,
        otari.BadRequestError,
        "Invalid value for 'temperature'",
        json={"error": {"message": "Invalid value for 'temperature'", "type": "invalid_request_error"}},
    ),
]


def _client(gateway: FakeGateway, mode: str, is_async: bool = False) -> Any:
    if is_async:
        return gateway.async_client(**MODES[mode])
    return gateway.sync_client(**MODES[mode])


def _check(failure: Failure, error: otari.APIStatusError) -> None:
    assert type(error) is failure.error or isinstance(error, failure.error)
    if failure.not_a is not None:
        assert not isinstance(error, failure.not_a)
    assert isinstance(error, otari.OtariError)
    assert isinstance(error, otari.ClientError if failure.status < 500 else otari.ServerError)
    assert error.status_code == failure.status
    assert failure.message in error.message
    assert failure.message in str(error)
    assert str(failure.status) in str(error)
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == failure.status
    assert error.request_id == "req_7f3a"
    for secret in SECRETS:
        assert secret not in str(error)
        assert secret not in repr(error)
        assert secret not in error.message
        assert secret not in "".join(traceback.format_exception(error))


@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("failure", FAILURES, ids=[f.id for f in FAILURES])
def test_each_gateway_failure_raises_its_typed_error(failure: Failure, mode: str, gateway: FakeGateway) -> None:
    failure.headers.setdefault("x-request-id", "req_7f3a")
    gateway.route(*PATHS[failure.call], failure.response())
    with pytest.raises(otari.APIStatusError) as caught:
        failure.call(_client(gateway, mode))
    _check(failure, caught.value)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("failure", FAILURES, ids=[f.id for f in FAILURES])
async def test_each_gateway_failure_raises_the_same_error_from_the_async_client(
    failure: Failure, mode: str, gateway: FakeGateway
) -> None:
    failure.headers.setdefault("x-request-id", "req_7f3a")
    gateway.route(*PATHS[failure.call], failure.response())
    with pytest.raises(otari.APIStatusError) as caught:
        await failure.call(_client(gateway, mode, is_async=True))
    _check(failure, caught.value)


# --------------------------------------------------------------------------- details of some errors


def _raise(gateway: FakeGateway, response: httpx.Response, call: Callable[[Any], Any] = chat) -> Any:
    gateway.route(*PATHS[call], response)
    with pytest.raises(otari.APIStatusError) as caught:
        call(gateway.sync_client())
    return caught.value


def test_validation_errors_list_the_fields(gateway: FakeGateway) -> None:
    detail = [
        {"type": "missing", "loc": ["body", "messages"], "msg": "Field required", "input": {"model": "m"}},
        {"type": "float_type", "loc": ["body", "temperature"], "msg": "Input should be a valid number", "input": "hot"},
    ]
    error = _raise(gateway, httpx.Response(422, json={"detail": detail}))
    assert isinstance(error, otari.RequestValidationError)
    assert error.errors == detail
    assert [e["loc"] for e in error.errors] == [["body", "messages"], ["body", "temperature"]]
    assert error.message == "messages: Field required; temperature: Input should be a valid number"


def test_a_422_with_a_text_detail_is_still_a_validation_error(gateway: FakeGateway) -> None:
    error = _raise(gateway, httpx.Response(422, json={"detail": "Provider 'x' does not support batch operations"}))
    assert isinstance(error, otari.RequestValidationError)
    assert error.errors == []
    assert error.message == "Provider 'x' does not support batch operations"


def test_batch_not_complete_carries_the_batch_id_and_status(gateway: FakeGateway) -> None:
    detail = (
        f"Batch '{BATCH_ID}' is not yet complete (status: finalizing). "
        f"Call GET /v1/batches/{BATCH_ID}?provider=openai to check the current status."
    )
    error = _raise(gateway, httpx.Response(409, json={"detail": detail}), batch_results)
    assert isinstance(error, otari.BatchNotCompleteError)
    assert error.batch_id == BATCH_ID
    assert error.status == "finalizing"


def test_batch_not_complete_falls_back_to_the_requested_batch_id(gateway: FakeGateway) -> None:
    gateway.route(
        "GET",
        "/v1/batches/msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d/results",
        httpx.Response(409, json={"detail": "Batch is still being processed"}),
    )
    with pytest.raises(otari.BatchNotCompleteError) as caught:
        gateway.sync_client().retrieve_batch_results("msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d", provider="anthropic")
    assert caught.value.batch_id == "msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d"
    assert caught.value.status is None


def test_batch_not_complete_reads_the_status_of_an_anthropic_batch(gateway: FakeGateway) -> None:
    batch = "msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d"
    gateway.route(
        "GET",
        f"/v1/batches/{batch}/results",
        httpx.Response(409, json={"detail": f"Batch '{batch}' is not yet complete (status: in_progress)."}),
    )
    with pytest.raises(otari.BatchNotCompleteError) as caught:
        gateway.sync_client().retrieve_batch_results(batch, provider="anthropic")
    assert caught.value.batch_id == batch
    assert caught.value.status == "in_progress"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "60"}, 60.0),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_rate_limit_retry_after_in_seconds(
    headers: dict[str, str], expected: float | None, gateway: FakeGateway
) -> None:
    error = _raise(gateway, httpx.Response(429, json={"detail": "Rate limit exceeded"}, headers=headers))
    assert isinstance(error, otari.RateLimitError)
    assert error.retry_after == expected


def test_rate_limit_retry_after_as_an_http_date(gateway: FakeGateway) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    error = _raise(gateway, httpx.Response(429, json={"detail": "Rate limit exceeded"}, headers={"retry-after": when}))
    assert isinstance(error, otari.RateLimitError)
    assert error.retry_after is not None
    assert 27 <= error.retry_after <= 31


@pytest.fixture
def far_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run in a local time zone far from UTC, so that local/UTC mix-ups show."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("far_from_utc")
def test_rate_limit_retry_after_as_an_http_date_without_a_zone(gateway: FakeGateway) -> None:
    # RFC 5322 "-0000" means UTC with no zone information.
    when = email.utils.formatdate(time.time() + 120)
    assert when.endswith("-0000")
    error = _raise(gateway, httpx.Response(429, json={"detail": "Slow down"}, headers={"retry-after": when}))
    assert error.retry_after is not None
    assert 117 <= error.retry_after <= 121


def test_rate_limit_retry_after_in_the_past_is_zero(gateway: FakeGateway) -> None:
    error = _raise(
        gateway,
        httpx.Response(
            429, json={"detail": "Rate limit exceeded"}, headers={"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}
        ),
    )
    assert error.retry_after == 0.0


def test_the_request_id_header_is_optional(gateway: FakeGateway) -> None:
    error = _raise(gateway, httpx.Response(500, json={"detail": "Database error"}))
    assert error.request_id is None
    assert str(error) == "500: Database error"


def test_an_html_error_page_gives_a_short_readable_message(gateway: FakeGateway) -> None:
    page = "<html><body>" + "<p>Bad gateway</p>" * 500 + "</body></html>"
    error = _raise(gateway, httpx.Response(502, text=page, headers={"content-type": "text/html"}))
    assert isinstance(error, otari.UpstreamProviderError)
    assert error.message.startswith("<html><body><p>Bad gateway</p>")
    assert len(error.message) <= 1001


def test_a_redirect_is_an_api_status_error_but_not_a_client_or_server_error(gateway: FakeGateway) -> None:
    error = _raise(gateway, httpx.Response(304))
    assert type(error) is otari.APIStatusError
    assert error.status_code == 304


# --------------------------------------------------------------------------- network failures


def _failing(exc: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


@pytest.mark.parametrize(
    ("exc", "error"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), otari.APIConnectionError),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), otari.APIConnectionError),
        (httpx.ReadError("[Errno 104] Connection reset by peer"), otari.APIConnectionError),
        (httpx.ConnectTimeout("timed out"), otari.APITimeoutError),
        (httpx.ReadTimeout("timed out"), otari.APITimeoutError),
        (httpx.PoolTimeout("no connection available"), otari.APITimeoutError),
    ],
)
def test_network_failures_are_otari_errors_not_httpx_errors(exc: Exception, error: type[Exception]) -> None:
    http = httpx.Client(transport=httpx.MockTransport(_failing(exc)))
    client = otari.OtariClient(api_base=BASE, api_key=API_KEY, http_client=http)
    with pytest.raises(otari.APIConnectionError) as caught:
        chat(client)
    assert isinstance(caught.value, error)
    assert not isinstance(caught.value, httpx.HTTPError)
    assert caught.value.__cause__ is None
    assert caught.value.request is not None
    assert "/v1/chat/completions" in caught.value.message
    assert API_KEY not in caught.value.message


@pytest.mark.anyio
async def test_async_network_failures_are_otari_errors() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(_failing(httpx.ConnectError("refused"))))
    client = otari.AsyncOtariClient(api_base=BASE, platform_token=PLATFORM_TOKEN, http_client=http)
    with pytest.raises(otari.APIConnectionError) as caught:
        await chat(client)
    assert not isinstance(caught.value, otari.APITimeoutError)
    http = httpx.AsyncClient(transport=httpx.MockTransport(_failing(httpx.ReadTimeout("slow"))))
    client = otari.AsyncOtariClient(api_base=BASE, platform_token=PLATFORM_TOKEN, http_client=http)
    with pytest.raises(otari.APITimeoutError):
        await chat(client)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_nothing_listening_is_a_connection_error() -> None:
    client = otari.OtariClient(api_base=f"http://127.0.0.1:{_free_port()}", api_key=API_KEY, timeout=5)
    with client, pytest.raises(otari.APIConnectionError) as caught:
        client.list_models()
    assert not isinstance(caught.value, otari.APITimeoutError)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


def test_a_gateway_that_does_not_answer_in_time_is_a_timeout(silent_server: str) -> None:
    with otari.OtariClient(api_base=silent_server, api_key=API_KEY, timeout=0.3) as client:
        started = time.monotonic()
        with pytest.raises(otari.APITimeoutError) as caught:
            chat(client)
    assert time.monotonic() - started < 3
    assert "timed out" in caught.value.message


@pytest.mark.anyio
async def test_async_gateway_that_does_not_answer_in_time_is_a_timeout(silent_server: str) -> None:
    async with otari.AsyncOtariClient(api_base=silent_server, api_key=API_KEY, timeout=0.3) as client:
        with pytest.raises(otari.APITimeoutError):
            await chat(client)


# --------------------------------------------------------------------------- no secrets anywhere


@pytest.mark.parametrize("mode", sorted(MODES))
def test_secrets_stay_out_of_repr_and_str(mode: str, gateway: FakeGateway) -> None:
    for client in (gateway.sync_client(**MODES[mode]), gateway.async_client(**MODES[mode])):
        for text in (repr(client), str(client), repr(client._config), str(vars(client).get("_config"))):
            for secret in SECRETS:
                assert secret not in text
        assert BASE in repr(client)


def test_secrets_from_the_environment_stay_out_of_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTARI_AI_TOKEN", PLATFORM_TOKEN)
    monkeypatch.setenv("GATEWAY_ADMIN_KEY", ADMIN_KEY)
    client = otari.OtariClient()
    for secret in (PLATFORM_TOKEN, ADMIN_KEY):
        assert secret not in repr(client)
        assert secret not in str(client)


def test_configuration_errors_do_not_echo_credentials() -> None:
    with pytest.raises(otari.ConfigurationError) as caught:
        otari.OtariClient(api_key=API_KEY, platform_token=PLATFORM_TOKEN, admin_key=ADMIN_KEY)
    with pytest.raises(otari.ConfigurationError) as missing:
        otari.OtariClient(api_key=API_KEY, admin_key=ADMIN_KEY)
    for error in (caught.value, missing.value):
        for secret in SECRETS:
            assert secret not in str(error)
            assert secret not in repr(error)


def test_connection_errors_do_not_show_credentials_in_the_url() -> None:
    http = httpx.Client(transport=httpx.MockTransport(_failing(httpx.ConnectError("refused"))))
    client = otari.OtariClient(api_base="http://alice:hunter2-password@gateway.test", api_key=API_KEY, http_client=http)
    with pytest.raises(otari.APIConnectionError) as caught:
        chat(client)
    assert "hunter2-password" not in str(caught.value)
    assert "gateway.test" in str(caught.value)
