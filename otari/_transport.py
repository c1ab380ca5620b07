"""Sending calls over httpx: headers, auth, timeouts, retries and typed errors.

Every request goes through one stack::

    httpx.Client (ours)  ->  RetryTransport  ->  HTTPTransport        (our own pool)
                                             or  ClientBridge -> yours (an injected http_client)

so retries, redirect refusal and connection handling are the same whoever
owns the connections, and ``client.raw`` shares the same retrying transport.
:class:`SyncTransport` and :class:`AsyncTransport` differ only where I/O is
blocking or awaited; building requests and mapping failures is shared.
"""

from __future__ import annotations

import urllib.request
from typing import Any, Self, TypeVar

import attrs
import httpx

from . import _retry
from ._call import Call, InvalidRequestError
from ._config import ClientConfig
from ._errors import (
    APIResponseValidationError,
    OtariError,
    connection_error,
    is_transport_failure,
    redact,
    status_error,
)
from ._retry import (
    MAX_RETRIES_EXTENSION,
    AsyncClientBridge,
    AsyncRetryTransport,
    ClientBridge,
    RetryPolicy,
    RetryTransport,
)
from ._streaming import AsyncStream, Stream

T = TypeVar("T")

#: Connection pool of the clients we create: room for many concurrent streams.
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
MAX_CACHED_URLS = 256

ADMIN_MISSING = (
    "this is a control-plane call and needs an admin credential: pass admin_key=... "
    "or set GATEWAY_ADMIN_KEY (in platform mode the platform token is used)"
)


def environment_proxy(url: str) -> str | None:
    """The proxy the environment (``HTTPS_PROXY``, ``NO_PROXY``, ...) sets for ``url``, if any."""
    parsed = httpx.URL(url)
    proxy = urllib.request.getproxies().get(parsed.scheme)
    if not proxy or urllib.request.proxy_bypass(parsed.host):
        return None
    return proxy


class _BaseTransport:
    """Builds requests for one client: base URL, headers, credential, timeout, retry budget."""

    def __init__(self, config: ClientConfig, timeout: httpx.Timeout | None, max_retries: int | None) -> None:
        self.config = config
        self.timeout = timeout
        self.max_retries = max_retries
        #: Sent with every request; set once on our httpx client rather than merged per request.
        self._headers = {**config.base_headers(), **config.auth_headers(config.credential)}
        #: Replaces the credential header for control-plane calls.
        self._admin_headers = config.auth_headers(config.admin_key) if config.admin_key else None
        #: Parsed URLs by path: parsing the URL string is a large share of building a request.
        self._urls: dict[str, httpx.URL] = {}
        self._extensions = {MAX_RETRIES_EXTENSION: max_retries} if max_retries is not None else None
        self._owns_http = True
        #: Redacted from error messages, should a server echo them back.
        self._secrets = tuple(secret for secret in (config.credential, config.admin_key) if secret)

    def _derive(self, timeout: httpx.Timeout | None, max_retries: int | None) -> Self:
        """A copy with other defaults that shares this one's connections (it does not own them)."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy.timeout = timeout if timeout is not None else self.timeout
        copy.max_retries = max_retries if max_retries is not None else self.max_retries
        copy._extensions = {MAX_RETRIES_EXTENSION: copy.max_retries} if copy.max_retries is not None else None
        copy._owns_http = False
        return copy

    def build(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        kwargs = call.request
        headers: dict[str, str] = kwargs.get("headers") or {}
        if call.admin:
            if self._admin_headers is None:
                raise InvalidRequestError(ADMIN_MISSING)
            headers = {**headers, **self._admin_headers}
        if call.stream is not None:
            headers = {**headers, "Accept": "text/event-stream"}
        path: str = kwargs["url"]
        url = self._urls.get(path)
        if url is None:
            url = httpx.URL(self.config.base_url + path)
            if len(self._urls) < MAX_CACHED_URLS:  # paths with ids in them are many: keep the cache small
                self._urls[path] = url
        return http.build_request(
            kwargs["method"],
            url,
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            files=kwargs.get("files"),
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            headers=headers,
            timeout=self.timeout,
            extensions=self._extensions,
        )


def parse_answer(call: Call[T], response: httpx.Response, secrets: tuple[str, ...] = ()) -> T:
    """Read a successful answer with the call's parser.

    The parsers raise :class:`~otari.APIResponseValidationError` for the junk they
    foresee; this is the net under all of them, so that no answer, however odd
    (JSON nested too deep to decode, say), gets a bare ``RecursionError`` or
    ``TypeError`` out of the SDK.
    """
    try:
        return call.parse(response)
    except OtariError as exc:
        raise redact(exc, secrets)  # noqa: B904  # the same error, scrubbed
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as exc:
        what = f"{str(call.request.get('method', '')).upper()} {call.request.get('url', '')}"
        error = APIResponseValidationError(
            f"{what}: the gateway's answer could not be read ({type(exc).__name__}: {str(exc)[:200]})",
            response=response,
        )
        raise redact(error, secrets) from None


@attrs.frozen
class _Options:
    timeout: httpx.Timeout | None
    max_retries: int


def _options(
    config: ClientConfig,
    http_client: httpx.Client | httpx.AsyncClient | None,
    timeout_given: bool,
    max_retries: int | None,
) -> _Options:
    if max_retries is None:
        max_retries = _retry.DEFAULT_MAX_RETRIES
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidRequestError(f"max_retries must be a non-negative integer, got {max_retries!r}")
    if http_client is not None and not timeout_given:
        return _Options(http_client.timeout, max_retries)
    return _Options(config.timeout, max_retries)


class SyncTransport(_BaseTransport):
    asynchronous = False

    def __init__(
        self, config: ClientConfig, http_client: httpx.Client | None, *, timeout_given: bool, max_retries: int | None
    ) -> None:
        options = _options(config, http_client, timeout_given, max_retries)
        super().__init__(config, options.timeout, None)
        inner: httpx.BaseTransport
        if http_client is None:
            inner = httpx.HTTPTransport(proxy=environment_proxy(config.base_url), limits=DEFAULT_LIMITS)
        else:
            inner = ClientBridge(http_client)
        #: The retrying transport; ``client.raw`` sends through it too.
        self.retrying = RetryTransport(inner, RetryPolicy(max_retries=options.max_retries))
        self.http = httpx.Client(
            transport=self.retrying, timeout=options.timeout, headers=self._headers, trust_env=False
        )

    def with_options(self, *, timeout: httpx.Timeout | None, max_retries: int | None) -> SyncTransport:
        return self._derive(timeout, max_retries)

    def send(self, call: Call[T]) -> httpx.Response:
        """Send ``call``; return a successful response (streamed if the call streams) or raise."""
        request = self.build(self.http, call)
        streaming = call.stream is not None
        try:
            response = self.http.send(request, stream=streaming)
        except Exception as exc:
            if not is_transport_failure(exc):
                raise
            raise connection_error(exc, request) from None
        if response.status_code >= 300:
            try:
                if streaming:
                    response.read()
            except httpx.RequestError as exc:
                raise connection_error(exc) from None
            finally:
                response.close()
            raise redact(status_error(response, kind=call.kind, batch_id=call.batch_id), self._secrets)
        return response

    def run(self, call: Call[T]) -> T:
        response = self.send(call)
        if call.stream is not None:
            return Stream(response, call.stream, self._secrets)  # type: ignore[return-value]
        return parse_answer(call, response, self._secrets)

    def close(self) -> None:
        if self._owns_http:
            self.http.close()


class AsyncTransport(_BaseTransport):
    asynchronous = True

    def __init__(
        self,
        config: ClientConfig,
        http_client: httpx.AsyncClient | None,
        *,
        timeout_given: bool,
        max_retries: int | None,
    ) -> None:
        options = _options(config, http_client, timeout_given, max_retries)
        super().__init__(config, options.timeout, None)
        inner: httpx.AsyncBaseTransport
        if http_client is None:
            inner = httpx.AsyncHTTPTransport(proxy=environment_proxy(config.base_url), limits=DEFAULT_LIMITS)
        else:
            inner = AsyncClientBridge(http_client)
        #: The retrying transport; ``client.raw`` sends through it too.
        self.retrying = AsyncRetryTransport(inner, RetryPolicy(max_retries=options.max_retries))
        self.http = httpx.AsyncClient(
            transport=self.retrying, timeout=options.timeout, headers=self._headers, trust_env=False
        )

    def with_options(self, *, timeout: httpx.Timeout | None, max_retries: int | None) -> AsyncTransport:
        return self._derive(timeout, max_retries)

    async def send(self, call: Call[T]) -> httpx.Response:
        """Send ``call``; return a successful response (streamed if the call streams) or raise."""
        request = self.build(self.http, call)
        streaming = call.stream is not None
        try:
            response = await self.http.send(request, stream=streaming)
        except Exception as exc:
            if not is_transport_failure(exc):
                raise
            raise connection_error(exc, request) from None
        if response.status_code >= 300:
            try:
                if streaming:
                    await response.aread()
            except httpx.RequestError as exc:
                raise connection_error(exc) from None
            finally:
                await response.aclose()
            raise redact(status_error(response, kind=call.kind, batch_id=call.batch_id), self._secrets)
        return response

    async def run(self, call: Call[T]) -> T:
        response = await self.send(call)
        if call.stream is not None:
            return AsyncStream(response, call.stream, self._secrets)  # type: ignore[return-value]
        return parse_answer(call, response, self._secrets)

    async def aclose(self) -> None:
        if self._owns_http:
            await self.http.aclose()
