"""Start the real any-llm gateway (and the fake upstream) for integration tests.

The gateway is the deprecated ``any-llm-sdk[gateway,openai]==1.14.0`` package.
It lives in its own virtualenv (``<repo>/.cache/gateway-venv`` by default) so
that its many dependencies never leak into the SDK's environment.

Typical use::

    with run_upstream() as upstream, run_gateway(upstream.base_url) as gw:
        httpx.get(f"{gw.base_url}/health")
        httpx.post(f"{gw.openai_base_url}/chat/completions", ...)

Models are addressed as ``openai:<model>`` (``openai/<model>`` works too); the
gateway forwards them to the fake upstream configured as the ``openai``
provider.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.servers.fake_upstream import FakeUpstream

REPO_ROOT = Path(__file__).resolve().parents[2]
GATEWAY_REQUIREMENT = "any-llm-sdk[gateway,openai]==1.14.0"
DEFAULT_VENV = REPO_ROOT / ".cache" / "gateway-venv"
_MARKER = "otari-gateway-requirement.txt"


def _venv_bin(venv: Path, name: str) -> Path:
    sub = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return venv / sub / f"{name}{suffix}"


def ensure_gateway_venv(path: Path = DEFAULT_VENV) -> Path:
    """Return a virtualenv that has the pinned gateway installed, creating it if needed.

    A marker file inside the venv records the requirement that was installed;
    when it matches (and the CLI exists) nothing is done, so repeat calls are cheap.
    """
    path = Path(path)
    marker = path / _MARKER

    def ready() -> bool:
        return (
            _venv_bin(path, "any-llm-gateway").exists()
            and marker.exists()
            and marker.read_text().strip() == GATEWAY_REQUIREMENT
        )

    if ready():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive_lock(path.parent / f"{path.name}.lock"):  # parallel test workers install only once
        if not ready():
            _install(path)
            marker.write_text(GATEWAY_REQUIREMENT + "\n")
    return path


@contextlib.contextmanager
def _exclusive_lock(lock_path: Path) -> Iterator[None]:
    """An inter-process lock on ``lock_path`` (POSIX only; elsewhere no locking)."""
    with lock_path.open("a") as handle:
        try:
            import fcntl
        except ImportError:
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


GATEWAY_PYTHON = (3, 11)  # any-llm 1.14 targets Python 3.11
GATEWAY_PYTHON_ENV = "OTARI_GATEWAY_PYTHON"  # set to an interpreter path to choose one yourself


def _python_version(executable: str) -> tuple[int, int] | None:
    """``(major, minor)`` of ``executable``, or None when it does not run (e.g. a pyenv shim without that version)."""
    try:
        result = subprocess.run(
            [executable, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    parts = result.stdout.split()
    if result.returncode != 0 or len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    return int(parts[0]), int(parts[1])


def _pyenv_candidates(name: str) -> list[str]:
    """Where pyenv keeps ``name`` (``pyenv which``, then every installed 3.11.x), if pyenv is there."""
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return []
    found: list[str] = []
    version = ".".join(map(str, GATEWAY_PYTHON))
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        which = subprocess.run(
            [pyenv, "which", name],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
            env={**os.environ, "PYENV_VERSION": version},
        )
        if which.returncode == 0 and which.stdout.strip():
            found.append(which.stdout.strip())
        root = subprocess.run([pyenv, "root"], capture_output=True, text=True, timeout=30, check=False).stdout.strip()
        if root:
            found += sorted(str(p) for p in Path(root, "versions").glob(f"{version}*/bin/{name}"))
    return found


def gateway_python() -> str:
    """A Python 3.11 interpreter to build the gateway's venv with, whatever Python runs the tests.

    Tried in order: ``$OTARI_GATEWAY_PYTHON``, this interpreter (if it is 3.11),
    ``python3.11`` on PATH, pyenv's 3.11. Falls back to this interpreter, which
    may or may not be able to install the gateway.
    """
    name = "python{}.{}".format(*GATEWAY_PYTHON)
    candidates = [os.environ.get(GATEWAY_PYTHON_ENV, ""), sys.executable, shutil.which(name) or ""]
    for candidate in [*candidates, *_pyenv_candidates(name)]:
        if candidate and _python_version(candidate) == GATEWAY_PYTHON:
            return candidate
    print(f"warning: no {name} found; building the gateway venv with {sys.executable}", file=sys.stderr)
    return sys.executable


def _install(path: Path) -> None:
    venv_python = _venv_bin(path, "python")
    if venv_python.exists() and _python_version(str(venv_python)) != GATEWAY_PYTHON:
        shutil.rmtree(path)  # left over from a run with another Python: start again with 3.11
    if not venv_python.exists():
        subprocess.run([gateway_python(), "-m", "venv", str(path)], check=True)
    subprocess.run(
        [
            str(_venv_bin(path, "python")),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            GATEWAY_REQUIREMENT,
        ],
        check=True,
    )


@dataclass
class Gateway:
    """A running gateway process.

    ``base_url`` is the server root (``/health`` lives there); the OpenAI-style
    API is under ``openai_base_url`` (``<base_url>/v1``).
    """

    base_url: str
    master_key: str
    process: subprocess.Popen[bytes]
    log_path: Path
    config_path: Path

    @property
    def openai_base_url(self) -> str:
        return f"{self.base_url}/v1"

    def log_tail(self, lines: int = 40) -> str:
        """The last ``lines`` lines of the gateway's combined stdout/stderr."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "<no log>"


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _gateway_env() -> dict[str, str]:
    """Our environment minus variables the gateway would read as configuration."""
    return {k: v for k, v in os.environ.items() if not k.upper().startswith("GATEWAY_") and k.upper() != "DATABASE_URL"}


def _stop(process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    if process.poll() is not None:
        return
    process.terminate()  # SIGTERM: uvicorn shuts down gracefully
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait_healthy(gateway: Gateway, deadline_s: float) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if gateway.process.poll() is not None:
            raise RuntimeError(
                f"gateway exited early with code {gateway.process.returncode}; log tail:\n{gateway.log_tail()}"
            )
        try:
            with urllib.request.urlopen(f"{gateway.base_url}/health", timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"gateway not healthy after {deadline_s:.0f}s; log tail:\n{gateway.log_tail()}")


@contextlib.contextmanager
def run_gateway(
    upstream_base_url: str,
    *,
    master_key: str | None = None,
    tmp_dir: Path | None = None,
    config_overrides: dict[str, Any] | None = None,
    venv: Path = DEFAULT_VENV,
    startup_timeout_s: float = 60.0,
) -> Iterator[Gateway]:
    """Run the real gateway on a free 127.0.0.1 port, with ``openai`` pointing at ``upstream_base_url``.

    The config (JSON, which is valid YAML), the SQLite database and the log go
    into ``tmp_dir`` when given (left in place for inspection) or into a fresh
    temporary directory that is removed afterwards. ``config_overrides`` is
    merged on top of the generated config (e.g. ``{"pricing": {...}}`` or
    ``{"rate_limit_rpm": 5}``). The gateway's first-run "bootstrap" API key is
    disabled: create keys with the master key instead.
    """
    venv = ensure_gateway_venv(venv)
    own_dir = tmp_dir is None
    workdir = Path(tmp_dir) if tmp_dir is not None else Path(tempfile.mkdtemp(prefix="otari-gateway-"))
    workdir.mkdir(parents=True, exist_ok=True)
    master_key = master_key or f"master-{secrets.token_hex(16)}"
    port = _free_port()
    config: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "database_url": f"sqlite:///{(workdir / 'gateway.db').resolve()}",
        "auto_migrate": True,
        "master_key": master_key,
        "bootstrap_api_key": False,
        "providers": {
            "openai": {"api_key": "sk-fake-upstream", "api_base": upstream_base_url, "client_args": {"max_retries": 0}}
        },
        **(config_overrides or {}),
    }
    config_path = workdir / "gateway.yaml"
    config_path.write_text(json.dumps(config, indent=2))
    log_path = workdir / "gateway.log"
    process: subprocess.Popen[bytes] | None = None
    try:
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [str(_venv_bin(venv, "any-llm-gateway")), "serve", "--config", str(config_path)],
                cwd=workdir,  # the gateway also reads a ./.env file; keep it away from ours
                env=_gateway_env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        gateway = Gateway(f"http://127.0.0.1:{port}", master_key, process, log_path, config_path)
        _wait_healthy(gateway, startup_timeout_s)
        yield gateway
    finally:
        if process is not None:
            _stop(process)
        if own_dir:
            shutil.rmtree(workdir, ignore_errors=True)


@contextlib.contextmanager
def run_upstream(*, verbose: bool = False) -> Iterator[FakeUpstream]:
    """Run the fake OpenAI upstream on a thread of this process (free port on 127.0.0.1).

    In-process is enough because the gateway is a separate process that reaches
    it over HTTP; each test or worker can have its own upstream.
    """
    with FakeUpstream(verbose=verbose) as upstream:
        yield upstream
