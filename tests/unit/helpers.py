"""Helpers for the mocked-transport tests of the otari clients.

Everything here stands in for the *gateway*: fixtures read the realistic wire
payloads of ``tests/fixtures/wire``, :class:`FakeGateway` answers requests
(recording exactly what was sent), and the SSE helpers frame events the way
the real gateway does (see ``tests/servers/GATEWAY_FACTS.md``).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

import otari

WIRE = Path(__file__).resolve().parent.parent / "fixtures" / "wire"

BASE = "http://gateway.test"
API_KEY = "gw-self-hosted-secret-key-0123456789abcdef0123456789abcdef"
PLATFORM_TOKEN = "tk_platform_secret_token_9f8e7d6c5b4a"
ADMIN_KEY = "master-admin-secret-key-55aa"

ENV_VARS = ("OTARI_AI_TOKEN", "GATEWAY_PLATFORM_TOKEN", "GATEWAY_API_BASE", "GATEWAY_API_KEY", "GATEWAY_ADMIN_KEY")

USER_MESSAGES = [{"role": "user", "content": "Hello!"}]

MODEL_LIST = {
    "object": "list",
    "data": [
        {"id": "openai:gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "openai"},
        {"id": "anthropic:claude-sonnet-4-5", "object": "model", "created": 1759104000, "owned_by": "anthropic"},
    ],
}

MODERATION = {
    "id": "modr-5c0e1a2b3d4f",
    "model": "omni-moderation-2024-09-26",
    "results": [
        {
            "flagged": True,
            "categories": {"harassment": True, "violence": False},
            "category_scores": {"harassment": 0.91, "violence": 0.002},
            "category_applied_input_types": {"harassment": ["text"], "violence": ["text"]},
        }
    ],
}


def wire(name: str) -> Any:
    """A JSON wire fixture, decoded."""
    return json.loads((WIRE / name).read_text())


def wire_lines(name: str) -> list[dict[str, Any]]:
    """A JSON-lines wire fixture, one decoded object per line."""
    return [json.loads(line) for line in (WIRE / name).read_text().splitlines() if line.strip()]


# --------------------------------------------------------------------------- server-sent events


def sse_event(data: str, event: str | None = None) -> bytes:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {data}\n\n".encode()


def chat_sse(chunks: Iterable[Mapping[str, Any]], *, done: bool = True) -> list[bytes]:
    """Chat completion chunks framed as the gateway does: ``data:`` lines only, ending ``data: [DONE]``."""
    frames = [sse_event(json.dumps(chunk)) for chunk in chunks]
    if done:
        frames.append(sse_event("[DONE]"))
    return frames


def typed_sse(events: Iterable[Mapping[str, Any]]) -> list[bytes]:
    """Events with an ``event:`` line naming their ``type`` (responses and messages streams)."""
    return [sse_event(json.dumps(event), event=str(event["type"])) for event in events]


def responses_sse(events: Iterable[Mapping[str, Any]], *, done: bool = True) -> list[bytes]:
    """A responses stream: typed events, then ``data: [DONE]``."""
    return typed_sse(events) + ([sse_event("[DONE]")] if done else [])


def messages_sse(events: Iterable[Mapping[str, Any]], *, done: bool = True) -> list[bytes]:
    """A messages stream: typed events, then the gateway's ``event: done`` with ``data: {}``."""
    return typed_sse(events) + ([sse_event("{}", event="done")] if done else [])


class RecordingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent frame by frame, which remembers whether the client closed it."""

    def __init__(self, frames: Iterable[bytes]) -> None:
        self.frames = list(frames)
        self.sent = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for frame in self.frames:
            self.sent += 1
            yield frame

    async def __aiter__(self) -> Any:
        for frame in self.frames:
            self.sent += 1
            yield frame

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def sse_response(frames: Iterable[bytes] | RecordingStream, status: int = 200) -> httpx.Response:
    stream = frames if isinstance(frames, RecordingStream) else RecordingStream(frames)
    return httpx.Response(status, headers={"content-type": "text/event-stream; charset=utf-8"}, stream=stream)


# --------------------------------------------------------------------------- a fake gateway


Responder = Callable[[httpx.Request], httpx.Response]


class FakeGateway:
    """Answers by ``(METHOD, path)``; records every request it received, body read.

    An answer is an ``httpx.Response`` with its body in memory (sent afresh each
    time) or a function of the request (for streamed bodies).

    Unknown routes get the gateway's own ``404 {"detail": "Not Found"}``.
    """

    def __init__(self, routes: Mapping[tuple[str, str], httpx.Response | Responder] | None = None) -> None:
        self.routes: dict[tuple[str, str], httpx.Response | Responder] = dict(routes or {})
        self.requests: list[httpx.Request] = []

    def route(self, method: str, path: str, answer: httpx.Response | Responder) -> None:
        self.routes[(method, path)] = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.routes.get((request.method, request.url.path))
        if answer is None:
            return httpx.Response(404, json={"detail": "Not Found"})
        if isinstance(answer, httpx.Response):
            # A fresh copy each time: one httpx.Response cannot be sent twice.
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
        return answer(request)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "the gateway received no request"
        return self.requests[-1]

    def sync_client(self, **kwargs: Any) -> otari.OtariClient:
        kwargs.setdefault("api_base", BASE)
        if "platform_token" not in kwargs:
            kwargs.setdefault("api_key", API_KEY)
        return otari.OtariClient(http_client=httpx.Client(transport=httpx.MockTransport(self)), **kwargs)

    def async_client(self, **kwargs: Any) -> otari.AsyncOtariClient:
        kwargs.setdefault("api_base", BASE)
        if "platform_token" not in kwargs:
            kwargs.setdefault("api_key", API_KEY)
        return otari.AsyncOtariClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)), **kwargs)


def json_response(payload: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=payload, headers=headers)


def body_of(request: httpx.Request) -> Any:
    """The JSON body a request carried."""
    return json.loads(request.content)


# --------------------------------------------------------------------------- a real local SSE server


class _SSEHandler(BaseHTTPRequestHandler):
    """``POST`` answers a chat stream: a few chunks, then keep-alive comments until the client leaves.

    ``GET`` answers ``{"status": "healthy"}``. The server counts open
    connections and notes when a client abandons a stream.
    """

    protocol_version = "HTTP/1.1"
    server: SSEServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        with self.server.lock:
            self.server.open_connections += 1

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.lock:
                self.server.open_connections -= 1

    def do_GET(self) -> None:
        body = b'{"status":"healthy"}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.send_response(200)
        self.send_header("content-type", "text/event-stream; charset=utf-8")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        chunks = wire_lines("chat_completion_chunks.jsonl")
        try:
            for chunk in chunks[:3]:
                self._chunk(sse_event(json.dumps(chunk)))
            deadline = time.monotonic() + 10
            while not self.server.stopping.is_set() and time.monotonic() < deadline:
                self._chunk(b": keep-alive\n\n")
                time.sleep(0.01)
            self._chunk(sse_event("[DONE]"))
            self._chunk(b"")
        except OSError:
            self.server.abandoned.set()
            self.close_connection = True


class SSEServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SSEHandler)
        self.lock = threading.Lock()
        self.open_connections = 0
        self.abandoned = threading.Event()
        self.stopping = threading.Event()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> SSEServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        self._thread.join()

    def saw_client_leave(self, seconds: float = 3.0) -> bool:
        """True once the server noticed the client drop a stream (its socket closed mid-answer)."""
        return self.abandoned.wait(seconds)
