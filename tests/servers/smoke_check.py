"""Start the fake upstream and the real gateway, poke the gateway with httpx, print what it says.

Not a pytest test: a script to re-check the facts in GATEWAY_FACTS.md after an
upgrade or on a new machine. Run from the repository root:

    python tests/servers/smoke_check.py            # or: python -m tests.servers.smoke_check

Each line shows ``METHOD path [auth] -> status body``; streams are printed raw.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # so that `tests.servers` imports as a script too

from tests.servers.gateway import ensure_gateway_venv, run_gateway, run_upstream

CHAT = {"model": "openai:gpt-4o-mini", "messages": [{"role": "user", "content": "hello there"}]}
MESSAGES = {"model": "openai:gpt-4o-mini", "max_tokens": 50, "messages": [{"role": "user", "content": "hello there"}]}
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
]
PRICING = {"openai:gpt-4o-mini": {"input_price_per_million": 1.0, "output_price_per_million": 2.0}}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


class Checker:
    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def call(
        self,
        label: str,
        method: str,
        path: str,
        headers: dict[str, str] | None = None,
        json: Any = None,
        limit: int = 400,
        fresh: bool = False,
    ) -> httpx.Response | None:
        """One request; ``fresh`` uses a new connection (after a plain-text 500 the old one is reset)."""
        started = time.monotonic()
        try:
            if fresh:
                with httpx.Client(base_url=self.client.base_url, timeout=30) as one_off:
                    response = one_off.request(method, path, headers=headers, json=json)
            else:
                response = self.client.request(method, path, headers=headers, json=json)
        except httpx.HTTPError as exc:
            print(f"{method} {path} [{label}] -> {type(exc).__name__}: {exc}")
            return None
        extra = {h: v for h, v in response.headers.items() if h.lower() in ("x-request-id", "request-id", "connection")}
        took = f"({(time.monotonic() - started) * 1000:.0f} ms)"
        print(
            f"{method} {path} [{label}] {took} -> {response.status_code} {response.text[:limit]}"
            + (f"  headers: {extra}" if extra else "")
        )
        return response

    def stream(self, label: str, path: str, headers: dict[str, str], json: Any, head: int = 6, tail: int = 4) -> None:
        print(f"--- POST {path} [{label}] stream:")
        try:
            with self.client.stream("POST", path, headers=headers, json=json) as response:
                print(f"    status {response.status_code}, content-type {response.headers.get('content-type')}")
                lines: list[str] = []
                try:
                    for line in response.iter_lines():  # keep what arrived before a failure
                        lines.append(line)
                except httpx.HTTPError as exc:
                    lines.append(f"<{type(exc).__name__}: {exc}>")
        except httpx.HTTPError as exc:
            print(f"    {type(exc).__name__}: {exc}")
            return
        shown = lines if len(lines) <= head + tail else [*lines[:head], "...", *lines[-tail:]]
        for line in shown:
            print(f"    {line!r}")


def main() -> None:
    started = time.monotonic()
    ensure_gateway_venv()
    print(f"ensure_gateway_venv: {time.monotonic() - started:.1f}s")
    with run_upstream() as upstream:
        started = time.monotonic()
        with run_gateway(upstream.base_url, config_overrides={"pricing": PRICING}) as gw:
            print(f"gateway healthy after {time.monotonic() - started:.1f}s at {gw.base_url}\n")
            with httpx.Client(base_url=gw.base_url, timeout=30) as client:
                run_checks(Checker(client), gw.master_key)
        print("\n== rate limiting (a second gateway, rate_limit_rpm: 2)")
        with (
            run_gateway(upstream.base_url, config_overrides={"rate_limit_rpm": 2}) as gw,
            httpx.Client(base_url=gw.base_url, timeout=30) as client,
        ):
            c = Checker(client)
            created = c.call("master", "POST", "/v1/keys", bearer(gw.master_key), {"user_id": "erin"}, limit=0)
            key = bearer(created.json()["key"]) if created else {}
            for attempt in range(3):
                response = c.call(f"call {attempt + 1}", "POST", "/v1/chat/completions", key, CHAT, limit=60)
                if response is not None:
                    print("    headers:", {h: v for h, v in response.headers.items() if "rate" in h or "retry" in h})


def run_checks(c: Checker, master: str) -> None:
    m = bearer(master)
    print("== auth (master key, GET /v1/users)")
    for label, headers in [
        ("Authorization: Bearer", m),
        ("X-AnyLLM-Key: Bearer", {"X-AnyLLM-Key": f"Bearer {master}"}),
        ("X-AnyLLM-Key without Bearer", {"X-AnyLLM-Key": master}),
        ("x-api-key", {"x-api-key": master}),
        ("AnyLLM-Key: Bearer", {"AnyLLM-Key": f"Bearer {master}"}),
        ("Otari-Key: Bearer", {"Otari-Key": f"Bearer {master}"}),
        ("no auth", {}),
        ("wrong master", bearer("wrong")),
    ]:
        c.call(label, "GET", "/v1/users", headers, limit=80)

    print("\n== budgets, users, keys")
    budget = c.call("master", "POST", "/v1/budgets", m, {"max_budget": 10.0})
    budget_id = budget.json()["budget_id"] if budget else ""
    c.call("master", "PATCH", f"/v1/budgets/{budget_id}", m, {"max_budget": 20.0})
    c.call("master", "GET", f"/v1/budgets/{budget_id}", m)
    c.call(
        "master",
        "POST",
        "/v1/users",
        m,
        {"user_id": "alice", "alias": "Alice", "budget_id": budget_id, "metadata": {"team": "a"}},
    )
    c.call("master", "POST", "/v1/users", m, {"user_id": "alice"})
    c.call("master", "PATCH", "/v1/users/alice", m, {"alias": "Alice B"})
    created = c.call("master", "POST", "/v1/keys", m, {"key_name": "k1", "user_id": "alice"})
    key, key_id = (created.json()["key"], created.json()["id"]) if created else ("", "")
    c.call("master", "POST", "/v1/keys", m, {"key_name": "no-user"})
    c.call("master", "GET", f"/v1/keys/{key_id}", m)
    c.call("master", "PATCH", f"/v1/keys/{key_id}", m, {"key_name": "k1-renamed"})
    k = bearer(key)

    print("\n== auth (API key, POST /v1/chat/completions)")
    for label, headers in [
        ("Authorization: Bearer", k),
        ("X-AnyLLM-Key: Bearer", {"X-AnyLLM-Key": f"Bearer {key}"}),
        ("x-api-key", {"x-api-key": key}),
        ("X-AnyLLM-Key good + Authorization bad", {"X-AnyLLM-Key": f"Bearer {key}", "Authorization": "Bearer bad"}),
        ("Otari-Key: Bearer", {"Otari-Key": f"Bearer {key}"}),
        ("unknown gw- key", bearer("gw-" + "x" * 60)),
        ("short invalid key", bearer("nope")),
        ("master key, no user", m),
    ]:
        c.call(label, "POST", "/v1/chat/completions", headers, CHAT, limit=120)

    print("\n== chat")
    c.call("api key", "POST", "/v1/chat/completions", k, CHAT, limit=1000)
    c.call("master + user", "POST", "/v1/chat/completions", m, {**CHAT, "user": "alice"}, limit=120)
    c.call("openai/ model", "POST", "/v1/chat/completions", k, {**CHAT, "model": "openai/gpt-4o-mini"}, limit=120)
    c.call("no provider", "POST", "/v1/chat/completions", k, {**CHAT, "model": "gpt-4o-mini"}, fresh=True)
    c.call("unknown provider", "POST", "/v1/chat/completions", k, {**CHAT, "model": "nope:gpt"}, fresh=True)
    c.call("tools", "POST", "/v1/chat/completions", k, {**CHAT, "tools": TOOLS}, limit=1000)
    c.call("missing messages", "POST", "/v1/chat/completions", k, {"model": CHAT["model"]})
    c.stream("stream", "/v1/chat/completions", k, {**CHAT, "stream": True}, head=8)
    c.stream(
        "stream, include_usage false",
        "/v1/chat/completions",
        k,
        {**CHAT, "stream": True, "stream_options": {"include_usage": False}},
        head=0,
        tail=6,
    )
    c.stream("stream, tools", "/v1/chat/completions", k, {**CHAT, "stream": True, "tools": TOOLS}, head=2, tail=3)
    usage = c.call("after chats", "GET", "/v1/users/alice/usage", m, limit=700)
    if usage:
        print(
            "    usage rows (endpoint, tokens, cost):",
            [(u["endpoint"], u["total_tokens"], u["cost"]) for u in usage.json()],
        )
    c.call("spend", "GET", "/v1/users/alice", m)

    print("\n== messages, embeddings, models, pricing")
    c.call("api key", "POST", "/v1/messages", k, MESSAGES, limit=1000)
    c.stream("messages stream", "/v1/messages", k, {**MESSAGES, "stream": True}, head=30)
    c.call("float", "POST", "/v1/embeddings", k, {"model": "openai:text-embedding-3-small", "input": ["a b", "c"]})
    c.call(
        "base64",
        "POST",
        "/v1/embeddings",
        k,
        {"model": "openai:text-embedding-3-small", "input": "a b", "encoding_format": "base64"},
    )
    c.call("api key", "GET", "/v1/models", k)
    c.call("api key", "GET", "/v1/models/openai:gpt-4o-mini", k)
    c.call("api key", "GET", "/v1/models/openai:unknown", k)
    c.call("no auth", "GET", "/v1/pricing")
    c.call(
        "master",
        "POST",
        "/v1/pricing",
        m,
        {"model_key": "openai/gpt-4o", "input_price_per_million": 2.5, "output_price_per_million": 10},
    )
    c.call("no auth", "GET", "/v1/pricing/openai:gpt-4o")
    c.call("master", "DELETE", "/v1/pricing/openai:gpt-4o", m)

    print("\n== upstream failures (fake upstream switches)")
    for marker in ("fail-500", "fail-429", "fail-401"):
        c.call(marker, "POST", "/v1/chat/completions", k, {**CHAT, "model": f"openai:{marker}"})
    c.call("fail-429", "POST", "/v1/embeddings", k, {"model": "openai:fail-429", "input": "x"})
    c.call("fail-500", "POST", "/v1/messages", k, {**MESSAGES, "model": "openai:fail-500"})
    c.stream("fail-429", "/v1/chat/completions", k, {**CHAT, "model": "openai:fail-429", "stream": True})
    c.stream("fail-midstream", "/v1/chat/completions", k, {**CHAT, "model": "openai:fail-midstream", "stream": True})
    c.stream("fail-midstream", "/v1/messages", k, {**MESSAGES, "model": "openai:fail-midstream", "stream": True})
    c.call("fail-midstream", "POST", "/v1/chat/completions", k, {**CHAT, "model": "openai:fail-midstream"})

    print("\n== budgets and blocking")
    zero = c.call("master", "POST", "/v1/budgets", m, {"max_budget": 0})
    c.call(
        "master", "POST", "/v1/users", m, {"user_id": "carol", "budget_id": zero.json()["budget_id"] if zero else ""}
    )
    carol = c.call("master", "POST", "/v1/keys", m, {"user_id": "carol"})
    carol_key = bearer(carol.json()["key"]) if carol else {}
    c.call("exhausted", "POST", "/v1/chat/completions", carol_key, CHAT)
    c.call("exhausted", "POST", "/v1/embeddings", carol_key, {"model": "openai:text-embedding-3-small", "input": "x"})
    c.call("exhausted", "POST", "/v1/messages", carol_key, MESSAGES)
    c.stream("exhausted", "/v1/chat/completions", carol_key, {**CHAT, "stream": True})
    c.call("master", "PATCH", "/v1/users/carol", m, {"blocked": True})
    c.call("blocked", "POST", "/v1/chat/completions", carol_key, CHAT)
    daily = c.call("master", "POST", "/v1/budgets", m, {"max_budget": 10, "budget_duration_sec": 86400})
    c.call(
        "master", "POST", "/v1/users", m, {"user_id": "dave", "budget_id": daily.json()["budget_id"] if daily else ""}
    )
    dave = c.call("master", "POST", "/v1/keys", m, {"user_id": "dave"})
    c.call("budget with duration", "POST", "/v1/chat/completions", bearer(dave.json()["key"]) if dave else {}, CHAT)
    c.call("same connection, next call", "GET", "/health")
    usage = c.call("master", "GET", "/v1/users/alice/usage", m, limit=0)
    if usage:
        print(
            "    alice's usage rows now (endpoint, tokens, status):",
            [(u["endpoint"], u["total_tokens"], u["status"]) for u in usage.json()],
        )

    print("\n== not served")
    for method, path in [
        ("POST", "/v1/responses"),
        ("POST", "/v1/moderations"),
        ("POST", "/v1/rerank"),
        ("POST", "/v1/images/generations"),
        ("POST", "/v1/audio/speech"),
        ("POST", "/v1/audio/transcriptions"),
        ("POST", "/v1/batches"),
        ("POST", "/v1/completions"),
        ("GET", "/v1/usage"),
        ("GET", "/v1/files"),
        ("GET", "/metrics"),
    ]:
        c.call("api key", method, path, k, {"model": "openai:gpt-4o-mini", "input": "x"} if method == "POST" else None)

    print("\n== deactivate and delete")
    c.call("master", "PATCH", f"/v1/keys/{key_id}", m, {"is_active": False})
    c.call("inactive key", "POST", "/v1/chat/completions", k, CHAT)
    c.call("used key", "DELETE", f"/v1/keys/{key_id}", m)
    unused = c.call("master", "POST", "/v1/keys", m, {"key_name": "unused"})
    c.call("unused key", "DELETE", f"/v1/keys/{unused.json()['id'] if unused else ''}", m)
    c.call("master", "DELETE", "/v1/users/alice", m)
    c.call("master", "GET", "/v1/users/alice", m)
    c.call("deleted user", "GET", "/v1/users/alice/usage", m, limit=120)
    c.call("master", "DELETE", f"/v1/budgets/{budget_id}", m)
    c.call("master", "GET", "/v1/budgets/nope", m)


if __name__ == "__main__":
    main()
