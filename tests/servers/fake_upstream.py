"""A tiny, deterministic stand-in for OpenAI's HTTP API (standard library only).

Endpoints (served under ``/v1`` and, leniently, without the prefix):

* ``POST /v1/chat/completions`` -- replies ``"Echo: <last user message text>"``.
  Token counts are whitespace-separated words: ``prompt_tokens`` counts the words
  of every message's text, ``completion_tokens`` those of the reply (at least 1).
  With ``"stream": true`` the reply is sent as SSE: a first chunk with
  ``{"role": "assistant", "content": ""}``, one chunk per word, a chunk with
  ``finish_reason``, then -- only when ``stream_options.include_usage`` is true,
  as with OpenAI itself -- a usage chunk with ``"choices": []``, then
  ``data: [DONE]``. When ``tools`` are given (and ``tool_choice`` is not
  ``"none"``) the reply is a call to the first tool (or the one named by
  ``tool_choice``) with ``finish_reason: "tool_calls"``; its ``arguments`` is a
  JSON string filling each declared parameter (strings get the user's text).
  Streamed, the call arrives as ``tool_calls`` deltas.
* ``POST /v1/embeddings`` -- 8 floats per input (``dimensions`` overrides),
  derived from a hash of the text; each is a multiple of 1/128, so it is exact
  as float32. ``"encoding_format": "base64"`` gives base64 of little-endian
  float32 values (what the openai Python client asks for by default).
* ``GET /v1/models`` and ``GET /v1/models/{id}``.

Failure switches, read from each request so that parallel tests never share state.
Put a marker in the model name (through the gateway: ``openai:fail-429``), or,
when calling the fake directly, in an ``X-Fake-Upstream`` header (the gateway
does not forward headers):

* ``fail-NNN`` (e.g. ``fail-500``, ``fail-429``, ``fail-401``): answer status NNN
  with an OpenAI-style ``{"error": {...}}`` body (429 also sets ``retry-after: 0``).
* ``fail-midstream``: start the answer (two SSE chunks when streaming, half the
  JSON body otherwise), then drop the connection.
* ``sleep-MS`` (e.g. ``sleep-1500``): wait MS milliseconds before answering.

Every response carries an ``x-request-id`` header. Request logs are silent
unless ``verbose=True`` / ``--verbose``. Authorization is not checked.

Run it: ``python -m tests.servers.fake_upstream --port 8123``; or in-process::

    with FakeUpstream() as upstream:      # free port on 127.0.0.1
        print(upstream.base_url)          # e.g. http://127.0.0.1:40123/v1

(``start_upstream()`` does the same without a ``with``; call ``.stop()`` after.)
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import json
import re
import socket
import struct
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODELS = ["gpt-4o-mini", "gpt-4o", "text-embedding-3-small"]
DEFAULT_EMBEDDING_DIMS = 8
_ERROR_TYPES = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("permission_error", None),
    429: ("requests", "rate_limit_exceeded"),
}


# --- deterministic content -------------------------------------------------


def _text_of(content: Any) -> str:
    """Text of a message ``content``: a string or a list of ``{"type": "text"}`` parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def count_tokens(text: str) -> int:
    """The fake tokenizer: one token per whitespace-separated word."""
    return len(text.split())


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            return _text_of(message.get("content"))
    return ""


def _usage(messages: list[dict[str, Any]], completion_text: str) -> dict[str, int]:
    prompt = sum(count_tokens(_text_of(m.get("content"))) for m in messages)
    completion = max(1, count_tokens(completion_text))
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _tool_call(body: dict[str, Any], user_text: str) -> dict[str, Any] | None:
    """The tool call to answer with, or None when the request has no usable tools."""
    tools = body.get("tools") or []
    choice = body.get("tool_choice")
    if not tools or choice == "none":
        return None
    function = tools[0].get("function", {})
    if isinstance(choice, dict) and choice.get("function", {}).get("name"):
        wanted = choice["function"]["name"]
        function = next((t["function"] for t in tools if t.get("function", {}).get("name") == wanted), function)
    samples = {"string": user_text, "integer": 1, "number": 1.5, "boolean": True, "array": [], "object": {}}
    properties = (function.get("parameters") or {}).get("properties") or {}
    arguments = {name: samples.get(spec.get("type"), user_text) for name, spec in properties.items()}
    name = function.get("name", "tool")
    digest = hashlib.sha256(f"{name}:{user_text}".encode()).hexdigest()[:24]
    return {"id": f"call_{digest}", "type": "function", "function": {"name": name, "arguments": json.dumps(arguments)}}


def embedding_vector(text: str, dims: int = DEFAULT_EMBEDDING_DIMS) -> list[float]:
    """Deterministic vector for ``text``: hash bytes mapped to multiples of 1/128 in [-1, 1)."""
    return [(b - 128) / 128 for b in hashlib.shake_256(text.encode()).digest(dims)]


def _error_body(status: int, message: str) -> dict[str, Any]:
    err_type, code = _ERROR_TYPES.get(status, ("server_error", None))
    return {"error": {"message": message, "type": err_type, "param": None, "code": code}}


# --- HTTP -------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, and chunked streams so a drop is detectable
    server_version = "fake-openai/1.0"
    timeout = 120  # an idle keep-alive connection's thread ends after this many seconds
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    # routing

    def _route(self) -> str:
        path = self.path.split("?", 1)[0].rstrip("/")
        return path[3:] if path.startswith("/v1/") or path == "/v1" else path

    def do_GET(self) -> None:
        route = self._route()
        if route == "/models":
            self._send_json(200, {"object": "list", "data": [_model(m) for m in MODELS]})
        elif route.startswith("/models/"):
            self._send_json(200, _model(route[len("/models/") :]))
        elif route in ("", "/health"):
            self._send_json(200, {"status": "ok"})
        else:
            self._send_error(404, f"Invalid URL (GET {self.path})")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise ValueError("body must be a JSON object")
        except ValueError as exc:
            self._send_error(400, f"Invalid JSON body: {exc}")
            return
        switches = f"{body.get('model', '')} {self.headers.get('X-Fake-Upstream', '')}"
        if sleep := re.search(r"sleep-(\d+)", switches):
            time.sleep(int(sleep.group(1)) / 1000)
        if fail := re.search(r"fail-(\d{3})", switches):
            status = int(fail.group(1))
            self._send_error(status, f"Simulated upstream error {status} (model {body.get('model')!r})")
            return
        midstream = "fail-midstream" in switches
        route = self._route()
        if route == "/chat/completions":
            self._chat(body, midstream)
        elif route == "/embeddings":
            self._embeddings(body, midstream)
        else:
            self._send_error(404, f"Invalid URL (POST {self.path})")

    # endpoints

    def _chat(self, body: dict[str, Any], midstream: bool) -> None:
        messages = body.get("messages")
        if not body.get("model") or not isinstance(messages, list) or not messages:
            self._send_error(400, "'model' and a non-empty 'messages' list are required")
            return
        user_text = _last_user_text(messages)
        tool_call = _tool_call(body, user_text)
        reply = None if tool_call else f"Echo: {user_text}"
        usage = _usage(messages, tool_call["function"]["arguments"] if tool_call else reply or "")
        base = {
            "id": "chatcmpl-" + hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:24],
            "created": int(time.time()),
            "model": body["model"],
            "system_fingerprint": "fp_fake",
        }
        finish_reason = "tool_calls" if tool_call else "stop"
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            chunks = _chat_chunks(base, reply, tool_call, finish_reason, usage if include_usage else None)
            self._send_sse(chunks, drop_after=2 if midstream else None)
            return
        message: dict[str, Any] = {"role": "assistant", "content": reply, "refusal": None}
        if tool_call:
            message["tool_calls"] = [tool_call]
        choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}
        payload = {**base, "object": "chat.completion", "choices": [choice], "usage": usage}
        self._send_json(200, payload, truncate=midstream)

    def _embeddings(self, body: dict[str, Any], midstream: bool) -> None:
        inputs = body.get("input")
        if isinstance(inputs, str):
            inputs = [inputs]
        if not body.get("model") or not isinstance(inputs, list) or not inputs:
            self._send_error(400, "'model' and 'input' (a string or a list) are required")
            return
        dims = int(body.get("dimensions") or DEFAULT_EMBEDDING_DIMS)
        as_base64 = body.get("encoding_format") == "base64"
        data = []
        for index, item in enumerate(inputs):
            vector = embedding_vector(str(item), dims)
            encoded: Any = base64.b64encode(struct.pack(f"<{dims}f", *vector)).decode() if as_base64 else vector
            data.append({"object": "embedding", "index": index, "embedding": encoded})
        tokens = sum(count_tokens(str(item)) for item in inputs)
        payload = {
            "object": "list",
            "data": data,
            "model": body["model"],
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
        self._send_json(200, payload, truncate=midstream)

    # writing

    def _common_headers(self, status: int, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("x-request-id", f"req_{uuid.uuid4().hex}")
        if status == 429:
            self.send_header("retry-after", "0")

    def _send_json(self, status: int, payload: dict[str, Any], truncate: bool = False) -> None:
        data = json.dumps(payload).encode()
        self._common_headers(status, "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if truncate:  # promise the whole body, send half, hang up
            self.wfile.write(data[: len(data) // 2])
            self.close_connection = True
            return
        self.wfile.write(data)

    def _send_error(self, status: int, message: str) -> None:
        self._send_json(status, _error_body(status, message))

    def _send_sse(self, chunks: list[dict[str, Any]], drop_after: int | None) -> None:
        self._common_headers(200, "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        events = [f"data: {json.dumps(c)}\n\n" for c in chunks] + ["data: [DONE]\n\n"]
        for number, event in enumerate(events):
            if drop_after is not None and number == drop_after:
                self.close_connection = True  # no terminating zero-length chunk: the client sees a broken stream
                return
            raw = event.encode()
            self.wfile.write(b"%x\r\n%s\r\n" % (len(raw), raw))
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")


def _model(model_id: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": 1700000000, "owned_by": "fake-upstream"}


def _chat_chunks(
    base: dict[str, Any],
    reply: str | None,
    tool_call: dict[str, Any] | None,
    finish_reason: str,
    usage: dict[str, int] | None,
) -> list[dict[str, Any]]:
    """The ``chat.completion.chunk`` objects of one streamed answer, in order."""

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        extra = {"usage": None} if usage is not None else {}
        return {**base, "object": "chat.completion.chunk", "choices": [choice], **extra}

    chunks = []
    if tool_call:
        fn = tool_call["function"]
        head = {
            "index": 0,
            "id": tool_call["id"],
            "type": "function",
            "function": {"name": fn["name"], "arguments": ""},
        }
        chunks.append(chunk({"role": "assistant", "content": None, "tool_calls": [head]}))
        for piece in _split(fn["arguments"], 3):
            chunks.append(chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}))
    else:
        chunks.append(chunk({"role": "assistant", "content": "", "refusal": None}))
        chunks.extend(chunk({"content": word}) for word in re.findall(r"\S+\s*", reply or ""))
    chunks.append(chunk({}, finish_reason))
    if usage is not None:
        chunks.append({**base, "object": "chat.completion.chunk", "choices": [], "usage": usage})
    return chunks


def _split(text: str, parts: int) -> Iterator[str]:
    size = max(1, -(-len(text) // parts))
    return (text[i : i + size] for i in range(0, len(text), size))


class _Server(ThreadingHTTPServer):
    """Threaded server that remembers open connections so that stopping can close them."""

    daemon_threads = True
    verbose = False

    def __init__(self, address: tuple[str, int]) -> None:
        super().__init__(address, _Handler)
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._lock:
            self._open.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._open.discard(request)

    def close_connections(self) -> None:
        """Hang up on idle keep-alive clients, so nobody is served after a stop."""
        with self._lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class FakeUpstream:
    """The fake OpenAI server on its own background thread.

    ``port=0`` picks a free port. Use it as a context manager, or call
    :meth:`start` and :meth:`stop` yourself.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False) -> None:
        self._server = _Server((host, port))
        self._server.verbose = verbose
        self._host = host
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Root URL, without ``/v1``."""
        return f"http://{self._host}:{self.port}"

    @property
    def base_url(self) -> str:
        """What an OpenAI client (or the gateway's ``api_base``) should use: ``<url>/v1``."""
        return f"{self.url}/v1"

    def start(self) -> FakeUpstream:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-upstream", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving: close the listening socket and any open keep-alive connections."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()
        self._server.close_connections()

    def serve_forever(self) -> None:
        """Serve on the calling thread until interrupted (what the command line does)."""
        try:
            self._server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self._server.server_close()

    def __enter__(self) -> FakeUpstream:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def start_upstream(host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False) -> FakeUpstream:
    """Start a :class:`FakeUpstream` in a background thread and return it (call ``.stop()`` when done)."""
    return FakeUpstream(host, port, verbose=verbose).start()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Fake OpenAI-compatible upstream for tests.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)
    server = FakeUpstream(args.host, args.port, verbose=args.verbose)
    print(f"fake upstream listening on {server.base_url}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
