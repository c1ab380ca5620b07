"""Streaming answers: server-sent events decoded into typed events.

The three streaming endpoints end in their own ways, and all of them end the
iteration cleanly with nothing spurious yielded:

* chat completions: ``data: [DONE]``;
* responses: a ``response.completed`` event, then ``data: [DONE]``;
* messages: a ``message_stop`` event, then ``event: done`` with ``data: {}``.

An error reported inside the stream (``data: {"error": ...}`` for chat,
``event: error`` for the others) raises :class:`~otari.StreamError`. A stream
that stops before its end marker raises :class:`~otari.APIConnectionError`, so
a cut-off answer is never mistaken for a complete one.

Leaving a loop early releases the connection: each ``for`` loop runs its own
generator, whose ``finally`` closes the response when the loop ends, breaks,
raises, or is garbage collected.
"""

from __future__ import annotations

import contextlib
import functools
import json
import json.scanner
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar

import attrs
import httpx

if TYPE_CHECKING:
    import asyncio

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    OtariError,
    connection_error,
    redact,
    stream_error,
)

E = TypeVar("E")

Protocol = Literal["chat", "responses", "messages"]

# Event types after which a stream is complete, per protocol.
_TERMINAL_TYPES: dict[str, frozenset[str]] = {
    "chat": frozenset(),
    "responses": frozenset({"response.completed", "response.failed", "response.incomplete"}),
    "messages": frozenset({"message_stop"}),
}


@attrs.frozen(slots=True)
class StreamSpec(Generic[E]):
    """How to read one kind of stream: its protocol and the event parser."""

    protocol: Protocol
    parse: Callable[[dict[str, Any]], E]


@functools.cache
def stream_spec(protocol: Protocol) -> StreamSpec[Any]:
    """How to read each stream, built on first use (importing the event model then)."""
    if protocol == "chat":
        from otari_api.models.chat_completion_chunk import ChatCompletionChunk

        return StreamSpec("chat", ChatCompletionChunk.from_dict)
    if protocol == "responses":
        from otari_api.models.response_stream_event import ResponseStreamEvent

        return StreamSpec("responses", ResponseStreamEvent.from_dict)
    from otari_api.models.message_stream_event import MessageStreamEvent

    return StreamSpec("messages", MessageStreamEvent.from_dict)


# Closes scheduled by abandoned async streams; asyncio keeps only weak references to tasks.
_PENDING_CLOSES: set[asyncio.Task[None]] = set()


def _forget_close(task: asyncio.Task[None]) -> None:
    _PENDING_CLOSES.discard(task)
    if not task.cancelled():
        task.exception()  # a close that failed is not worth an "exception never retrieved" warning


class StreamConsumedError(OtariError):
    """A stream was iterated again after it finished, broke off or was closed; each stream is read once."""

    def __init__(self) -> None:
        super().__init__("this stream was already read to its end, or closed; make a new request to stream again")


class _Done(Exception):
    """Internal: the end marker was reached."""


class SSEParser:
    """Incremental server-sent events parser: text in, ``(event, data)`` pairs out.

    Lines end in ``\r\n``, ``\n`` or ``\r`` (and in nothing else: the
    ``\u2028``-style breaks that ``str.splitlines`` honours are data), a
    ``\r`` at the end of a chunk is held back in case a ``\n`` follows, a
    blank line dispatches the event, ``:`` lines are comments, and one space
    after a field's colon is dropped. ``id`` and ``retry`` are accepted and
    ignored (the SDK does not reconnect). One parser per stream, fed by the
    blocking and the async loop alike.
    """

    __slots__ = ("_data", "_event", "_pending")

    def __init__(self) -> None:
        self._pending = ""
        self._event = ""
        self._data: list[str] = []

    def feed(self, text: str) -> list[tuple[str, str]]:
        pending = self._pending + text if self._pending else text
        if "\r" in pending:
            held = pending.endswith("\r")
            if held:
                pending = pending[:-1]
            pending = pending.replace("\r\n", "\n").replace("\r", "\n")
            lines = pending.split("\n")
            self._pending = lines.pop() + ("\r" if held else "")
        else:
            lines = pending.split("\n")
            self._pending = lines.pop()
        events: list[tuple[str, str]] = []
        for line in lines:  # the common lines inline: this loop runs for every line of every stream
            if line.startswith("data: "):
                self._data.append(line[6:])
            elif not line:
                if self._data or self._event:
                    events.append((self._event or "message", "\n".join(self._data)))
                    self._data = []
                self._event = ""
            else:
                self._line(line)
        return events

    def close(self) -> list[tuple[str, str]]:
        """The body ended: a held-back ``\r`` ends its line; an event without its blank line is dropped."""
        events: list[tuple[str, str]] = []
        if self._pending.endswith("\r"):
            line = self._pending[:-1]
            if line:
                self._line(line)
            elif self._data or self._event:
                events.append((self._event or "message", "\n".join(self._data)))
        self._pending, self._event, self._data = "", "", []
        return events

    def _line(self, line: str) -> None:
        """A non-blank line other than ``data: ...``: a comment, or a field."""
        if line.startswith(":"):
            return
        field, _, value = line.partition(":")  # a line without a colon is a field with no value
        if value.startswith(" "):
            value = value[1:]
        if field == "event":
            self._event = value
        elif field == "data":
            self._data.append(value)


class _Decoder(Generic[E]):
    """Turns server-sent events into typed events; shared by both stream classes."""

    __slots__ = ("complete", "response", "spec", "terminal")

    def __init__(self, spec: StreamSpec[E], response: httpx.Response) -> None:
        self.spec = spec
        self.response = response
        self.terminal = _TERMINAL_TYPES[spec.protocol]
        self.complete = False

    def decode(self, name: str, data: str) -> E | None:
        """The typed event, or None for events to skip; raises _Done at the end marker."""
        if data == "[DONE]" or name == "done":
            self.complete = True
            raise _Done
        if name == "error":
            raise stream_error(_loads_lenient(data), self.response)
        if not data:
            return None  # keep-alive, or a comment-only event
        try:
            payload = _loads(data)
        except (ValueError, RecursionError):  # RecursionError: nested too deep to decode
            raise APIResponseValidationError(
                f"stream event is not JSON: {data[:200]!r}", response=self.response
            ) from None
        if not isinstance(payload, dict):
            raise APIResponseValidationError(
                f"stream event is not a JSON object: {data[:200]!r}", response=self.response
            )
        kind = payload.get("type")
        if kind == "error" or ("error" in payload and kind is None and "choices" not in payload):
            raise stream_error(payload, self.response)
        try:
            event = self.spec.parse(payload)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise APIResponseValidationError(
                f"stream event does not match the API ({type(exc).__name__}: {exc}): {data[:200]!r}",
                response=self.response,
            ) from None
        if isinstance(kind, str) and kind in self.terminal:  # a junk "type" (a list, say) is not hashable
            self.complete = True
        return event

    def check_end(self) -> None:
        if not self.complete:
            raise APIConnectionError(
                "The stream ended before the gateway finished it (no end marker).", request=self.response.request
            )


# The JSON decoder's C scanner, called directly: ``json.loads`` wraps the same scan in two Python
# frames and two regex matches for surrounding whitespace, about 40% of its cost on a small event.
# (Not in typeshed, and None on interpreters without the C accelerator: then json.loads it is.)
_make_c_scanner = getattr(json.scanner, "c_make_scanner", None)
_scan_once: Callable[[str, int], tuple[Any, int]] | None = (
    _make_c_scanner(json.JSONDecoder()) if _make_c_scanner is not None else None
)


def _loads(data: str) -> Any:
    """``json.loads(data)``, faster on the usual event (a JSON value with nothing around it)."""
    if _scan_once is not None:
        try:
            value, end = _scan_once(data, 0)
        except (StopIteration, ValueError, RecursionError):
            pass  # not JSON at the very start: json.loads says what is wrong
        else:
            if end == len(data):
                return value
    return json.loads(data)  # whitespace around the value, or the exact error


def _loads_lenient(data: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return data


def _check_content_type(response: httpx.Response) -> None:
    content_type = response.headers.get("content-type", "").partition(";")[0].strip()
    if content_type != "text/event-stream":
        raise APIResponseValidationError(
            f"expected a stream of server-sent events: content type text/event-stream, got {content_type!r}",
            response=response,
        )


class Stream(Generic[E]):
    """A blocking stream of typed events. Iterate it once; use it as a context manager to close it early."""

    def __init__(self, response: httpx.Response, spec: StreamSpec[E], secrets: tuple[str, ...] = ()) -> None:
        self.response = response
        self._spec = spec
        self._secrets = secrets  # scrubbed from errors, should the gateway echo a credential
        self._iterator: Iterator[E] | None = None
        self._read = False  # iterated or closed already: a stream is read once

    def __iter__(self) -> Iterator[E]:
        if self._iterator is not None:
            return self._iterator
        return self._events()

    def __next__(self) -> E:
        if self._iterator is None:
            self._iterator = self._events()
        return next(self._iterator)

    def _events(self) -> Iterator[E]:
        if self._read:
            raise StreamConsumedError
        self._read = True
        decoder = _Decoder(self._spec, self.response)
        parser = SSEParser()
        try:
            _check_content_type(self.response)
            for text in self.response.iter_text():
                for name, data in parser.feed(text):
                    event = decoder.decode(name, data)
                    if event is not None:
                        yield event
            for name, data in parser.close():
                event = decoder.decode(name, data)
                if event is not None:
                    yield event
            decoder.check_end()
        except _Done:
            return
        except httpx.RequestError as exc:
            raise connection_error(exc) from None
        except OtariError as exc:
            raise redact(exc, self._secrets)  # noqa: B904  # the same error, scrubbed
        finally:
            self.response.close()

    def close(self) -> None:
        """Release the connection now."""
        self._read = True
        self.response.close()

    def __del__(self) -> None:
        # A stream dropped before any loop read it to the end still holds its connection.
        response = getattr(self, "response", None)
        if response is not None and not response.is_closed:
            with contextlib.suppress(Exception):  # nothing useful to do about it in a finalizer
                response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Stream {self._spec.protocol} status={self.response.status_code}>"


class AsyncStream(Generic[E]):
    """An asynchronous stream of typed events (``async for``); ``aclose()`` or ``async with`` to close it early."""

    def __init__(self, response: httpx.Response, spec: StreamSpec[E], secrets: tuple[str, ...] = ()) -> None:
        self.response = response
        self._spec = spec
        self._secrets = secrets  # scrubbed from errors, should the gateway echo a credential
        self._iterator: AsyncIterator[E] | None = None
        self._read = False  # iterated or closed already: a stream is read once

    def __aiter__(self) -> AsyncIterator[E]:
        if self._iterator is not None:
            return self._iterator
        return self._events()

    async def __anext__(self) -> E:
        if self._iterator is None:
            self._iterator = self._events()
        return await anext(self._iterator)

    async def _events(self) -> AsyncIterator[E]:
        if self._read:
            raise StreamConsumedError
        self._read = True
        decoder = _Decoder(self._spec, self.response)
        parser = SSEParser()
        try:
            _check_content_type(self.response)
            async for text in self.response.aiter_text():
                for name, data in parser.feed(text):
                    event = decoder.decode(name, data)
                    if event is not None:
                        yield event
            for name, data in parser.close():
                event = decoder.decode(name, data)
                if event is not None:
                    yield event
            decoder.check_end()
        except _Done:
            return
        except httpx.RequestError as exc:
            raise connection_error(exc) from None
        except OtariError as exc:
            raise redact(exc, self._secrets)  # noqa: B904  # the same error, scrubbed
        finally:
            await self.response.aclose()

    async def aclose(self) -> None:
        """Release the connection now."""
        self._read = True
        await self.response.aclose()

    async def close(self) -> None:
        """Same as :meth:`aclose`."""
        await self.aclose()

    def __del__(self) -> None:
        # A stream dropped without being iterated still holds its connection; closing it must be
        # awaited, so hand that to the running event loop, if there is one (as asyncio does for
        # abandoned async generators).
        response = getattr(self, "response", None)
        if response is None or response.is_closed:
            return
        try:
            import asyncio  # here, so that blocking users never import it

            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(response.aclose())
        _PENDING_CLOSES.add(task)
        task.add_done_callback(_forget_close)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncStream {self._spec.protocol} status={self.response.status_code}>"
