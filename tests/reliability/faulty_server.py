"""A local gateway that misbehaves on purpose, one scripted behaviour per request.

Every test gets its own *scenario*: a private URL prefix (``/t/<id>``) and a
script of :class:`Fault` actions, one consumed per request (the last one
repeats). So tests never share state, and each one sees exactly the requests
it caused::

    scenario = server.scenario(status(500), status(500), ok())
    client = OtariClient(api_base=scenario.base_url, api_key="...")
    client.completion(model="m", messages=[...])     # retried twice, then succeeds
    assert len(scenario.requests) == 3

``ok()`` answers like a well-behaved gateway: chat completions, responses and
messages (JSON, or server-sent events when the body asks ``"stream": true``)
echo the last user text; ``/v1/models``, ``/v1/embeddings``, ``/health`` and the
control plane's ``/v1/users`` answer valid payloads too. The other actions break
the exchange in one precise way (see the constructors below).

Every request is also recorded in :attr:`FaultyServer.all_requests`, scenario
or not, with all its headers: a second instance is the "other origin" of the
redirect tests. Stalls end as soon as the server stops, and :meth:`stop` shuts
every open connection, so nothing outlives the test session.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs

PREFIX = "/t/"


@attrs.frozen
class Fault:
    """One scripted answer. Build them with the functions below, not directly."""

    kind: str
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    seconds: float = 0.0
    frames: tuple[bytes, ...] | None = None
    after: int = 1


# --------------------------------------------------------------------------- the actions


def ok(*, headers: Mapping[str, str] | None = None) -> Fault:
    """A correct answer for the path (JSON, or an event stream when the request streams)."""
    return Fault("ok", headers=tuple((headers or {}).items()))


def status(code: int, body: Any = None, *, headers: Mapping[str, str] | None = None) -> Fault:
    """An error status with a FastAPI-style JSON body (``{"detail": ...}``) unless ``body`` is bytes."""
    if isinstance(body, bytes):
        content, content_type = body, "text/plain; charset=utf-8"
    else:
        detail = body if body is not None else f"scripted failure {code}"
        content, content_type = json.dumps({"detail": detail}).encode(), "application/json"
    all_headers = {"content-type": content_type, **(headers or {})}
    return Fault("raw", status=code, headers=tuple(all_headers.items()), body=content)


def raw(code: int, content_type: str, body: bytes) -> Fault:
    """Exactly this status, content type and body."""
    return Fault("raw", status=code, headers=(("content-type", content_type),), body=body)


def close_before_answer() -> Fault:
    """Read the request, then close the connection without a byte of answer."""
    return Fault("close")


def close_mid_body() -> Fault:
    """Announce a JSON body of some length, send part of it, close the connection."""
    return Fault("close_mid_body")


def close_mid_stream(after: int = 1) -> Fault:
    """Start a correct event stream, send ``after`` events, then drop the connection."""
    return Fault("close_mid_stream", after=after)


def stall(seconds: float) -> Fault:
    """Wait ``seconds`` before the status line (then answer correctly, if anyone still listens)."""
    return Fault("stall", seconds=seconds)


def stall_between_events(seconds: float, after: int = 1) -> Fault:
    """A correct stream that goes silent for ``seconds`` after ``after`` events."""
    return Fault("stall_events", seconds=seconds, after=after)


def drip(interval: float, piece: int = 8) -> Fault:
    """A correct answer sent slowly: ``piece`` bytes of a JSON body, or one event of a stream, every ``interval`` s."""
    return Fault("drip", seconds=interval, after=piece)


def sse(frames: Iterable[bytes], *, content_type: str = "text/event-stream; charset=utf-8") -> Fault:
    """A 200 chunked stream of exactly these bytes, properly ended."""
    return Fault("sse", frames=tuple(frames), headers=(("content-type", content_type),))


def error_after_first_event(message: str = "provider overloaded") -> Fault:
    """A chat stream whose first chunk is fine and whose second event is an error (the gateway's framing)."""
    first = chat_frames("Echo: hi", "model")[0]
    error = event(json.dumps({"error": {"message": message, "type": "overloaded"}}))
    return sse([first, error])


def redirect(target_base: str, code: int = 307) -> Fault:
    """Redirect to the same path under ``target_base`` (another host and port)."""
    return Fault("redirect", status=code, body=target_base.encode())


# --------------------------------------------------------------------------- well-formed answers


def event(data: str, name: str | None = None) -> bytes:
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {data}\n\n".encode()


def _last_user_text(body: Mapping[str, Any]) -> str:
    messages = body.get("messages")
    if isinstance(messages, list):
        for message in reversed(messages):
            if isinstance(message, dict) and message.get("role") == "user":
                content = message.get("content")
                return content if isinstance(content, str) else json.dumps(content)
    text = body.get("input")
    return text if isinstance(text, str) else ""


def chat_completion(text: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-faulty",
        "object": "chat.completion",
        "created": 1749131242,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
    }


def chat_frames(text: str, model: str) -> list[bytes]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        payload = {"id": "chatcmpl-faulty", "object": "chat.completion.chunk", "created": 1, "model": model}
        return event(json.dumps({**payload, "choices": [choice]}))

    words = text.split(" ")
    frames = [chunk({"role": "assistant", "content": ""})]
    frames += [chunk({"content": word if i == 0 else " " + word}) for i, word in enumerate(words)]
    frames += [chunk({}, "stop"), event("[DONE]")]
    return frames


def response_object(text: str, model: str) -> dict[str, Any]:
    return {
        "id": "resp_faulty",
        "object": "response",
        "created_at": 1755443394,
        "status": "completed",
        "model": model,
        "output": [
            {
                "type": "message",
                "id": "msg_faulty",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        ],
    }


def response_frames(text: str, model: str) -> list[bytes]:
    created = {"type": "response.created", "sequence_number": 0, "response": response_object("", model)}
    delta = {"type": "response.output_text.delta", "sequence_number": 1, "delta": text, "output_index": 0}
    done = {"type": "response.completed", "sequence_number": 2, "response": response_object(text, model)}
    return [event(json.dumps(e), e["type"]) for e in (created, delta, done)] + [event("[DONE]")]


def message_object(text: str, model: str) -> dict[str, Any]:
    return {
        "id": "msg_faulty",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 2},
    }


def message_frames(text: str, model: str) -> list[bytes]:
    start = message_object("", model) | {"content": [], "stop_reason": None}
    events = [
        {"type": "message_start", "message": start},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}},
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 2}},
        {"type": "message_stop"},
    ]
    return [event(json.dumps(e), e["type"]) for e in events] + [event("{}", "done")]


USER = {
    "user_id": "alice",
    "alias": None,
    "spend": 0.0,
    "budget_id": None,
    "budget_started_at": None,
    "next_budget_reset_at": None,
    "blocked": False,
    "created_at": "2026-01-02T03:04:05",
    "updated_at": "2026-01-02T03:04:05",
    "metadata": {},
}


def good_answer(method: str, path: str, body: Mapping[str, Any]) -> tuple[int, str, bytes] | list[bytes]:
    """What a well-behaved gateway answers: (status, content type, body), or event-stream frames."""
    model = str(body.get("model") or "model")
    text = "Echo: " + _last_user_text(body)
    streaming = body.get("stream") is True
    if path == "/v1/chat/completions":
        return chat_frames(text, model) if streaming else (200, "application/json", _json(chat_completion(text, model)))
    if path == "/v1/responses":
        return (
            response_frames(text, model)
            if streaming
            else (200, "application/json", _json(response_object(text, model)))
        )
    if path == "/v1/messages":
        return (
            message_frames(text, model) if streaming else (200, "application/json", _json(message_object(text, model)))
        )
    if path == "/v1/models":
        data = [{"id": "openai:gpt-4o-mini", "object": "model", "created": 1, "owned_by": "openai"}]
        return 200, "application/json", _json({"object": "list", "data": data})
    if path == "/v1/embeddings":
        data = [{"object": "embedding", "embedding": [0.5, 0.25], "index": 0}]
        return 200, "application/json", _json({"object": "list", "data": data, "model": model})
    if path == "/v1/audio/transcriptions":
        return 200, "application/json", _json({"text": "Echo: audio"})
    if path in ("/health", "/health/liveness"):
        return 200, "application/json", _json({"status": "healthy"} if path == "/health" else "I'm alive!")
    if path == "/v1/users" and method == "GET":
        return 200, "application/json", _json([USER])
    return 404, "application/json", _json({"detail": "Not Found"})


def _json(payload: Any) -> bytes:
    return json.dumps(payload).encode()


# --------------------------------------------------------------------------- recording


@attrs.frozen
class Seen:
    """One request as the server received it."""

    method: str
    path: str  # without the scenario prefix
    headers: dict[str, str]  # lower-case names
    body: bytes
    at: float  # time.monotonic() when the request had been read

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class Scenario:
    """A private URL prefix with its script and the requests it received."""

    def __init__(self, server: FaultyServer, actions: Iterable[Fault]) -> None:
        self.id = uuid.uuid4().hex[:12]
        self.server = server
        self.actions = list(actions) or [ok()]
        self.requests: list[Seen] = []
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"{self.server.url}{PREFIX}{self.id}"

    def next_action(self, seen: Seen) -> Fault:
        with self._lock:
            self.requests.append(seen)
            return self.actions.pop(0) if len(self.actions) > 1 else self.actions[0]

    def gaps(self) -> list[float]:
        """Seconds between consecutive requests (the waits between attempts)."""
        times = [r.at for r in self.requests]
        return [b - a for a, b in itertools.pairwise(times)]


# --------------------------------------------------------------------------- the server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 30  # an idle keep-alive connection cannot pin a thread for long

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PATCH = do_DELETE = do_PUT = do_GET

    # ----------------------------------------------------------------- plumbing

    def _read_body(self) -> bytes:
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("content-length") or 0))

    def _dispatch(self) -> None:
        owner = self.server.owner
        body = self._read_body()
        path = self.path.split("?", 1)[0]
        scenario = None
        if path.startswith(PREFIX):
            sid, _, rest = path[len(PREFIX) :].partition("/")
            scenario = owner.scenarios.get(sid)
            path = "/" + rest
        seen = Seen(self.command, path, {k.lower(): v for k, v in self.headers.items()}, body, time.monotonic())
        with owner.lock:
            owner.all_requests.append(seen)
        action = scenario.next_action(seen) if scenario is not None else ok()
        try:
            self._perform(action, seen)
        except OSError:  # the client left (it timed out, or closed the stream): nothing to do
            self.close_connection = True

    def _head(self, code: int, headers: Iterable[tuple[str, str]]) -> None:
        self.send_response(code)
        self.send_header("x-request-id", f"req-{uuid.uuid4().hex[:8]}")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()

    def _send(self, code: int, content_type: str, body: bytes, headers: Iterable[tuple[str, str]] = ()) -> None:
        self._head(code, [("content-type", content_type), ("content-length", str(len(body))), *headers])
        self.wfile.write(body)
        self.wfile.flush()

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _start_stream(self, content_type: str = "text/event-stream; charset=utf-8") -> None:
        self._head(
            200, [("content-type", content_type), ("transfer-encoding", "chunked"), ("cache-control", "no-cache")]
        )

    def _end_stream(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _abort(self) -> None:
        """Drop the connection at once (the client sees the peer go away)."""
        self.close_connection = True
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)

    def _good(self, seen: Seen) -> tuple[int, str, bytes] | list[bytes]:
        try:
            body = seen.json()
        except ValueError:
            body = None
        return good_answer(seen.method, seen.path, body if isinstance(body, dict) else {})

    def _good_frames(self, seen: Seen) -> list[bytes]:
        answer = self._good(seen)
        assert isinstance(answer, list), f"{seen.path} is not a streaming request"
        return answer

    # ----------------------------------------------------------------- behaviours

    def _perform(self, action: Fault, seen: Seen) -> None:
        stopping = self.server.owner.stopping
        kind = action.kind
        if kind == "stall":
            stopping.wait(action.seconds)
            kind = "ok"
        if kind == "ok":
            answer = self._good(seen)
            if isinstance(answer, list):
                self._start_stream()
                for frame in answer:
                    self._chunk(frame)
                self._end_stream()
            else:
                self._send(*answer, headers=action.headers)
        elif kind == "raw":
            content_type = dict(action.headers).get("content-type", "application/json")
            others = [(k, v) for k, v in action.headers if k != "content-type"]
            self._send(action.status, content_type, action.body, others)
        elif kind == "close":
            self._abort()
        elif kind == "close_mid_body":
            answer = self._good(seen)
            body = answer[2] if isinstance(answer, tuple) else b'{"id": "x", "object": "chat.completion"}'
            self._head(200, [("content-type", "application/json"), ("content-length", str(len(body)))])
            self.wfile.write(body[: len(body) // 2])
            self._abort()
        elif kind in ("close_mid_stream", "stall_events"):
            frames = self._good_frames(seen)
            self._start_stream()
            for frame in frames[: action.after]:
                self._chunk(frame)
            if kind == "close_mid_stream":
                self._abort()
                return
            stopping.wait(action.seconds)
            for frame in frames[action.after :]:
                self._chunk(frame)
            self._end_stream()
        elif kind == "drip":
            answer = self._good(seen)
            if isinstance(answer, list):
                self._start_stream()
                for frame in answer:
                    self._chunk(frame)
                    if stopping.wait(action.seconds):
                        return
                self._end_stream()
                return
            code, content_type, body = answer
            self._head(code, [("content-type", content_type), ("content-length", str(len(body)))])
            for start in range(0, len(body), action.after):
                self.wfile.write(body[start : start + action.after])
                self.wfile.flush()
                if stopping.wait(action.seconds):
                    return
        elif kind == "sse":
            self._start_stream(dict(action.headers)["content-type"])
            for frame in action.frames or ():
                self._chunk(frame)
            self._end_stream()
        elif kind == "redirect":
            location = action.body.decode() + seen.path
            self._send(action.status, "application/json", b"{}", [("location", location)])
        else:  # pragma: no cover - a typo in a test
            raise AssertionError(f"unknown fault {kind!r}")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: FaultyServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that resets a connection (after a timeout, say) is part of the game; anything else is not."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self.owner.lock:
            self.owner.open_sockets.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.owner.lock:
                self.owner.open_sockets.discard(request)


class FaultyServer:
    """The misbehaving gateway, on a free port of 127.0.0.1, in a background thread."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.scenarios: dict[str, Scenario] = {}
        self.all_requests: list[Seen] = []
        self.open_sockets: set[socket.socket] = set()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def scenario(self, *actions: Fault) -> Scenario:
        """A fresh prefix whose requests get ``actions`` in turn (the last one repeats)."""
        scenario = Scenario(self, actions)
        self.scenarios[scenario.id] = scenario
        return scenario

    def start(self) -> FaultyServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        with self.lock:
            sockets = list(self.open_sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):  # already gone
                sock.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._thread.join(timeout=5)
        deadline = time.monotonic() + 5
        while self.open_sockets and time.monotonic() < deadline:
            time.sleep(0.01)

    def __enter__(self) -> FaultyServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def refused_url() -> str:
    """A 127.0.0.1 URL where nothing listens (the port was free a moment ago)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
