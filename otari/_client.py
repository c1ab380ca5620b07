"""The public clients: :class:`OtariClient` (blocking) and :class:`AsyncOtariClient`.

Both are the same table of methods (:class:`otari._surface.Inference`, with the
control plane nested in it), in the blocking or the async mode; this module
only adds configuration, the transport and the lifecycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self

import httpx

from ._config import ClientConfig, merge_timeout, resolve_config
from ._operation import Async, Sync
from ._surface import Inference
from ._transport import AsyncTransport, SyncTransport

if TYPE_CHECKING:
    from otari_api import AuthenticatedClient

    from ._operation import Runner


class _ClientBase:
    """Configuration, transport and raw access, shared by both clients."""

    _config: ClientConfig
    _transport: SyncTransport | AsyncTransport
    _runner: Runner
    _asynchronous: ClassVar[bool]

    def __init__(self, http_client: httpx.Client | httpx.AsyncClient | None, **options: Any) -> None:
        timeout_given, max_retries = options["timeout"] is not None, options.pop("max_retries")
        self._config = resolve_config(**options)
        if self._asynchronous:
            if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
                raise TypeError("http_client must be an httpx.AsyncClient (use OtariClient for httpx.Client)")
            self._transport = AsyncTransport(
                self._config, http_client, timeout_given=timeout_given, max_retries=max_retries
            )
        else:
            if http_client is not None and not isinstance(http_client, httpx.Client):
                raise TypeError("http_client must be an httpx.Client (use AsyncOtariClient for httpx.AsyncClient)")
            self._transport = SyncTransport(
                self._config, http_client, timeout_given=timeout_given, max_retries=max_retries
            )
        self._runner = self._transport

    @property
    def platform_mode(self) -> bool:
        """True when talking to otari.ai with a platform token; False for a self-hosted gateway."""
        return self._config.platform_mode

    @property
    def api_base(self) -> str:
        """The gateway's base URL (without the API root, ``/v1``)."""
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout | None:
        """The timeout each request gets (an injected ``http_client``'s own, unless ``timeout`` was given)."""
        return self._transport.timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be retried (see the README's "Retries")."""
        configured = self._transport.max_retries
        return configured if configured is not None else self._transport.retrying.policy.max_retries

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated core's client (``otari_api.AuthenticatedClient``), for endpoints the SDK does not wrap.

        It uses this client's base URL, credential and auth header (``Otari-Key``
        self-hosted, ``Authorization`` on otari.ai; the client's key, not the
        admin key), default headers, User-Agent and timeout, and sends through
        this client's connection pool. Errors are not mapped: the generated
        functions return their parsed result or ``None``. Call the endpoints'
        ``sync`` functions (``asyncio`` ones, awaited, on the async client); do
        not close it (closing this client does)::

            from otari_api.api.health import health_liveness

            health_liveness.sync(client=client.raw)
        """
        from ._raw import async_raw_client, raw_client

        raw: AuthenticatedClient | None = self.__dict__.get("_raw")
        if raw is None:
            make = async_raw_client if self._transport.asynchronous else raw_client
            raw = make(self._config, self._transport.retrying, self._transport.timeout)  # type: ignore[arg-type]
            self.__dict__["_raw"] = raw
        return raw

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client with other defaults that shares this one's connections.

        For one call: ``client.with_options(max_retries=0, timeout=5).completion(...)``.
        """
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ValueError(f"max_retries must be a non-negative integer, got {max_retries!r}")
        copy = object.__new__(type(self))
        copy._config = self._config
        copy._transport = self._transport.with_options(
            timeout=None if timeout is None else merge_timeout(self._config, timeout), max_retries=max_retries
        )
        copy._runner = copy._transport
        return copy

    def __repr__(self) -> str:
        mode = "platform" if self.platform_mode else "self-hosted"
        return f"{type(self).__name__}(api_base={self._config.display_url!r}, mode={mode!r})"


class OtariClient(_ClientBase, Inference[Sync]):
    """Blocking client for an otari gateway.

    Args:
        api_base: the gateway's URL. Required for a self-hosted gateway; defaults
            to ``https://api.otari.ai`` in platform mode. The API root (``/v1``) is optional.
        api_key: a self-hosted gateway key, sent as ``Otari-Key: Bearer <key>``.
        platform_token: an otari.ai token, sent as ``Authorization: Bearer <token>``.
        admin_key: the control-plane (master) key; defaults to ``GATEWAY_ADMIN_KEY``,
            then to the platform token.
        default_headers: headers added to every request.
        timeout: seconds, or an :class:`httpx.Timeout`; default 600 s (5 s to connect).
        max_retries: retries for connection failures and 408/429/5xx answers (default 2;
            0 turns retries off).
        http_client: an :class:`httpx.Client` to send with (proxies, mTLS, custom
            transports). The caller keeps ownership: :meth:`close` leaves it open.

    With no credentials, the environment decides (see the README's table).
    """

    _transport: SyncTransport
    _asynchronous = False

    def __init__(
        self,
        *,
        api_base: str | None = None,
        api_key: str | None = None,
        platform_token: str | None = None,
        admin_key: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        options = {k: v for k, v in locals().items() if k not in ("self", "http_client", "__class__")}
        super().__init__(http_client, **options)

    def close(self) -> None:
        """Close the connection pool (not an ``http_client`` you passed in)."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncOtariClient(_ClientBase, Inference[Async]):
    """Asynchronous client for an otari gateway: the same methods as :class:`OtariClient`, awaited.

    Takes the same arguments, except that ``http_client`` is an :class:`httpx.AsyncClient`.
    Streams are async iterators (``async for``), and so are the ``iter`` methods.
    """

    _transport: AsyncTransport
    _asynchronous = True

    def __init__(
        self,
        *,
        api_base: str | None = None,
        api_key: str | None = None,
        platform_token: str | None = None,
        admin_key: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        options = {k: v for k, v in locals().items() if k not in ("self", "http_client", "__class__")}
        super().__init__(http_client, **options)

    async def aclose(self) -> None:
        """Close the connection pool (not an ``http_client`` you passed in)."""
        await self._transport.aclose()

    async def close(self) -> None:
        """Same as :meth:`aclose`."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
