"""Orchestrate the benchmark suite of issue 7 (``nox -s bench``, or ``python -m tools.bench``).

Starts the local server (:mod:`tools.bench.server`) in its own process, pinned
to one CPU; runs every workload with every client in a fresh process pinned to
the other CPU (:mod:`tools.bench.workloads`), several times, interleaving the
clients; prints a table of medians with each client's ratio to the floor and
writes it to ``BENCHMARKS.md`` with the machine, the versions and the date, and
whether each target of the issue is met. ``--quick`` scales the counts down
about ten times for a smoke run (and writes ``.cache/bench/BENCHMARKS-quick.md``
so the full run's file is kept). The benchmark only reports: it fails only if a
client fails or returns a wrong answer.

The peers live in their own venvs under ``.cache/bench/`` (created on first use,
pinned): ``openai`` and ``otari==0.2.0`` (the same import name as ours, so never
in the same environment). The floor (raw httpx) runs in this interpreter; ours
too, from a copy of this working tree's ``otari`` and ``generated/otari_api``
taken when the run starts (``.cache/bench/ours``, on ``PYTHONPATH``).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .workloads import MAX_CONNECTIONS, import_snippet

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = Path(__file__).resolve().parent
CACHE = ROOT / ".cache" / "bench"
WORKLOAD_SCRIPT = BENCH_DIR / "workloads.py"
SERVER_SCRIPT = BENCH_DIR / "server.py"

OPENAI_VERSION = "3.54.0"
OTARI_OLD_VERSION = "0.2.0"
# Each peer's venv: its pinned requirements. otari 0.2.0 gets the floor's httpx.
PEER_REQUIREMENTS: dict[str, list[str]] = {
    "openai": [f"openai=={OPENAI_VERSION}"],
    "otari020": [f"otari=={OTARI_OLD_VERSION}", "httpx==0.28.1"],
}
# Distributions whose versions are reported, per client.
REPORTED_PACKAGES: dict[str, list[str]] = {
    "floor": ["httpx", "httpcore", "h11"],
    "ours": ["httpx", "attrs", "python-dateutil"],
    "openai": ["openai", "httpx2", "pydantic", "pydantic-core"],
    "otari020": ["otari", "httpx", "pydantic", "pydantic-core", "urllib3"],
}

CLIENTS = ("floor", "ours", "openai", "otari020")
LABELS = {
    "floor": "floor (raw httpx)",
    "ours": "ours (otari, this tree)",
    "openai": f"openai {OPENAI_VERSION}",
    "otari020": f"otari {OTARI_OLD_VERSION}",
}
SERVER_CPU = 1
CLIENT_CPU = 0


@dataclass(frozen=True)
class Scale:
    calls: int
    call_warmup: int
    chunks: int
    stream_warmup: int
    streams: int
    stream_chunks: int
    embeddings: int
    repeats: int
    imports: int


FULL = Scale(
    calls=2000,
    call_warmup=50,
    chunks=20000,
    stream_warmup=200,
    streams=500,
    stream_chunks=200,
    embeddings=1000,
    repeats=5,
    imports=10,
)
QUICK = Scale(
    calls=200,
    call_warmup=20,
    chunks=2000,
    stream_warmup=50,
    streams=50,
    stream_chunks=200,
    embeddings=100,
    repeats=3,
    imports=3,
)

# Import statements per client: the plain package import (the target), and the client class.
IMPORTS: dict[str, tuple[str, str]] = {
    "floor": ("import httpx", "import httpx"),
    "ours": ("import otari", "from otari import OtariClient"),
    "openai": ("import openai", "from openai import OpenAI"),
    "otari020": ("import otari", "from otari import OtariClient"),
}


# --------------------------------------------------------------------------- environments


def venv_python(name: str) -> Path:
    return CACHE / name / "bin" / "python"


def ensure_venv(name: str, requirements: list[str], log: Callable[[str], None]) -> Path:
    """Create (or re-create, when the pins changed) the venv of one peer; return its python."""
    path = CACHE / name
    marker = path / ".bench-requirements"
    wanted = "\n".join(requirements) + "\n"
    python = venv_python(name)
    if python.exists() and marker.exists() and marker.read_text() == wanted:
        return python
    log(f"creating {path} ({' '.join(requirements)})")
    shutil.rmtree(path, ignore_errors=True)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(path)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *requirements], check=True
    )
    marker.write_text(wanted)
    return python


@dataclass(frozen=True)
class Runner:
    """How to start a fresh interpreter for one client."""

    python: str
    env: dict[str, str]


def runners(log: Callable[[str], None]) -> dict[str, Runner]:
    # PYTHONDONTWRITEBYTECODE would make every import of ours compile its source (the peers, installed by
    # pip, have their bytecode written at install time): dropped, like the variables that change sys.path.
    dropped = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONDONTWRITEBYTECODE")
    base_env = {k: v for k, v in os.environ.items() if k not in dropped}
    ours_env = {**base_env, "PYTHONPATH": str(snapshot_ours())}
    result = {
        "floor": Runner(sys.executable, base_env),
        "ours": Runner(sys.executable, ours_env),
    }
    for name, requirements in PEER_REQUIREMENTS.items():
        result[name] = Runner(str(ensure_venv(name, requirements, log)), base_env)
    return result


def package_versions(runner: Runner, names: list[str]) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, sys\n"
        "def v(n):\n"
        "    try:\n        return m.version(n)\n"
        "    except m.PackageNotFoundError:\n        return '-'\n"
        f"print(json.dumps({{n: v(n) for n in {names!r}}}))\n"
    )
    out = subprocess.run([runner.python, "-c", code], env=runner.env, capture_output=True, text=True, check=True)
    versions: dict[str, str] = json.loads(out.stdout)
    return versions


def snapshot_ours() -> Path:
    """Copy this tree's ``otari`` and ``otari_api`` aside, so edits made during the run do not mix in."""
    target = CACHE / "ours"
    shutil.rmtree(target, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "otari", target / "otari", ignore=ignore)
    shutil.copytree(ROOT / "generated" / "otari_api", target / "otari_api", ignore=ignore)
    compileall.compile_dir(target, quiet=1)  # as pip does for an installed package
    return target


def ours_version(runner: Runner) -> str:
    code = "import otari; print(otari.__version__)"
    out = subprocess.run([runner.python, "-c", code], env=runner.env, capture_output=True, text=True, check=True)
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "otari", "generated"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return out.stdout.strip()
    return f"{out.stdout.strip()}, tree at {commit}{' with local changes' if dirty else ''}"


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        uname = subprocess.run(["uname", "-a"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        uname = " ".join(platform.uname())
    return {
        "uname": uname,
        "cpu": f"{cpu} × {os.cpu_count()}",
        "memory": memory,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


# --------------------------------------------------------------------------- server


@contextmanager
def bench_server() -> Iterator[str]:
    """Run the server in its own process; yield its base URL."""
    args = [sys.executable, str(SERVER_SCRIPT), "--port", "0"]
    if _can_pin():
        args += ["--cpu", str(SERVER_CPU)]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _can_pin() -> bool:
    return hasattr(os, "sched_getaffinity") and {SERVER_CPU, CLIENT_CPU} <= os.sched_getaffinity(0)


# --------------------------------------------------------------------------- running


def run_json(runner: Runner, args: Sequence[str], timeout: float = 600) -> dict[str, Any]:
    out = subprocess.run(
        [runner.python, *args], env=runner.env, capture_output=True, text=True, timeout=timeout, cwd=str(CACHE)
    )
    if out.returncode != 0:
        tail = (out.stderr or out.stdout).strip().splitlines()[-5:]
        raise RuntimeError("\n".join(tail))
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def workload_args(workload: str, client: str, url: str, scale: Scale) -> list[str]:
    args = [str(WORKLOAD_SCRIPT), client, workload, "--url", url]
    if _can_pin():
        args += ["--cpu", str(CLIENT_CPU)]
    if workload == "calls":
        args += ["--count", str(scale.calls), "--warmup", str(scale.call_warmup)]
    elif workload == "stream":
        args += ["--chunks", str(scale.chunks), "--warmup", str(scale.stream_warmup)]
    elif workload == "concurrent":
        args += ["--streams", str(scale.streams), "--chunks", str(scale.stream_chunks)]
    elif workload == "embeddings":
        args += ["--count", str(scale.embeddings), "--warmup", str(scale.call_warmup)]
    return args


def import_args(statement: str) -> list[str]:
    args = ["-c", import_snippet(statement)]
    return args


@dataclass
class Results:
    """Every sample, by (workload, client)."""

    samples: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    errors: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, workload: str, client: str, sample: dict[str, Any]) -> None:
        self.samples.setdefault((workload, client), []).append(sample)

    def median(self, workload: str, client: str, key: str) -> float | None:
        values = [s[key] for s in self.samples.get((workload, client), []) if key in s]
        return statistics.median(values) if values else None

    def spread(self, workload: str, client: str, key: str) -> tuple[float, float] | None:
        values = [s[key] for s in self.samples.get((workload, client), []) if key in s]
        return (min(values), max(values)) if values else None


def run_all(
    url: str,
    scale: Scale,
    clients: Sequence[str],
    workloads: Sequence[str],
    env: dict[str, Runner],
    log: Callable[[str], None],
) -> Results:
    results = Results()
    timed = [w for w in ("calls", "stream", "concurrent", "embeddings") if w in workloads]
    for repeat in range(scale.repeats):
        order = list(clients[repeat % len(clients) :]) + list(clients[: repeat % len(clients)])
        for workload in timed:
            for client in order:
                if (workload, client) in results.errors:
                    continue
                started = time.perf_counter()
                try:
                    sample = run_json(env[client], workload_args(workload, client, url, scale))
                except (RuntimeError, subprocess.TimeoutExpired) as exc:
                    results.errors[(workload, client)] = str(exc)
                    log(f"  {workload:<10} {client:<9} FAILED: {exc}")
                    continue
                results.add(workload, client, sample)
                log(
                    f"  [{repeat + 1}/{scale.repeats}] {workload:<10} {client:<9} "
                    f"cpu {sample['cpu']:.3f}s wall {sample['wall']:.3f}s "
                    f"rss {sample['maxrss_kib'] / 1024:.1f}MB ({time.perf_counter() - started:.1f}s)"
                )
    if "import" in workloads:
        run_imports(results, scale, clients, env, log)
    return results


def run_imports(
    results: Results, scale: Scale, clients: Sequence[str], env: dict[str, Runner], log: Callable[[str], None]
) -> None:
    """Median of ``scale.imports`` fresh interpreters per statement (after one untimed run that writes .pyc)."""
    jobs: list[tuple[str, str, str]] = [("import-none", "floor", "pass")]
    for client in clients:
        plain, with_class = IMPORTS[client]
        jobs.append(("import", client, plain))
        jobs.append(("import-client", client, with_class))
    for workload, client, statement in jobs:
        try:
            run_json(env[client], import_args(statement))
        except RuntimeError as exc:
            results.errors[(workload, client)] = str(exc)
            log(f"  {workload:<13} {client:<9} FAILED: {exc}")
    for _ in range(scale.imports):
        for workload, client, statement in jobs:
            if (workload, client) not in results.errors:
                results.add(workload, client, run_json(env[client], import_args(statement)))
    for workload, client, statement in jobs:
        wall = results.median(workload, client, "wall")
        if wall is not None:
            log(f"  {workload:<13} {client:<9} {statement!r}: {wall * 1000:.1f} ms")


# --------------------------------------------------------------------------- report


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    workload: str
    field: str
    unit: str
    lower_is_better: bool
    scale: float = 1.0
    digits: int = 0


def metrics(scale: Scale) -> list[Metric]:
    return [
        Metric("calls_cpu", "1. CPU per call", "calls", "cpu_us_per_call", "µs", True),
        Metric("calls_wall", f"1. wall, {scale.calls:,} calls", "calls", "wall", "s", True, digits=2),
        Metric("stream_rate", f"2. chunks per CPU second ({scale.chunks:,}-chunk stream)", "stream",
               "chunks_per_cpu_s", "/s", False),
        Metric("stream_wall", "2. wall, one stream", "stream", "wall", "s", True, digits=2),
        Metric("conc_wall", f"3. wall, {scale.streams} streams × {scale.stream_chunks}", "concurrent", "wall", "s",
               True, digits=2),
        Metric("conc_rss", "3. peak RSS", "concurrent", "maxrss_kib", "MB", True, 1 / 1024, 1),
        Metric("conc_cpu", "3. CPU", "concurrent", "cpu", "s", True, digits=2),
        Metric("import_wall", "4. import (package)", "import", "wall", "ms", True, 1000, 1),
        Metric("import_rss", "4. RSS after import", "import", "maxrss_kib", "MB", True, 1 / 1024, 1),
        Metric("import_client_wall", "4. import (client class)", "import-client", "wall", "ms", True, 1000, 1),
        Metric("embed_cpu", "extra: CPU per embedding (1536 floats)", "embeddings", "cpu_us_per_call", "µs", True),
    ]  # fmt: skip


def _fmt(value: float, digits: int) -> str:
    return f"{value:,.{digits}f}"


def value_of(results: Results, metric: Metric, client: str) -> float | None:
    value = results.median(metric.workload, client, metric.field)
    return None if value is None else value * metric.scale


def table(results: Results, scale: Scale, clients: Sequence[str]) -> list[str]:
    header = ["metric", *(LABELS[c] for c in clients)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for metric in metrics(scale):
        floor = value_of(results, metric, "floor")
        cells = [f"{metric.label} ({metric.unit}, {'lower' if metric.lower_is_better else 'higher'} is better)"]
        for client in clients:
            value = value_of(results, metric, client)
            if value is None:
                cells.append("failed" if (metric.workload, client) in results.errors else "–")
                continue
            cell = _fmt(value, metric.digits)
            if client != "floor" and floor:
                cell += f" ({value / floor:.2f}×)"
            cells.append(cell)
        lines.append("| " + " | ".join(cells) + " |")
    return lines


@dataclass(frozen=True)
class Target:
    text: str
    metric: str
    limit: float
    at_most: bool  # ratio ≤ limit, else ratio ≥ limit


TARGETS = [
    Target("Per-call client CPU ≤ 1.3× the floor", "calls_cpu", 1.3, True),
    Target("Streaming chunks/s ≥ 0.75× the floor", "stream_rate", 0.75, False),
    Target("Concurrency wall ≤ 1.3× the floor", "conc_wall", 1.3, True),
    Target("Concurrency peak RSS ≤ 1.5× the floor", "conc_rss", 1.5, True),
    Target("`import otari` ≤ 1.5× `import httpx` alone", "import_wall", 1.5, True),
    Target(
        "(stricter reading, as `import otari` is lazy) `from otari import OtariClient` ≤ 1.5× `import httpx`",
        "import_client_wall",
        1.5,
        True,
    ),
]
# Metrics on which ours must be ahead of both peers.
AHEAD_OF = ["calls_cpu", "stream_rate", "conc_wall", "conc_rss", "import_wall", "import_client_wall"]


def targets(results: Results, scale: Scale) -> tuple[list[str], list[str]]:
    """The target lines, and the "ahead of the peers" lines."""
    by_key = {m.key: m for m in metrics(scale)}
    lines = ["| target | ours / floor | met |", "|---|---|---|"]
    for target in TARGETS:
        metric = by_key[target.metric]
        ours, floor = value_of(results, metric, "ours"), value_of(results, metric, "floor")
        if ours is None or not floor:
            lines.append(f"| {target.text} | – | not measured |")
            continue
        ratio = ours / floor
        met = ratio <= target.limit if target.at_most else ratio >= target.limit
        lines.append(f"| {target.text} | {ratio:.2f}× | {'yes' if met else '**no**'} |")
    ahead = ["| metric | vs openai | vs otari 0.2.0 |", "|---|---|---|"]
    for key in AHEAD_OF:
        metric = by_key[key]
        ours = value_of(results, metric, "ours")
        cells = [metric.label]
        for peer in ("openai", "otari020"):
            theirs = value_of(results, metric, peer)
            if ours is None or theirs is None or not ours or not theirs:
                cells.append("–")
                continue
            # How many times better ours is (> 1: ahead).
            factor = theirs / ours if metric.lower_is_better else ours / theirs
            word = "ahead" if factor > 1 else "**behind**"
            cells.append(f"{word}, {factor:.2f}×")
        ahead.append("| " + " | ".join(cells) + " |")
    return lines, ahead


def spread_table(results: Results, scale: Scale, clients: Sequence[str]) -> list[str]:
    lines = ["| metric | " + " | ".join(LABELS[c] for c in clients) + " |", "|" + "---|" * (len(clients) + 1)]
    for metric in metrics(scale):
        cells = [metric.label]
        for client in clients:
            spread = results.spread(metric.workload, client, metric.field)
            if spread is None:
                cells.append("–")
            else:
                low, high = (v * metric.scale for v in spread)
                cells.append(f"{_fmt(low, metric.digits)} – {_fmt(high, metric.digits)}")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def report(
    results: Results,
    scale: Scale,
    clients: Sequence[str],
    info: dict[str, str],
    versions: dict[str, dict[str, str]],
    quick: bool,
) -> str:
    target_lines, ahead_lines = targets(results, scale)
    baseline = results.median("import-none", "floor", "maxrss_kib")
    in_flight = {c: results.median("concurrent", c, "peak_in_flight") for c in clients}
    parts = [
        "# Benchmarks",
        "",
        "What the SDK adds on top of the network, next to the floor (raw httpx) and to what users would pick",
        "instead. Generated by `nox -s bench` (`python -m tools.bench`, tools/bench/); the numbers are reported,",
        "never asserted." + (" **This is a `--quick` smoke run (counts ÷ 10): do not quote it.**" if quick else ""),
        "",
        "## Machine",
        "",
        f"- {info['uname']}",
        f"- CPU: {info['cpu']}; memory: {info['memory']}",
        f"- {info['python']}; date: {info['date']}",
        "",
        "## Versions",
        "",
        *(f"- {LABELS[c]}: " + ", ".join(f"{k} {v}" for k, v in versions.get(c, {}).items()) for c in clients),
        "",
        f"## Results (median of {scale.repeats} runs; imports: median of {scale.imports} fresh interpreters)",
        "",
        "Ratios are to the floor.",
        "",
        *table(results, scale, clients),
        "",
        "## Targets (issue 7)",
        "",
        *target_lines,
        "",
        "Ours against the peers (how many times better ours is; below 1 means behind):",
        "",
        *ahead_lines,
        "",
        "## How it is measured",
        "",
        "- Server: tools/bench/server.py, a raw asyncio HTTP/1.1 keep-alive server in its own process, answering",
        '  with precomputed bytes: a 1.1 KB `chat.completion`; SSE streams of N chunks of the delta `"hello "`',
        "  (one HTTP chunk per event, as uvicorn sends them) and `data: [DONE]`; a 1536-float embedding.",
        "- Each workload × client runs in a fresh process (tools/bench/workloads.py), after an untimed warm-up",
        "  (the first calls, a short stream); CPU is `getrusage(RUSAGE_SELF)` user + sys of the timed part only,",
        "  RSS is the process's `ru_maxrss`. The clients are interleaved across runs."
        + (f" The server is pinned to CPU {SERVER_CPU}, the client to CPU {CLIENT_CPU}." if _can_pin() else ""),
        "- Every client reads the answer's text (`choices[0].message.content`, `choices[0].delta.content`), and",
        "  each answer is checked against the server's.",
        "- Workload 1: one client, sequential `completion` calls. Workload 2: one stream of N chunks, chunks",
        "  divided by the CPU time of the call and the iteration. Workload 3: `asyncio.gather` of the streams on",
        f"  one async client with a pool of {MAX_CONNECTIONS} connections for every client (httpx's default pool",
        "  holds 100: ours gets `http_client=httpx.AsyncClient(limits=...)`, otari 0.2.0 has no such option",
        "  and gets its `_http` replaced; openai's default pool already holds 1000). Streams receiving chunks at once"
        " (peak): " + ", ".join(f"{LABELS[c]} {v:.0f}" for c, v in in_flight.items() if v is not None) + ".",
        "- Workload 4: `python -c` with the import statement timed inside the fresh interpreter"
        " (after one untimed run that writes bytecode); RSS after import"
        + (f" (a bare interpreter: {baseline / 1024:.1f} MB)." if baseline else "."),
        "  `import otari` is lazy: the client class row shows `from otari import OtariClient`,"
        " `from openai import OpenAI`.",
        "",
        "## Spread (min – max over the runs)",
        "",
        *spread_table(results, scale, clients),
        "",
    ]
    if results.errors:
        parts += ["## Failures", ""]
        parts += [f"- {w} / {c}: {e}" for (w, c), e in results.errors.items()]
        parts.append("")
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="counts ÷ 10, 3 runs: a smoke run")
    parser.add_argument("--repeats", type=int, default=None, help="runs per workload and client")
    parser.add_argument("--clients", default=",".join(CLIENTS), help=f"comma-separated, from {','.join(CLIENTS)}")
    parser.add_argument(
        "--workloads", default="calls,stream,concurrent,import,embeddings", help="comma-separated subset"
    )
    parser.add_argument("--output", type=Path, default=None, help="markdown report (default: BENCHMARKS.md)")
    args = parser.parse_args(argv)

    scale = QUICK if args.quick else FULL
    if args.repeats:
        scale = Scale(**{**scale.__dict__, "repeats": args.repeats})
    clients = [c for c in CLIENTS if c in args.clients.split(",")]
    if "floor" not in clients:
        clients.insert(0, "floor")
    workloads = args.workloads.split(",")
    output = args.output or (CACHE / "BENCHMARKS-quick.md" if args.quick else ROOT / "BENCHMARKS.md")

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    CACHE.mkdir(parents=True, exist_ok=True)
    env = runners(log)
    versions = {c: package_versions(env[c], REPORTED_PACKAGES[c]) for c in clients}
    versions["ours"] = {"otari": ours_version(env["ours"]), **versions.get("ours", {})} if "ours" in clients else {}
    info = machine()
    with bench_server() as url:
        log(f"server at {url}; {scale}")
        results = run_all(url, scale, clients, workloads, env, log)

    text = report(results, scale, clients, info, versions, args.quick)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text)
    raw = {
        "scale": scale.__dict__,
        "machine": info,
        "versions": versions,
        "samples": {f"{w}/{c}": s for (w, c), s in results.samples.items()},
        "errors": {f"{w}/{c}": e for (w, c), e in results.errors.items()},
    }
    (CACHE / ("last-run-quick.json" if args.quick else "last-run.json")).write_text(json.dumps(raw, indent=1))
    print("\n".join(table(results, scale, clients)))
    print()
    target_lines, ahead_lines = targets(results, scale)
    print("\n".join(target_lines))
    print()
    print("\n".join(ahead_lines))
    print(f"\nwrote {output} in {time.perf_counter() - started:.0f} s")
    return 1 if results.errors else 0
