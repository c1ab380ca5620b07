"""Configuration: auth modes, the environment table, base URLs, headers, timeouts and the HTTP client.

Each test looks at the request that reaches the (fake) gateway: its URL and
its auth header are what decide whether the configuration was understood.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

import otari

from .helpers import API_KEY, BASE, PLATFORM_TOKEN, USER_MESSAGES, FakeGateway, json_response, wire

HOSTED = "https://api.otari.ai"


def _chat(gateway: FakeGateway) -> None:
    gateway.route("POST", "/v1/chat/completions", json_response(wire("chat_completion.json")))


def _sent_with(gateway: FakeGateway, **kwargs: Any) -> httpx.Request:
    """Build a client with ``kwargs`` (plus the fake transport), make one chat call, return the request."""
    _chat(gateway)
    client = otari.OtariClient(http_client=httpx.Client(transport=httpx.MockTransport(gateway)), **kwargs)
    client.completion(model="openai:gpt-4o-mini", messages=USER_MESSAGES)
    return gateway.last


# --------------------------------------------------------------------------- auth modes


def test_platform_token_goes_in_authorization_to_the_hosted_gateway(gateway: FakeGateway) -> None:
    request = _sent_with(gateway, platform_token=PLATFORM_TOKEN)
    assert str(request.url) == f"{HOSTED}/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {PLATFORM_TOKEN}"
    assert "otari-key" not in request.headers


def test_api_key_goes_in_otari_key_to_the_given_gateway(gateway: FakeGateway) -> None:
    request = _sent_with(gateway, api_base="http://localhost:8000", api_key=API_KEY)
    assert str(request.url) == "http://localhost:8000/v1/chat/completions"
    assert request.headers["otari-key"] == f"Bearer {API_KEY}"
    assert "authorization" not in request.headers


def test_platform_token_with_an_explicit_base_url(gateway: FakeGateway) -> None:
    request = _sent_with(gateway, platform_token=PLATFORM_TOKEN, api_base="https://staging.otari.ai/")
    assert str(request.url) == "https://staging.otari.ai/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {PLATFORM_TOKEN}"


def test_self_hosted_gateway_without_a_key_sends_no_credential(gateway: FakeGateway) -> None:
    request = _sent_with(gateway, api_base="http://localhost:8000")
    assert "authorization" not in request.headers
    assert "otari-key" not in request.headers


def test_both_credentials_at_once_is_refused() -> None:
    with pytest.raises(otari.ConfigurationError, match="api_key"):
        otari.OtariClient(api_base=BASE, api_key=API_KEY, platform_token=PLATFORM_TOKEN)


@pytest.mark.parametrize(
    ("kwargs", "platform"),
    [
        ({"platform_token": PLATFORM_TOKEN}, True),
        ({"api_base": BASE, "api_key": API_KEY}, False),
        ({"api_base": BASE}, False),
    ],
)
def test_platform_mode_tells_which_mode_was_chosen(kwargs: dict[str, Any], platform: bool) -> None:
    assert otari.OtariClient(**kwargs).platform_mode is platform
    assert otari.AsyncOtariClient(**kwargs).platform_mode is platform


# --------------------------------------------------------------------------- the environment


def test_otari_ai_token_selects_platform_mode(monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway) -> None:
    monkeypatch.setenv("OTARI_AI_TOKEN", PLATFORM_TOKEN)
    request = _sent_with(gateway)
    assert str(request.url) == f"{HOSTED}/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {PLATFORM_TOKEN}"


def test_legacy_platform_token_variable_still_works(monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway) -> None:
    monkeypatch.setenv("GATEWAY_PLATFORM_TOKEN", "tk_legacy")
    request = _sent_with(gateway)
    assert request.headers["authorization"] == "Bearer tk_legacy"


def test_canonical_token_variable_beats_the_legacy_one(monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway) -> None:
    monkeypatch.setenv("GATEWAY_PLATFORM_TOKEN", "tk_legacy")
    monkeypatch.setenv("OTARI_AI_TOKEN", "tk_canonical")
    request = _sent_with(gateway)
    assert request.headers["authorization"] == "Bearer tk_canonical"


def test_gateway_base_and_key_variables_select_self_hosted(
    monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway
) -> None:
    monkeypatch.setenv("GATEWAY_API_BASE", "http://gw.internal:8000/v1/")
    monkeypatch.setenv("GATEWAY_API_KEY", API_KEY)
    client = otari.OtariClient()
    assert client.platform_mode is False
    request = _sent_with(gateway)
    assert str(request.url) == "http://gw.internal:8000/v1/chat/completions"
    assert request.headers["otari-key"] == f"Bearer {API_KEY}"


def test_a_platform_token_in_the_environment_beats_self_hosted_variables(
    monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway
) -> None:
    monkeypatch.setenv("GATEWAY_API_BASE", "http://gw.internal:8000")
    monkeypatch.setenv("GATEWAY_API_KEY", API_KEY)
    monkeypatch.setenv("OTARI_AI_TOKEN", PLATFORM_TOKEN)
    request = _sent_with(gateway)
    assert str(request.url) == f"{HOSTED}/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {PLATFORM_TOKEN}"
    assert "otari-key" not in request.headers


def test_explicit_api_key_beats_a_token_in_the_environment(
    monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway
) -> None:
    monkeypatch.setenv("OTARI_AI_TOKEN", PLATFORM_TOKEN)
    request = _sent_with(gateway, api_base="http://localhost:8000", api_key="gw-explicit")
    assert str(request.url) == "http://localhost:8000/v1/chat/completions"
    assert request.headers["otari-key"] == "Bearer gw-explicit"
    assert "authorization" not in request.headers


def test_explicit_api_key_takes_the_base_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway
) -> None:
    monkeypatch.setenv("GATEWAY_API_BASE", "http://gw.internal:8000")
    monkeypatch.setenv("GATEWAY_API_KEY", "gw-from-env")
    request = _sent_with(gateway, api_key="gw-explicit")
    assert str(request.url) == "http://gw.internal:8000/v1/chat/completions"
    assert request.headers["otari-key"] == "Bearer gw-explicit"


def test_explicit_token_beats_the_environment(monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway) -> None:
    monkeypatch.setenv("OTARI_AI_TOKEN", "tk_env")
    monkeypatch.setenv("GATEWAY_API_BASE", "http://gw.internal:8000")
    monkeypatch.setenv("GATEWAY_API_KEY", API_KEY)
    request = _sent_with(gateway, platform_token="tk_explicit")
    assert str(request.url) == f"{HOSTED}/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer tk_explicit"


def test_explicit_base_url_beats_the_environment(monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway) -> None:
    monkeypatch.setenv("GATEWAY_API_BASE", "http://gw.internal:8000")
    monkeypatch.setenv("GATEWAY_API_KEY", API_KEY)
    request = _sent_with(gateway, api_base="http://other:9000")
    assert str(request.url) == "http://other:9000/v1/chat/completions"
    assert request.headers["otari-key"] == f"Bearer {API_KEY}"


def test_empty_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch, gateway: FakeGateway) -> None:
    monkeypatch.setenv("OTARI_AI_TOKEN", "")
    monkeypatch.setenv("GATEWAY_PLATFORM_TOKEN", "tk_legacy")
    request = _sent_with(gateway)
    assert request.headers["authorization"] == "Bearer tk_legacy"


@pytest.mark.parametrize("client_class", [otari.OtariClient, otari.AsyncOtariClient])
def test_no_gateway_at_all_names_the_variables_to_set(client_class: type) -> None:
    with pytest.raises(otari.ConfigurationError) as caught:
        client_class()
    message = str(caught.value)
    for name in ("OTARI_AI_TOKEN", "GATEWAY_API_BASE", "GATEWAY_API_KEY", "api_base", "platform_token"):
        assert name in message
    assert isinstance(caught.value, ValueError)


def test_a_key_without_a_base_url_names_the_base_url_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_API_KEY", API_KEY)
    with pytest.raises(otari.ConfigurationError, match="GATEWAY_API_BASE"):
        otari.OtariClient()
    with pytest.raises(otari.ConfigurationError, match="api_base"):
        otari.OtariClient(api_key=API_KEY)


# --------------------------------------------------------------------------- base URLs


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("http://localhost:8000", "http://localhost:8000/v1/chat/completions"),
        ("http://localhost:8000/", "http://localhost:8000/v1/chat/completions"),
        ("http://localhost:8000/v1", "http://localhost:8000/v1/chat/completions"),
        ("http://localhost:8000/v1/", "http://localhost:8000/v1/chat/completions"),
        (" https://gw.example.com/otari/v1 ", "https://gw.example.com/otari/v1/chat/completions"),
        ("https://gw.example.com/otari/", "https://gw.example.com/otari/v1/chat/completions"),
    ],
)
def test_base_url_with_or_without_slash_and_v1(given: str, sent: str, gateway: FakeGateway) -> None:
    gateway.route("POST", "/otari/v1/chat/completions", json_response(wire("chat_completion.json")))
    request = _sent_with(gateway, api_base=given, api_key=API_KEY)
    assert str(request.url) == sent


def test_health_is_served_outside_v1(gateway: FakeGateway) -> None:
    gateway.route("GET", "/health", json_response({"status": "healthy"}))
    client = gateway.sync_client(api_base="http://localhost:8000/v1/")
    client.health()
    assert str(gateway.last.url) == "http://localhost:8000/health"


@pytest.mark.parametrize("bad", ["localhost:8000", "ftp://files.example.com", "http://", "gateway"])
def test_a_base_url_that_is_not_http_is_refused(bad: str) -> None:
    with pytest.raises(otari.ConfigurationError, match="api_base"):
        otari.OtariClient(api_base=bad, api_key=API_KEY)


# --------------------------------------------------------------------------- headers


def test_default_headers_go_on_every_request(gateway: FakeGateway) -> None:
    request = _sent_with(
        gateway, api_base=BASE, api_key=API_KEY, default_headers={"X-Team": "search", "User-Agent": "my-app/2"}
    )
    assert request.headers["x-team"] == "search"
    assert request.headers["user-agent"] == "my-app/2"
    assert request.headers["otari-key"] == f"Bearer {API_KEY}"


def test_default_headers_cannot_replace_the_credential(gateway: FakeGateway) -> None:
    request = _sent_with(gateway, platform_token=PLATFORM_TOKEN, default_headers={"Authorization": "Bearer other"})
    assert request.headers.get_list("authorization") == [f"Bearer {PLATFORM_TOKEN}"]


def test_requests_identify_the_sdk(gateway: FakeGateway) -> None:
    request = _sent_with(gateway, api_base=BASE, api_key=API_KEY)
    assert request.headers["user-agent"].startswith("otari-python/")
    assert request.headers["otari-spec-version"] == otari.__spec_version__


def test_default_headers_must_be_strings() -> None:
    with pytest.raises(otari.ConfigurationError):
        otari.OtariClient(api_base=BASE, default_headers={"X-Retry": 3})  # type: ignore[dict-item]


# --------------------------------------------------------------------------- timeouts


def _timeout_sent(gateway: FakeGateway, **kwargs: Any) -> dict[str, float | None]:
    request = _sent_with(gateway, api_base=BASE, api_key=API_KEY, **kwargs)
    timeout: dict[str, float | None] = request.extensions["timeout"]
    return timeout


def test_default_timeout_is_generous_but_never_unlimited() -> None:
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        route = router.post("/v1/chat/completions").mock(return_value=json_response(wire("chat_completion.json")))
        otari.OtariClient(api_base=BASE, api_key=API_KEY).completion(model="m", messages=USER_MESSAGES)
    timeout = route.calls.last.request.extensions["timeout"]
    assert set(timeout) == {"connect", "read", "write", "pool"}
    assert all(isinstance(value, float) and value > 0 for value in timeout.values())
    assert timeout["read"] >= 60


def test_a_number_of_seconds_bounds_every_phase(gateway: FakeGateway) -> None:
    timeout = _timeout_sent(gateway, timeout=12.5)
    assert timeout["read"] == 12.5
    assert timeout["write"] == 12.5
    assert timeout["pool"] == 12.5
    assert timeout["connect"] is not None
    assert 0 < timeout["connect"] <= 12.5


def test_an_httpx_timeout_is_used_as_given(gateway: FakeGateway) -> None:
    timeout = _timeout_sent(gateway, timeout=httpx.Timeout(30.0, connect=2.0, read=90.0))
    assert timeout == {"connect": 2.0, "read": 90.0, "write": 30.0, "pool": 30.0}


def test_an_injected_client_keeps_its_own_timeout_unless_one_is_given(gateway: FakeGateway) -> None:
    _chat(gateway)
    http = httpx.Client(transport=httpx.MockTransport(gateway), timeout=httpx.Timeout(7.0))
    otari.OtariClient(api_base=BASE, api_key=API_KEY, http_client=http).completion(model="m", messages=USER_MESSAGES)
    assert gateway.last.extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    otari.OtariClient(api_base=BASE, api_key=API_KEY, http_client=http, timeout=3.0).completion(
        model="m", messages=USER_MESSAGES
    )
    assert gateway.last.extensions["timeout"]["read"] == 3.0


@pytest.mark.parametrize("bad", [0, -1, -0.5, float("inf"), float("nan"), True, "30"])
def test_nonsense_timeouts_are_refused(bad: Any) -> None:
    with pytest.raises(otari.ConfigurationError, match="timeout"):
        otari.OtariClient(api_base=BASE, timeout=bad)


@pytest.mark.anyio
async def test_async_client_sends_the_configured_timeout(gateway: FakeGateway) -> None:
    _chat(gateway)
    async with gateway.async_client(timeout=4.0) as client:
        await client.completion(model="m", messages=USER_MESSAGES)
    assert gateway.last.extensions["timeout"]["read"] == 4.0


# --------------------------------------------------------------------------- the HTTP client


def test_an_injected_client_is_used_and_left_open(gateway: FakeGateway) -> None:
    _chat(gateway)
    http = httpx.Client(transport=httpx.MockTransport(gateway), headers={"X-Proxy-Auth": "corp"})
    with otari.OtariClient(api_base=BASE, api_key=API_KEY, http_client=http) as client:
        client.completion(model="m", messages=USER_MESSAGES)
    assert gateway.last.headers["x-proxy-auth"] == "corp"
    assert not http.is_closed
    otari.OtariClient(api_base=BASE, http_client=http).close()
    assert not http.is_closed
    http.close()


@pytest.mark.anyio
async def test_an_injected_async_client_is_used_and_left_open(gateway: FakeGateway) -> None:
    _chat(gateway)
    http = httpx.AsyncClient(transport=httpx.MockTransport(gateway))
    async with otari.AsyncOtariClient(api_base=BASE, api_key=API_KEY, http_client=http) as client:
        await client.completion(model="m", messages=USER_MESSAGES)
    assert len(gateway.requests) == 1
    assert not http.is_closed
    await otari.AsyncOtariClient(api_base=BASE, http_client=http).close()
    assert not http.is_closed
    await http.aclose()


def test_the_client_closes_the_pool_it_made() -> None:
    client = otari.OtariClient(api_base=BASE, api_key=API_KEY)
    http = client._transport.http
    with client:
        pass
    assert http.is_closed


@pytest.mark.anyio
async def test_the_async_client_closes_the_pool_it_made() -> None:
    client = otari.AsyncOtariClient(api_base=BASE, api_key=API_KEY)
    http = client._transport.http
    async with client:
        pass
    assert http.is_closed
    again = otari.AsyncOtariClient(api_base=BASE, api_key=API_KEY)
    await again.aclose()
    assert again._transport.http.is_closed


def test_the_http_client_must_match_the_client_kind() -> None:
    with pytest.raises(TypeError, match="AsyncOtariClient"):
        otari.OtariClient(api_base=BASE, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="OtariClient"):
        otari.AsyncOtariClient(api_base=BASE, http_client=httpx.Client())  # type: ignore[arg-type]


def test_redirects_are_not_followed_with_credentials() -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        router.post("/v1/chat/completions").mock(
            return_value=httpx.Response(307, headers={"location": "https://elsewhere.example/v1/chat/completions"})
        )
        elsewhere = router.post("https://elsewhere.example/v1/chat/completions").mock(
            return_value=json_response(wire("chat_completion.json"))
        )
        with pytest.raises(otari.APIStatusError) as caught:
            otari.OtariClient(api_base=BASE, api_key=API_KEY).completion(model="m", messages=USER_MESSAGES)
    assert caught.value.status_code == 307
    assert not elsewhere.called


def test_a_password_in_the_base_url_stays_out_of_reprs() -> None:
    client = otari.OtariClient(api_base="http://ops:s3cr3t-pw@gateway.test/v1", api_key=API_KEY)
    assert "s3cr3t-pw" not in repr(client)
    assert "s3cr3t-pw" not in repr(client._config)
    assert "gateway.test" in repr(client)
