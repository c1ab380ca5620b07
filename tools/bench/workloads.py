"""The client side of each benchmark workload, run once per fresh process.

Run as a script (``python workloads.py CLIENT WORKLOAD --url URL ...``), not as
``-m tools.bench.workloads``: the peers' venvs must not see this repository on
``sys.path`` (the repository's ``otari`` package would shadow
``otari==0.2.0``). It prints one JSON object on stdout: CPU time of the
measured part (``resource.getrusage(RUSAGE_SELF)`` user + sys), its wall time,
and the process's peak RSS (``ru_maxrss``, KiB).

Clients:

* ``floor``: raw httpx (``httpx.Client`` / ``httpx.AsyncClient``), ``json.loads``
  of each response body and of each SSE ``data:`` line;
* ``ours``: ``otari.OtariClient`` / ``otari.AsyncOtariClient`` from this repository;
* ``openai``: the ``openai`` package, ``base_url`` = server + ``/v1``;
* ``otari020``: ``otari==0.2.0`` from PyPI, used as its README says.

Every client is used the way a caller would: build the client, make the call,
and read the answer's text (``choices[0].message.content`` /
``choices[0].delta.content``), which is checked, so a client that drops or
mangles data fails the run instead of looking fast.

Workloads: ``calls`` (sequential non-streaming completions), ``stream`` (one
long stream), ``concurrent`` (many concurrent async streams), ``embeddings``
(sequential embeddings; an extra, with no target). Import time is measured by
``run.py`` with :func:`import_snippet` in a bare interpreter.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import resource
import sys
import time
from typing import Any, Protocol

MODEL = "bench-model"
API_KEY = "bench"
MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "Say hello."}]
DELTA = "hello "  # the server's fixed delta (tools/bench/server.py)
EMBEDDING_DIM = 1536
# Connection pool for the concurrent workload: the openai client's defaults,
# so that every client has all its streams in flight at once.
MAX_CONNECTIONS = 1000
MAX_KEEPALIVE = 100

CLIENTS = ("floor", "ours", "openai", "otari020")
WORKLOADS = ("calls", "stream", "concurrent", "embeddings")


class BenchError(RuntimeError):
    """A client returned something other than the server's fixed answer."""


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _text_length(value: object) -> int:
    return len(value) if isinstance(value, str) else 0


def _count_deltas(stream: Any) -> tuple[int, int]:
    """Read a stream of typed chat chunks (ours, openai's, 0.2.0's): (chunks, text length)."""
    count = size = 0
    for chunk in stream:
        size += _text_length(chunk.choices[0].delta.content)
        count += 1
    return count, size


# --------------------------------------------------------------------------- sync clients


class SyncDriver(Protocol):
    def call(self) -> int:
        """One non-streaming completion; the length of its text."""

    def stream(self, chunks: int) -> tuple[int, int]:
        """One stream of ``chunks`` chunks; (chunks seen, text length)."""

    def embed(self) -> int:
        """One embedding; its dimension."""

    def close(self) -> None: ...


class FloorSync:
    def __init__(self, base: str) -> None:
        import httpx

        self.http = httpx.Client()
        self.chat_url = base + "/v1/chat/completions"
        self.embed_url = base + "/v1/embeddings"
        self.headers = {"Otari-Key": f"Bearer {API_KEY}"}

    def call(self) -> int:
        response = self.http.post(self.chat_url, json={"model": MODEL, "messages": MESSAGES}, headers=self.headers)
        if response.status_code != 200:
            raise BenchError(f"status {response.status_code}")
        data = json.loads(response.content)
        return _text_length(data["choices"][0]["message"]["content"])

    def stream(self, chunks: int) -> tuple[int, int]:
        body = {"model": MODEL, "messages": MESSAGES, "stream": True, "max_tokens": chunks}
        count = size = 0
        with self.http.stream("POST", self.chat_url, json=body, headers=self.headers) as response:
            if response.status_code != 200:
                raise BenchError(f"status {response.status_code}")
            for line in response.iter_lines():
                if line.startswith("data: "):
                    data = line[6:]
                    if data == "[DONE]":
                        break
                    chunk = json.loads(data)
                    size += _text_length(chunk["choices"][0]["delta"].get("content"))
                    count += 1
        return count, size

    def embed(self) -> int:
        response = self.http.post(self.embed_url, json={"model": MODEL, "input": "hello"}, headers=self.headers)
        if response.status_code != 200:
            raise BenchError(f"status {response.status_code}")
        return len(json.loads(response.content)["data"][0]["embedding"])

    def close(self) -> None:
        self.http.close()


class OursSync:
    def __init__(self, base: str) -> None:
        from otari import OtariClient

        self.client = OtariClient(api_base=base, api_key=API_KEY)

    def call(self) -> int:
        result = self.client.completion(model=MODEL, messages=MESSAGES)
        return _text_length(result.choices[0].message.content)

    def stream(self, chunks: int) -> tuple[int, int]:
        return _count_deltas(self.client.completion(model=MODEL, messages=MESSAGES, stream=True, max_tokens=chunks))

    def embed(self) -> int:
        result = self.client.embedding(model=MODEL, input="hello")
        vector = result.data[0].embedding
        return len(vector) if isinstance(vector, list) else 0

    def close(self) -> None:
        self.client.close()


class OpenAISync:
    def __init__(self, base: str) -> None:
        openai: Any = importlib.import_module("openai")
        self.client = openai.OpenAI(base_url=base + "/v1", api_key=API_KEY)

    def call(self) -> int:
        result = self.client.chat.completions.create(model=MODEL, messages=MESSAGES)
        return _text_length(result.choices[0].message.content)

    def stream(self, chunks: int) -> tuple[int, int]:
        return _count_deltas(
            self.client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True, max_tokens=chunks)
        )

    def embed(self) -> int:
        result = self.client.embeddings.create(model=MODEL, input="hello")
        return len(result.data[0].embedding)

    def close(self) -> None:
        self.client.close()


class Otari020Sync:
    def __init__(self, base: str) -> None:
        otari: Any = importlib.import_module("otari")
        self.client = otari.OtariClient(api_base=base, api_key=API_KEY)

    def call(self) -> int:
        result = self.client.completion(model=MODEL, messages=MESSAGES)
        return _text_length(result.choices[0].message.content)

    def stream(self, chunks: int) -> tuple[int, int]:
        return _count_deltas(self.client.completion(model=MODEL, messages=MESSAGES, stream=True, max_tokens=chunks))

    def embed(self) -> int:
        result = self.client.embedding(model=MODEL, input="hello")
        return len(result.data[0].embedding)

    def close(self) -> None:
        self.client.close()


SYNC: dict[str, type[FloorSync | OursSync | OpenAISync | Otari020Sync]] = {
    "floor": FloorSync,
    "ours": OursSync,
    "openai": OpenAISync,
    "otari020": Otari020Sync,
}


# --------------------------------------------------------------------------- async clients


class Tracker:
    """Counts the streams that are receiving chunks at once."""

    def __init__(self) -> None:
        self.active = 0
        self.peak = 0

    def start(self) -> None:
        self.active += 1
        self.peak = max(self.peak, self.active)

    def end(self) -> None:
        self.active -= 1


async def _acount_deltas(stream: Any, tracker: Tracker) -> tuple[int, int]:
    """:func:`_count_deltas` for an async stream; the tracker sees it from its first chunk to its end."""
    count = size = 0
    async for chunk in stream:
        if not count:
            tracker.start()
        size += _text_length(chunk.choices[0].delta.content)
        count += 1
    tracker.end()
    return count, size


class AsyncDriver(Protocol):
    async def stream(self, chunks: int, tracker: Tracker) -> tuple[int, int]: ...

    async def close(self) -> None: ...


def _async_pool() -> Any:
    import httpx

    return httpx.AsyncClient(
        limits=httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_KEEPALIVE),
        timeout=httpx.Timeout(600.0, connect=5.0),
    )


class FloorAsync:
    def __init__(self, base: str) -> None:
        self.http = _async_pool()
        self.chat_url = base + "/v1/chat/completions"
        self.headers = {"Otari-Key": f"Bearer {API_KEY}"}

    async def stream(self, chunks: int, tracker: Tracker) -> tuple[int, int]:
        body = {"model": MODEL, "messages": MESSAGES, "stream": True, "max_tokens": chunks}
        count = size = 0
        async with self.http.stream("POST", self.chat_url, json=body, headers=self.headers) as response:
            if response.status_code != 200:
                raise BenchError(f"status {response.status_code}")
            async for line in response.aiter_lines():
                if line.startswith("data: "):
                    data = line[6:]
                    if data == "[DONE]":
                        break
                    chunk = json.loads(data)
                    if not count:
                        tracker.start()
                    size += _text_length(chunk["choices"][0]["delta"].get("content"))
                    count += 1
        tracker.end()
        return count, size

    async def close(self) -> None:
        await self.http.aclose()


class OursAsync:
    def __init__(self, base: str) -> None:
        from otari import AsyncOtariClient

        # httpx's default pool holds 100 connections; give ours the same pool as the floor's.
        self.http = _async_pool()
        self.client = AsyncOtariClient(api_base=base, api_key=API_KEY, http_client=self.http)

    async def stream(self, chunks: int, tracker: Tracker) -> tuple[int, int]:
        stream = await self.client.completion(model=MODEL, messages=MESSAGES, stream=True, max_tokens=chunks)
        return await _acount_deltas(stream, tracker)

    async def close(self) -> None:
        await self.client.aclose()
        await self.http.aclose()


class OpenAIAsync:
    def __init__(self, base: str) -> None:
        openai: Any = importlib.import_module("openai")
        # The openai client's own pool already allows 1000 connections.
        self.client = openai.AsyncOpenAI(base_url=base + "/v1", api_key=API_KEY)

    async def stream(self, chunks: int, tracker: Tracker) -> tuple[int, int]:
        stream = await self.client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, max_tokens=chunks
        )
        return await _acount_deltas(stream, tracker)

    async def close(self) -> None:
        await self.client.close()


class Otari020Async:
    def __init__(self, base: str) -> None:
        otari: Any = importlib.import_module("otari")
        self.client = otari.AsyncOtariClient(api_base=base, api_key=API_KEY)
        # 0.2.0 takes no http client or pool limits; its httpx.AsyncClient would
        # hold 100 connections (and time out waiting for one after 5 s), so give
        # it the same pool as the others.
        self.client._http = _async_pool()

    async def stream(self, chunks: int, tracker: Tracker) -> tuple[int, int]:
        stream = await self.client.completion(model=MODEL, messages=MESSAGES, stream=True, max_tokens=chunks)
        return await _acount_deltas(stream, tracker)

    async def close(self) -> None:
        await self.client._http.aclose()


ASYNC: dict[str, type[FloorAsync | OursAsync | OpenAIAsync | Otari020Async]] = {
    "floor": FloorAsync,
    "ours": OursAsync,
    "openai": OpenAIAsync,
    "otari020": Otari020Async,
}


# --------------------------------------------------------------------------- workloads


def _check_stream(got: tuple[int, int], chunks: int) -> None:
    if got != (chunks, chunks * len(DELTA)):
        raise BenchError(f"stream: expected {chunks} chunks of {DELTA!r}, got {got[0]} chunks, {got[1]} characters")


def run_calls(driver: SyncDriver, count: int, warmup: int) -> dict[str, Any]:
    expected = driver.call()
    if expected <= 0:
        raise BenchError("calls: empty answer")
    for _ in range(warmup):
        driver.call()
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    for _ in range(count):
        if driver.call() != expected:
            raise BenchError("calls: answer changed")
    wall, cpu = time.perf_counter() - wall0, cpu_seconds() - cpu0
    return {"count": count, "cpu": cpu, "wall": wall, "cpu_us_per_call": cpu / count * 1e6}


def run_stream(driver: SyncDriver, chunks: int, warmup: int) -> dict[str, Any]:
    _check_stream(driver.stream(warmup), warmup)
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    got = driver.stream(chunks)
    wall, cpu = time.perf_counter() - wall0, cpu_seconds() - cpu0
    _check_stream(got, chunks)
    return {"chunks": chunks, "cpu": cpu, "wall": wall, "chunks_per_cpu_s": chunks / cpu}


def run_embeddings(driver: SyncDriver, count: int, warmup: int) -> dict[str, Any]:
    for _ in range(warmup + 1):
        if driver.embed() != EMBEDDING_DIM:
            raise BenchError("embeddings: wrong dimension")
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    for _ in range(count):
        driver.embed()
    wall, cpu = time.perf_counter() - wall0, cpu_seconds() - cpu0
    return {"count": count, "cpu": cpu, "wall": wall, "cpu_us_per_call": cpu / count * 1e6}


async def run_concurrent(driver: AsyncDriver, streams: int, chunks: int) -> dict[str, Any]:
    _check_stream(await driver.stream(chunks, Tracker()), chunks)  # warm-up: imports, one connection
    rss_before = peak_rss_kib()
    tracker = Tracker()
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    results = await asyncio.gather(*(driver.stream(chunks, tracker) for _ in range(streams)))
    wall, cpu = time.perf_counter() - wall0, cpu_seconds() - cpu0
    for got in results:
        _check_stream(got, chunks)
    await driver.close()
    return {
        "streams": streams,
        "chunks": chunks,
        "cpu": cpu,
        "wall": wall,
        "peak_in_flight": tracker.peak,
        "rss_before_kib": rss_before,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run one benchmark workload with one client; print JSON.")
    parser.add_argument("client", choices=CLIENTS)
    parser.add_argument("workload", choices=WORKLOADS)
    parser.add_argument("--url", required=True, help="the bench server, e.g. http://127.0.0.1:8000")
    parser.add_argument("--count", type=int, default=2000, help="calls (calls, embeddings)")
    parser.add_argument("--chunks", type=int, default=20000, help="chunks per stream (stream, concurrent)")
    parser.add_argument("--streams", type=int, default=500, help="concurrent streams (concurrent)")
    parser.add_argument("--warmup", type=int, default=50, help="untimed calls, or chunks of an untimed stream")
    parser.add_argument("--cpu", type=int, default=None, help="pin this process to one CPU")
    args = parser.parse_args(argv)
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})

    result: dict[str, Any]
    if args.workload == "concurrent":
        adriver = ASYNC[args.client](args.url)

        async def concurrent() -> dict[str, Any]:
            return await run_concurrent(adriver, args.streams, args.chunks)

        result = asyncio.run(concurrent())
    else:
        driver = SYNC[args.client](args.url)
        if args.workload == "calls":
            result = run_calls(driver, args.count, args.warmup)
        elif args.workload == "stream":
            result = run_stream(driver, args.chunks, args.warmup)
        else:
            result = run_embeddings(driver, args.count, args.warmup)
        driver.close()
    result["maxrss_kib"] = peak_rss_kib()
    result["python"] = sys.version.split()[0]
    sys.stdout.write(json.dumps(result) + "\n")


IMPORT_SNIPPET = """\
import resource, time
_c0 = resource.getrusage(resource.RUSAGE_SELF); _t0 = time.perf_counter()
{statement}
_t1 = time.perf_counter(); _c1 = resource.getrusage(resource.RUSAGE_SELF)
import json, sys
sys.stdout.write(json.dumps({{
    "wall": _t1 - _t0,
    "cpu": (_c1.ru_utime + _c1.ru_stime) - (_c0.ru_utime + _c0.ru_stime),
    "maxrss_kib": _c1.ru_maxrss,
}}) + "\\n")
"""


def import_snippet(statement: str) -> str:
    """A ``python -c`` program timing ``statement`` (an import) in a bare interpreter; prints JSON."""
    return IMPORT_SNIPPET.format(statement=statement)


if __name__ == "__main__":
    main()
