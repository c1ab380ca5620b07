"""Prism mocks of every supported gateway for the contract tests.

One mock serves ``spec/openapi.json``, the spec derived from the newest gateway
document; one more serves each *older* supported document of
``spec/source.json``, derived into the same shape by
:func:`tools.spec.derive_older`. Each mock starts once per session, when a test
first needs it, and all of them stop at the end of the session.

Prism is given a copy of each spec with two rewrites (:func:`prism_ready`) that
work around limits of Prism 5.14 and leave the set of valid requests and
answers as it is:

* a query parameter typed ``anyOf: [array, null]`` (FastAPI's
  ``list[str] | None``) becomes the array: Prism turns a query parameter given
  once into an array only for a plain array schema, so it would refuse
  ``?user_id=alice``, which the gateway reads as ``["alice"]`` (and a query
  string cannot carry a null);
* an integer with a numeric ``exclusiveMinimum`` / ``exclusiveMaximum`` (the
  JSON Schema 2020-12 form) also gets the equivalent ``minimum`` / ``maximum``:
  Prism's answer generator ignores the numeric form, makes values its own
  validator then rejects, and answers 500 (``PricingTier.min_input_tokens``).

Prism comes from npm, pinned in tools/prism/package-lock.json. When its
binary is missing, the fixture installs it with ``npm ci`` (so ``pytest``
works on a fresh clone); without npm, the run fails and says what to install.
"""

from __future__ import annotations

import copy
import json
import math
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tools.spec import derive_older, dump, iter_operations, load_source
from tools.spec.source import load_older

ROOT = Path(__file__).resolve().parents[2]
PRISM_DIR = ROOT / "tools" / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "openapi.json"
INSTALL_COMMAND = ["npm", "ci", "--prefix", "tools/prism", "--ignore-scripts", "--no-audit", "--no-fund"]
STARTUP_SECONDS = 60.0

# Prism reports what it found wrong with a request (or with its own answer) in this header.
VIOLATIONS_HEADER = "sl-violations"


def endpoint_key(method: str, path: str) -> tuple[str, str]:
    """An operation as ``(METHOD, path)`` with the path parameters' names left out (``/v1/keys/{}``)."""
    return method.upper(), re.sub(r"\{[^}]+\}", "{}", path)


@dataclass(frozen=True)
class Mock:
    """One gateway to mock: its commit (the test id) and the spec derived from its document."""

    gateway_commit: str
    spec: dict[str, Any] = field(repr=False, compare=False)
    newest: bool

    @property
    def operations(self) -> frozenset[tuple[str, str]]:
        """Every operation this gateway has (see :func:`endpoint_key`)."""
        return frozenset(endpoint_key(method, path) for path, method, _ in iter_operations(self.spec))

    def __str__(self) -> str:
        return self.gateway_commit


def _load_mocks() -> tuple[Mock, ...]:
    source = load_source()
    newest = Mock(source.newest.gateway_commit, json.loads(SPEC.read_text(encoding="utf-8")), newest=True)
    # load_older reads each document at its recorded path and checks its recorded sha256.
    older = tuple(
        Mock(record.gateway_commit, derive_older(document), newest=False) for record, document in load_older(source)
    )
    return (newest, *older)


#: The newest gateway first, then the older supported ones in the order of spec/source.json.
MOCKS = _load_mocks()


def _array_of_nullable(schema: Any) -> Any:
    """The array branch of ``anyOf: [array, null]``, with the schema's other keywords; else ``schema``."""
    if not isinstance(schema, dict) or not isinstance(schema.get("anyOf"), list):
        return schema
    branches = schema["anyOf"]
    arrays = [branch for branch in branches if isinstance(branch, dict) and branch.get("type") == "array"]
    nulls = [branch for branch in branches if branch == {"type": "null"}]
    if len(arrays) != 1 or len(arrays) + len(nulls) != len(branches):
        return schema
    return {**{key: value for key, value in schema.items() if key != "anyOf"}, **arrays[0]}


def _integer_bounds(node: Any) -> None:
    """Add ``minimum`` / ``maximum`` beside an integer's numeric ``exclusiveMinimum`` / ``exclusiveMaximum``."""
    if isinstance(node, list):
        for item in node:
            _integer_bounds(item)
        return
    if not isinstance(node, dict):
        return
    if node.get("type") == "integer":
        low, high = node.get("exclusiveMinimum"), node.get("exclusiveMaximum")
        if isinstance(low, int | float) and not isinstance(low, bool) and "minimum" not in node:
            node["minimum"] = math.floor(low) + 1
        if isinstance(high, int | float) and not isinstance(high, bool) and "maximum" not in node:
            node["maximum"] = math.ceil(high) - 1
    for value in node.values():
        _integer_bounds(value)


def prism_ready(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` for Prism, with the two rewrites of the module docstring."""
    ready = copy.deepcopy(spec)
    for _, _, operation in iter_operations(ready):
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "query" and "schema" in parameter:
                parameter["schema"] = _array_of_nullable(parameter["schema"])
    _integer_bounds(ready)
    return ready


def _install_prism() -> None:
    if shutil.which("npm") is None:
        pytest.fail(
            f"Prism is not installed ({PRISM_BIN.relative_to(ROOT)} is missing) and npm is not on PATH. "
            f"Install Node.js 20+ with npm, then run from the repository root: {' '.join(INSTALL_COMMAND)}",
            pytrace=False,
        )
    done = subprocess.run(INSTALL_COMMAND, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not PRISM_BIN.exists():
        pytest.fail(
            f"`{' '.join(INSTALL_COMMAND)}` failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}",
            pytrace=False,
        )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Prism exited with {process.returncode} while starting:\n{log.read_text()}", pytrace=False)
        try:
            if httpx.get(url + "/health", timeout=1.0, trust_env=False).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail(f"Prism did not answer {url}/health within {STARTUP_SECONDS:.0f} s:\n{log.read_text()}", pytrace=False)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class PrismMocks:
    """The running Prism mocks of a session, one per :class:`Mock`, each started when first asked for.

    Every mock runs ``--dynamic`` (answers generated from the response schemas)
    and ``--errors`` (an error answer whenever Prism finds a violation, in our
    request or in the answer it generated, instead of a normal mock answer).
    """

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._tmp = tmp_path_factory
        self._urls: dict[str, str] = {}
        self._processes: list[subprocess.Popen[bytes]] = []

    def url(self, mock: Mock) -> str:
        if mock.gateway_commit not in self._urls:
            self._urls[mock.gateway_commit] = self._start(mock)
        return self._urls[mock.gateway_commit]

    def _start(self, mock: Mock) -> str:
        if not PRISM_BIN.exists():
            _install_prism()
        folder = self._tmp.mktemp(f"prism-{mock.gateway_commit}")
        spec_file = folder / "openapi.json"
        spec_file.write_text(dump(prism_ready(mock.spec)), encoding="utf-8")
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        log = folder / "prism.log"
        command = [str(PRISM_BIN), "mock", "--dynamic", "--errors", "--host", "127.0.0.1", "--port", str(port)]
        env = {**os.environ, "NO_COLOR": "1"}
        with log.open("wb") as out:
            process = subprocess.Popen(
                [*command, str(spec_file)], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env
            )
        self._processes.append(process)
        _wait_until_up(process, url, log)
        return url

    def close(self) -> None:
        for process in self._processes:
            _stop(process)
        self._processes.clear()
        self._urls.clear()


@pytest.fixture(scope="session")
def prism_mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismMocks]:
    """The session's Prism mocks (none runs until a test asks for its URL)."""
    mocks = PrismMocks(tmp_path_factory)
    try:
        yield mocks
    finally:
        mocks.close()


@pytest.fixture
def prism_url(mock: Mock, prism_mocks: PrismMocks) -> str:
    """Base URL of the Prism mock of the test's ``mock`` parameter (started on first use, then reused)."""
    return prism_mocks.url(mock)


class Exchange:
    """One request the SDK sent to Prism and what Prism said about it."""

    def __init__(self, response: httpx.Response) -> None:
        self.method = response.request.method
        self.url = str(response.request.url)
        self.status = response.status_code
        raw = response.headers.get(VIOLATIONS_HEADER)
        self.violations: list[dict[str, Any]] = json.loads(raw) if raw else []
        self.request_body = _request_text(response.request)
        # Only failed answers are read here (to show them); successful ones are left to the SDK.
        self.error_body = response.text[:1000] if response.status_code >= 300 else ""

    def describe(self) -> str:
        lines = [f"{self.method} {self.url} -> {self.status}"]
        for violation in self.violations:
            where = ".".join(str(part) for part in violation.get("location", []))
            lines.append(f"  [{violation.get('severity')}] {where}: {violation.get('message')}")
        if self.request_body:
            lines.append(f"  request body: {self.request_body}")
        if self.error_body and not self.violations:  # with violations, Prism's answer is only generated filler
            lines.append(f"  answer: {self.error_body}")
        return "\n".join(lines)


def _request_text(request: httpx.Request, limit: int = 2000) -> str:
    try:
        body = request.content
    except httpx.RequestNotRead:  # a streamed (multipart) body
        return "<streamed body>"
    if request.headers.get("content-type", "").startswith("multipart/"):
        return f"<multipart body, {len(body)} bytes>"
    return body[:limit].decode("utf-8", "replace")


class Recorder:
    """Collects an :class:`Exchange` per response, through httpx event hooks."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def sync_hook(self, response: httpx.Response) -> None:
        if response.status_code >= 300:
            response.read()
        self.exchanges.append(Exchange(response))

    async def async_hook(self, response: httpx.Response) -> None:
        if response.status_code >= 300:
            await response.aread()
        self.exchanges.append(Exchange(response))


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()
