"""A minimal, fast local gateway stand-in for the benchmarks.

It answers, on 127.0.0.1, with precomputed bytes so that the client under test
dominates the measurements:

* ``POST /v1/chat/completions``: a fixed ~1 KB ``chat.completion`` JSON; with
  ``"stream": true`` in the body, a server-sent event stream of N chunks (each
  with the same delta, the first also carrying the role, the last the
  ``finish_reason``), then ``data: [DONE]``. N is the request's ``max_tokens``
  (or the ``X-Bench-Chunks`` header), default 16. Like uvicorn, each event is
  one HTTP/1.1 chunk (``Transfer-Encoding: chunked``).
* ``POST /v1/embeddings``: a fixed 1536-dimension embedding.

The HTTP/1.1 handling is a raw asyncio protocol with keep-alive and pipelining,
enough for httpx, httpx2 and urllib3: it reads a ``Content-Length`` body and
never parses JSON (the few fields it needs are found with a regular
expression). It is stdlib-only and is run as a script in its own process
(``python server.py --port 0``); it prints ``PORT <n>`` once it listens.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import sys
from typing import Any

MODEL = "bench-model"
DELTA = "hello "
DEFAULT_CHUNKS = 16
EMBEDDING_DIM = 1536

_STREAM = re.compile(rb'"stream"\s*:\s*true')
_MAX_TOKENS = re.compile(rb'"max_tokens"\s*:\s*(\d+)')
_CHUNKS_HEADER = re.compile(rb"\r\nx-bench-chunks:\s*(\d+)")
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)")
_CONNECTION_CLOSE = re.compile(rb"\r\nconnection:\s*close")


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def completion_body() -> bytes:
    """The fixed non-streaming answer (about 1 KB)."""
    content = (
        "Benchmarks measure what a client adds on top of the network: the CPU it spends per call, "
        "the chunks it can decode per second, the memory each concurrent stream costs and the time "
        "its import takes. This fixed answer is long enough to look like a real short reply from a "
        "chat model, so that decoding it costs about what a real one would. "
    ) * 2
    body = {
        "id": "chatcmpl-bench0000000000000000000000",
        "object": "chat.completion",
        "created": 1700000000,
        "model": MODEL,
        "system_fingerprint": "fp_bench",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content.strip(), "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 21,
            "completion_tokens": 160,
            "total_tokens": 181,
            "prompt_tokens_details": {"cached_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0},
        },
    }
    return _dumps(body)


def chunk_event(delta: dict[str, Any], finish_reason: str | None) -> bytes:
    chunk = {
        "id": "chatcmpl-bench0000000000000000000000",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": MODEL,
        "system_fingerprint": "fp_bench",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
    }
    return b"data: " + _dumps(chunk) + b"\n\n"


def _http_chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def stream_response(n: int) -> bytes:
    """The whole streamed answer for ``n`` chunks: headers, chunked SSE events, ``[DONE]``."""
    first = _http_chunk(chunk_event({"role": "assistant", "content": DELTA}, None))
    middle = _http_chunk(chunk_event({"content": DELTA}, None))
    last = _http_chunk(chunk_event({"content": DELTA}, "stop"))
    if n <= 0:
        events = []
    elif n == 1:
        events = [_http_chunk(chunk_event({"role": "assistant", "content": DELTA}, "stop"))]
    else:
        events = [first, *([middle] * (n - 2)), last]
    head = (
        b"HTTP/1.1 200 OK\r\n"
        b"content-type: text/event-stream; charset=utf-8\r\n"
        b"cache-control: no-cache\r\n"
        b"transfer-encoding: chunked\r\n\r\n"
    )
    return head + b"".join(events) + _http_chunk(b"data: [DONE]\n\n") + b"0\r\n\r\n"


def embedding_body() -> bytes:
    vector = [round(((i * 7919) % 2000) / 1000.0 - 1.0, 6) for i in range(EMBEDDING_DIM)]
    body = {
        "object": "list",
        "data": [{"object": "embedding", "embedding": vector, "index": 0}],
        "model": MODEL,
        "usage": {"prompt_tokens": 8, "total_tokens": 8},
    }
    return _dumps(body)


def _json_response(body: bytes, status: bytes = b"200 OK") -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\ncontent-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


COMPLETION = _json_response(completion_body())
EMBEDDING = _json_response(embedding_body())
NOT_FOUND = _json_response(b'{"detail":"not found"}', b"404 Not Found")
BAD_REQUEST = _json_response(b'{"detail":"bad request"}', b"400 Bad Request")
_STREAMS: dict[int, bytes] = {}


def stream_bytes(n: int) -> bytes:
    cached = _STREAMS.get(n)
    if cached is None:
        cached = _STREAMS[n] = stream_response(n)
    return cached


def answer(head: bytes, body: bytes) -> bytes:
    """The response bytes for one request (``head`` is lower-cased, without the final blank line)."""
    line_end = head.find(b"\r\n")
    parts = head[: line_end if line_end >= 0 else len(head)].split(b" ")
    if len(parts) < 2 or parts[0] != b"post":
        return NOT_FOUND
    path = parts[1].split(b"?", 1)[0]
    if path == b"/v1/chat/completions":
        if _STREAM.search(body) is None:
            return COMPLETION
        match = _CHUNKS_HEADER.search(head) or _MAX_TOKENS.search(body)
        return stream_bytes(int(match.group(1)) if match else DEFAULT_CHUNKS)
    if path == b"/v1/embeddings":
        return EMBEDDING
    return NOT_FOUND


class Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection; requests may be pipelined."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        transport = self.transport
        assert transport is not None
        buffer = self.buffer
        buffer += data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buffer[:end]).lower()
            match = _CONTENT_LENGTH.search(head)
            length = int(match.group(1)) if match else 0
            if b"\r\ntransfer-encoding:" in head:
                transport.write(BAD_REQUEST)
                transport.close()
                return
            total = end + 4 + length
            if len(buffer) < total:
                return
            body = bytes(buffer[end + 4 : total])
            del buffer[:total]
            transport.write(answer(head, body))
            if _CONNECTION_CLOSE.search(head):
                transport.close()
                return


async def serve(host: str, port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Connection, host, port, backlog=2048, reuse_address=True)
    bound = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"PORT {bound}\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this CPU")
    args = parser.parse_args(argv)
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    asyncio.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
