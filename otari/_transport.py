"""Sending calls over httpx: headers, auth, timeouts, and typed errors.

:class:`SyncTransport` and :class:`AsyncTransport` differ only where I/O is
blocking or awaited; building the request and mapping failures is shared.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from ._call import Call, InvalidRequestError
from ._config import ClientConfig
from ._errors import connection_error, status_error
from ._streaming import AsyncStream, Stream

T = TypeVar("T")

ADMIN_MISSING = (
    "this is a control-plane call and needs an admin credential: pass admin_key=... "
    "or set GATEWAY_ADMIN_KEY (in platform mode the platform token is used)"
)


class _BaseTransport:
    """Builds requests for a client; owns (or borrows) its httpx client."""

    def __init__(self, config: ClientConfig, owns_http: bool, use_client_timeout: bool) -> None:
        self.config = config
        self._owns_http = owns_http
        self._use_client_timeout = use_client_timeout
        base = config.base_headers()
        self._headers = {**base, **config.auth_headers(config.credential)}
        self._admin_headers = {**base, **config.auth_headers(config.admin_key)} if config.admin_key else None

    def build(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        kwargs = call.request
        if call.admin:
            if self._admin_headers is None:
                raise InvalidRequestError(ADMIN_MISSING)
            headers = self._admin_headers
        else:
            headers = self._headers
        extra = kwargs.get("headers")
        if extra:
            headers = {**headers, **extra}
        if call.stream is not None:
            headers = {**headers, "Accept": "text/event-stream"}
        options: dict[str, Any] = {}
        if not self._use_client_timeout:
            options["timeout"] = self.config.timeout
        return http.build_request(
            kwargs["method"],
            self.config.base_url + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            files=kwargs.get("files"),
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            headers=headers,
            **options,
        )


class SyncTransport(_BaseTransport):
    def __init__(self, config: ClientConfig, http_client: httpx.Client | None, *, use_client_timeout: bool) -> None:
        super().__init__(config, owns_http=http_client is None, use_client_timeout=use_client_timeout)
        self.http = http_client or httpx.Client(timeout=config.timeout, follow_redirects=False)

    def send(self, call: Call[T]) -> httpx.Response:
        """Send ``call``; return a successful response (streamed if the call streams) or raise."""
        request = self.build(self.http, call)
        streaming = call.stream is not None
        try:
            response = self.http.send(request, stream=streaming)
        except httpx.RequestError as exc:
            raise connection_error(exc) from None
        if response.status_code >= 300:
            try:
                if streaming:
                    response.read()
            except httpx.RequestError as exc:
                raise connection_error(exc) from None
            finally:
                response.close()
            raise status_error(response, kind=call.kind, batch_id=call.batch_id)
        return response

    def run(self, call: Call[T]) -> T:
        response = self.send(call)
        if call.stream is not None:
            return Stream(response, call.stream)  # type: ignore[return-value]
        return call.parse(response)

    def close(self) -> None:
        if self._owns_http:
            self.http.close()


class AsyncTransport(_BaseTransport):
    def __init__(
        self, config: ClientConfig, http_client: httpx.AsyncClient | None, *, use_client_timeout: bool
    ) -> None:
        super().__init__(config, owns_http=http_client is None, use_client_timeout=use_client_timeout)
        self.http = http_client or httpx.AsyncClient(timeout=config.timeout, follow_redirects=False)

    async def send(self, call: Call[T]) -> httpx.Response:
        """Send ``call``; return a successful response (streamed if the call streams) or raise."""
        request = self.build(self.http, call)
        streaming = call.stream is not None
        try:
            response = await self.http.send(request, stream=streaming)
        except httpx.RequestError as exc:
            raise connection_error(exc) from None
        if response.status_code >= 300:
            try:
                if streaming:
                    await response.aread()
            except httpx.RequestError as exc:
                raise connection_error(exc) from None
            finally:
                await response.aclose()
            raise status_error(response, kind=call.kind, batch_id=call.batch_id)
        return response

    async def run(self, call: Call[T]) -> T:
        response = await self.send(call)
        if call.stream is not None:
            return AsyncStream(response, call.stream)  # type: ignore[return-value]
        return call.parse(response)

    async def aclose(self) -> None:
        if self._owns_http:
            await self.http.aclose()
