"""The public clients: :class:`OtariClient` (blocking) and :class:`AsyncOtariClient`.

Both are thin: each method is a call description from :mod:`otari._calls`,
bound with ``sync_method`` or ``async_method``. The three streaming methods
spell out their overloads (so ``stream=True`` is typed as a stream) and
delegate to the same descriptions.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, Unpack, overload

import httpx

from . import _calls
from ._call import Call, async_method, sync_method
from ._config import ClientConfig, merge_timeout, resolve_config
from ._streaming import AsyncStream, Stream
from ._transport import AsyncTransport, SyncTransport

if TYPE_CHECKING:
    from otari_api import AuthenticatedClient
    from otari_api.models.chat_completion import ChatCompletion
    from otari_api.models.chat_completion_chunk import ChatCompletionChunk
    from otari_api.models.message import Message
    from otari_api.models.message_stream_event import MessageStreamEvent
    from otari_api.models.response_stream_event import ResponseStreamEvent

    from ._control_plane import AsyncControlPlane, ControlPlane
    from ._params import CompletionParams, MessageParams, ResponseParams
    from ._results import Response

T = TypeVar("T")


class _ClientBase:
    """Configuration shared by both clients."""

    _config: ClientConfig
    _transport: SyncTransport | AsyncTransport

    def __init__(
        self,
        *,
        api_base: str | None,
        api_key: str | None,
        platform_token: str | None,
        admin_key: str | None,
        default_headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | None,
    ) -> None:
        self._config = resolve_config(
            api_base=api_base,
            api_key=api_key,
            platform_token=platform_token,
            admin_key=admin_key,
            default_headers=default_headers,
            timeout=timeout,
        )

    @property
    def platform_mode(self) -> bool:
        """True when talking to otari.ai with a platform token; False for a self-hosted gateway."""
        return self._config.platform_mode

    @property
    def api_base(self) -> str:
        """The gateway's base URL (without a trailing ``/v1``)."""
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

    def _with(self, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Any:
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ValueError(f"max_retries must be a non-negative integer, got {max_retries!r}")
        copy = object.__new__(type(self))
        copy._config = self._config
        copy._transport = self._transport.with_options(
            timeout=None if timeout is None else merge_timeout(self._config, timeout), max_retries=max_retries
        )
        return copy

    def __repr__(self) -> str:
        mode = "platform" if self.platform_mode else "self-hosted"
        return f"{type(self).__name__}(api_base={self._config.display_url!r}, mode={mode!r})"


class OtariClient(_ClientBase):
    """Blocking client for an otari gateway.

    Args:
        api_base: the gateway's URL. Required for a self-hosted gateway; defaults
            to ``https://api.otari.ai`` in platform mode. ``/v1`` is optional.
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
        super().__init__(
            api_base=api_base,
            api_key=api_key,
            platform_token=platform_token,
            admin_key=admin_key,
            default_headers=default_headers,
            timeout=timeout,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use AsyncOtariClient for httpx.AsyncClient)")
        self._transport = SyncTransport(
            self._config, http_client, timeout_given=timeout is not None, max_retries=max_retries
        )

    def _run(self, call: Call[T]) -> T:
        return self._transport.run(call)

    # ----------------------------------------------------------------- streaming calls

    @overload
    def completion(self, *, stream: Literal[False] = False, **params: Unpack[CompletionParams]) -> ChatCompletion: ...
    @overload
    def completion(
        self, *, stream: Literal[True], **params: Unpack[CompletionParams]
    ) -> Stream[ChatCompletionChunk]: ...
    def completion(self, *, stream: bool = False, **params: Any) -> Any:
        """Create a chat completion; with ``stream=True``, iterate typed chunks."""
        return self._run(_calls.completion(stream=stream, **params))

    @overload
    def response(self, *, stream: Literal[False] = False, **params: Unpack[ResponseParams]) -> Response: ...
    @overload
    def response(self, *, stream: Literal[True], **params: Unpack[ResponseParams]) -> Stream[ResponseStreamEvent]: ...
    def response(self, *, stream: bool = False, **params: Any) -> Any:
        """Create a Responses API result (``.output_text``); with ``stream=True``, iterate typed events."""
        return self._run(_calls.response(stream=stream, **params))

    @overload
    def message(self, *, stream: Literal[False] = False, **params: Unpack[MessageParams]) -> Message: ...
    @overload
    def message(self, *, stream: Literal[True], **params: Unpack[MessageParams]) -> Stream[MessageStreamEvent]: ...
    def message(self, *, stream: bool = False, **params: Any) -> Any:
        """Create an Anthropic-style message (``max_tokens`` required); with ``stream=True``, iterate events."""
        return self._run(_calls.message(stream=stream, **params))

    # ----------------------------------------------------------------- other calls

    embedding = sync_method(_calls.embedding)
    list_models = sync_method(_calls.list_models_)
    get_model = sync_method(_calls.get_model_)
    moderation = sync_method(_calls.moderation)
    rerank = sync_method(_calls.rerank)
    image_generation = sync_method(_calls.image_generation)
    speech = sync_method(_calls.speech)
    transcription = sync_method(_calls.transcription)
    create_batch = sync_method(_calls.create_batch_)
    retrieve_batch = sync_method(_calls.retrieve_batch_)
    list_batches = sync_method(_calls.list_batches_)
    cancel_batch = sync_method(_calls.cancel_batch_)
    retrieve_batch_results = sync_method(_calls.retrieve_batch_results_)
    health = sync_method(_calls.health)

    # ----------------------------------------------------------------- control plane, lifecycle

    @property
    def control_plane(self) -> ControlPlane:
        """Keys, users, budgets, pricing and usage (needs the admin credential)."""
        from ._control_plane import ControlPlane

        plane: ControlPlane = self.__dict__.get("_control_plane") or ControlPlane(self._run)
        self.__dict__["_control_plane"] = plane
        return plane

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated core's client (``otari_api.AuthenticatedClient``), for endpoints the SDK does not wrap.

        It uses this client's base URL, credential and auth header (``Otari-Key``
        self-hosted, ``Authorization`` on otari.ai; the client's key, not the
        admin key), default headers, User-Agent and timeout, and sends through
        this client's connection pool. Errors are not mapped: the generated
        functions return their parsed result or ``None``. Call the endpoints'
        ``sync`` / ``sync_detailed`` functions; do not close it (``close()``
        of this client does)::

            from otari_api.api.health import health_liveness

            health_liveness.sync(client=client.raw)
        """
        from ._raw import raw_client

        raw: AuthenticatedClient | None = self.__dict__.get("_raw")
        if raw is None:
            raw = raw_client(self._config, self._transport.retrying, self._transport.timeout)
            self.__dict__["_raw"] = raw
        return raw

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client with other defaults that shares this one's connections.

        For one call: ``client.with_options(max_retries=0, timeout=5).completion(...)``.
        """
        copy: Self = self._with(timeout, max_retries)
        return copy

    def close(self) -> None:
        """Close the connection pool (not an ``http_client`` you passed in)."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncOtariClient(_ClientBase):
    """Asynchronous client for an otari gateway: the same methods as :class:`OtariClient`, awaited.

    Takes the same arguments, except that ``http_client`` is an :class:`httpx.AsyncClient`.
    Streams are async iterators (``async for``).
    """

    _transport: AsyncTransport

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
        super().__init__(
            api_base=api_base,
            api_key=api_key,
            platform_token=platform_token,
            admin_key=admin_key,
            default_headers=default_headers,
            timeout=timeout,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use OtariClient for httpx.Client)")
        self._transport = AsyncTransport(
            self._config, http_client, timeout_given=timeout is not None, max_retries=max_retries
        )

    async def _run(self, call: Call[T]) -> T:
        return await self._transport.run(call)

    # ----------------------------------------------------------------- streaming calls

    @overload
    async def completion(
        self, *, stream: Literal[False] = False, **params: Unpack[CompletionParams]
    ) -> ChatCompletion: ...
    @overload
    async def completion(
        self, *, stream: Literal[True], **params: Unpack[CompletionParams]
    ) -> AsyncStream[ChatCompletionChunk]: ...
    async def completion(self, *, stream: bool = False, **params: Any) -> Any:
        """Create a chat completion; with ``stream=True``, iterate typed chunks with ``async for``."""
        return await self._run(_calls.completion(stream=stream, **params))

    @overload
    async def response(self, *, stream: Literal[False] = False, **params: Unpack[ResponseParams]) -> Response: ...
    @overload
    async def response(
        self, *, stream: Literal[True], **params: Unpack[ResponseParams]
    ) -> AsyncStream[ResponseStreamEvent]: ...
    async def response(self, *, stream: bool = False, **params: Any) -> Any:
        """Create a Responses API result (``.output_text``); with ``stream=True``, iterate typed events."""
        return await self._run(_calls.response(stream=stream, **params))

    @overload
    async def message(self, *, stream: Literal[False] = False, **params: Unpack[MessageParams]) -> Message: ...
    @overload
    async def message(
        self, *, stream: Literal[True], **params: Unpack[MessageParams]
    ) -> AsyncStream[MessageStreamEvent]: ...
    async def message(self, *, stream: bool = False, **params: Any) -> Any:
        """Create an Anthropic-style message (``max_tokens`` required); with ``stream=True``, iterate events."""
        return await self._run(_calls.message(stream=stream, **params))

    # ----------------------------------------------------------------- other calls

    embedding = async_method(_calls.embedding)
    list_models = async_method(_calls.list_models_)
    get_model = async_method(_calls.get_model_)
    moderation = async_method(_calls.moderation)
    rerank = async_method(_calls.rerank)
    image_generation = async_method(_calls.image_generation)
    speech = async_method(_calls.speech)
    transcription = async_method(_calls.transcription)
    create_batch = async_method(_calls.create_batch_)
    retrieve_batch = async_method(_calls.retrieve_batch_)
    list_batches = async_method(_calls.list_batches_)
    cancel_batch = async_method(_calls.cancel_batch_)
    retrieve_batch_results = async_method(_calls.retrieve_batch_results_)
    health = async_method(_calls.health)

    # ----------------------------------------------------------------- control plane, lifecycle

    @property
    def control_plane(self) -> AsyncControlPlane:
        """Keys, users, budgets, pricing and usage (needs the admin credential)."""
        from ._control_plane import AsyncControlPlane

        plane: AsyncControlPlane = self.__dict__.get("_control_plane") or AsyncControlPlane(self._run)
        self.__dict__["_control_plane"] = plane
        return plane

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated core's client (``otari_api.AuthenticatedClient``), for endpoints the SDK does not wrap.

        Set up like :attr:`OtariClient.raw` (same base URL, auth header, headers,
        timeout, and this client's connection pool). Await the endpoints'
        ``asyncio`` / ``asyncio_detailed`` functions; do not close it::

            from otari_api.api.health import health_liveness

            await health_liveness.asyncio(client=client.raw)
        """
        from ._raw import async_raw_client

        raw: AuthenticatedClient | None = self.__dict__.get("_raw")
        if raw is None:
            raw = async_raw_client(self._config, self._transport.retrying, self._transport.timeout)
            self.__dict__["_raw"] = raw
        return raw

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client with other defaults that shares this one's connections (see :meth:`OtariClient.with_options`)."""
        copy: Self = self._with(timeout, max_retries)
        return copy

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
