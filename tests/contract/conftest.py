"""Start a Prism mock of spec/openapi.json for the contract tests.

Prism comes from npm, pinned in tools/prism/package-lock.json. When its
binary is missing, the fixture installs it with ``npm ci`` (so ``pytest``
works on a fresh clone); without npm, the run fails and says what to install.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PRISM_DIR = ROOT / "tools" / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "openapi.json"
INSTALL_COMMAND = ["npm", "ci", "--prefix", "tools/prism", "--ignore-scripts", "--no-audit", "--no-fund"]
STARTUP_SECONDS = 60.0

# Prism reports what it found wrong with a request (or with its own answer) in this header.
VIOLATIONS_HEADER = "sl-violations"


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


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock serving spec/openapi.json with generated (dynamic) answers.

    ``--errors`` makes Prism answer with an error whenever it finds a violation
    (in our request, or in the answer it generated), instead of a normal mock answer.
    """
    if not PRISM_BIN.exists():
        _install_prism()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    command = [str(PRISM_BIN), "mock", "--dynamic", "--errors", "--host", "127.0.0.1", "--port", str(port), str(SPEC)]
    env = {**os.environ, "NO_COLOR": "1"}
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        _wait_until_up(process, url, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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
