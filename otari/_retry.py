"""Retries, as an httpx transport layer shared by the SDK and the raw generated client.

What is retried (at most ``max_retries`` times, 2 by default):

* failures before the response starts: connection errors, timeouts waiting
  for the response headers, a connection dropped before any answer;
* answers with status 408, 429, 500, 502, 503 or 504.

Nothing else: not other 4xx (409 included), and never a body or a stream that
has started, because the transport hands the response over as soon as the
headers arrive and reading the body happens outside it. So a stream is retried
only before its first event, never after.

The body of an answer that is not an event stream must arrive, in all, within
the read timeout after the headers (each read being bounded is not enough: a
server could send a byte every few seconds for ever). Event streams may last
as long as they keep sending; only the gap between reads is bounded for them.

The wait is exponential with jitter (0.5 s, 1 s, 2 s, ... capped at 8 s), or
what the server asks for with ``retry-after-ms`` / ``Retry-After`` when that
is between 0 and 60 s. A call can change its retry budget with the
``otari.max_retries`` request extension (``client.with_options(max_retries=...)``
sets it). Each attempt is logged on the ``otari`` logger at DEBUG: method, path,
status or error, elapsed time, attempt number and request id, never headers.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import AsyncIterator, Iterator

import attrs
import httpx

from ._errors import REQUEST_ID_HEADERS, BodyTimeout, parse_retry_after

logger = logging.getLogger("otari")

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRIES_EXTENSION = "otari.max_retries"
DEFAULT_MAX_RETRIES = 2


@attrs.frozen
class RetryPolicy:
    """When and how long to wait between attempts."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def budget(self, request: httpx.Request) -> int:
        value = request.extensions.get(MAX_RETRIES_EXTENSION)
        return value if isinstance(value, int) and value >= 0 else self.max_retries

    def delay(self, retry: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        if response is not None:
            asked = parse_retry_after(response.headers)
            if asked is not None and 0 <= asked <= self.max_retry_after:
                return asked
        backoff: float = min(self.max_delay, self.initial_delay * 2.0**retry)
        return backoff * (1 - 0.25 * random.random())


def _retryable_error(exc: httpx.TransportError) -> bool:
    # Raised inside the transport, so before any byte of the body reached the caller.
    return isinstance(
        exc,
        httpx.ConnectError
        | httpx.ConnectTimeout
        | httpx.ReadTimeout
        | httpx.WriteTimeout
        | httpx.PoolTimeout
        | httpx.ReadError
        | httpx.WriteError
        | httpx.RemoteProtocolError,
    )


def _body_limit(request: httpx.Request, response: httpx.Response) -> float | None:
    """Seconds the whole body may take: the read timeout, except for event streams (or no read timeout)."""
    if response.headers.get("content-type", "").startswith("text/event-stream"):
        return None
    timeout = request.extensions.get("timeout")
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if isinstance(read, int | float) else None


class _Deadline:
    """When a body has taken too long."""

    __slots__ = ("at", "request", "seconds")

    def __init__(self, request: httpx.Request, seconds: float) -> None:
        self.request = request
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.at:
            raise BodyTimeout(f"the answer's body took longer than {self.seconds:g} s in all", request=self.request)


class _BoundedBody(httpx.SyncByteStream):
    """A response body that raises :class:`BodyTimeout` once it has taken too long in all."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: _Deadline) -> None:
        self.inner = inner
        self.deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self.deadline.check()
            yield chunk

    def close(self) -> None:
        self.inner.close()


class _AsyncBoundedBody(httpx.AsyncByteStream):
    """:class:`_BoundedBody` for an asynchronous body."""

    def __init__(self, inner: httpx.AsyncByteStream, deadline: _Deadline) -> None:
        self.inner = inner
        self.deadline = deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            self.deadline.check()
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()


def _bound_body(request: httpx.Request, response: httpx.Response, *, asynchronous: bool = False) -> httpx.Response:
    seconds = _body_limit(request, response)
    if seconds is None:
        return response
    if asynchronous and isinstance(response.stream, httpx.AsyncByteStream):
        response.stream = _AsyncBoundedBody(response.stream, _Deadline(request, seconds))
    elif not asynchronous and isinstance(response.stream, httpx.SyncByteStream):
        response.stream = _BoundedBody(response.stream, _Deadline(request, seconds))
    return response


def _log(request: httpx.Request, attempt: int, started: float, outcome: str, response: httpx.Response | None) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    request_id = None
    if response is not None:
        request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
    logger.debug(
        "%s %s -> %s in %.3fs (attempt %d, request id %s)",
        request.method,
        request.url.path,
        outcome,
        time.monotonic() - started,
        attempt,
        request_id,
    )


class RetryTransport(httpx.BaseTransport):
    """Wraps a blocking transport and retries what :mod:`otari._retry` says is safe to retry."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        budget = self.policy.budget(request)
        retry = 0
        while True:
            started = time.monotonic()
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                _log(request, retry + 1, started, type(exc).__name__, None)
                if retry >= budget or not _retryable_error(exc):
                    raise
                wait = self.policy.delay(retry, None)
            else:
                _log(request, retry + 1, started, str(response.status_code), response)
                if retry >= budget or response.status_code not in RETRY_STATUSES:
                    return _bound_body(request, response)
                wait = self.policy.delay(retry, response)
                response.close()
            retry += 1
            time.sleep(wait)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an asynchronous transport; the same rules as :class:`RetryTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        budget = self.policy.budget(request)
        retry = 0
        while True:
            started = time.monotonic()
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                _log(request, retry + 1, started, type(exc).__name__, None)
                if retry >= budget or not _retryable_error(exc):
                    raise
                wait = self.policy.delay(retry, None)
            else:
                _log(request, retry + 1, started, str(response.status_code), response)
                if retry >= budget or response.status_code not in RETRY_STATUSES:
                    return _bound_body(request, response, asynchronous=True)
                wait = self.policy.delay(retry, response)
                await response.aclose()
            retry += 1
            import anyio  # here, so that blocking users never import it; asyncio and trio alike

            await anyio.sleep(wait)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _add_default_headers(client: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> None:
    """The caller's client-wide headers (a proxy token, say) join the request; ours win on a clash."""
    for name, value in client.headers.multi_items():
        if name not in request.headers:
            request.headers[name] = value


class ClientBridge(httpx.BaseTransport):
    """Sends through a caller's own :class:`httpx.Client` (its proxies, certificates, hooks).

    Redirects are never followed here: a gateway credential must not travel to
    another origin, and a redirect surfaces as an error instead.
    """

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _add_default_headers(self.client, request)
        return self.client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        """The caller owns the client: leave it open."""


class AsyncClientBridge(httpx.AsyncBaseTransport):
    """:class:`ClientBridge` for a caller's :class:`httpx.AsyncClient`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _add_default_headers(self.client, request)
        return await self.client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        """The caller owns the client: leave it open."""
