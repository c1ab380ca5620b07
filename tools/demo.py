"""The demo: a real gateway on this machine, and examples/quickstart.py run against it.

``python -m tools.demo`` (or ``nox -s demo``):

1. prepares the gateway's own virtualenv in ``.cache/gateway-venv`` (the first
   run installs ``any-llm-sdk[gateway,openai]==1.14.0``, about 25 s; later runs
   reuse it);
2. starts a fake OpenAI server (``tests/servers/fake_upstream.py``) so that no
   provider account or network is needed, and the gateway in front of it, both
   on free 127.0.0.1 ports, with the gateway's config, SQLite database and log
   in a temporary directory;
3. uses the SDK's control plane, with the gateway's master key, to create a
   budget, a user on it and an API key for that user;
4. runs ``examples/quickstart.py`` with ``GATEWAY_API_BASE`` and
   ``GATEWAY_API_KEY`` set;
5. stops both servers and removes the temporary directory, also after a
   failure, Ctrl-C or SIGTERM.

``--serve`` keeps the servers up after the quickstart (until Ctrl-C) and prints
the environment to point your own code at them.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from otari import OtariClient, OtariError
from tests.servers.gateway import (
    DEFAULT_VENV,
    GATEWAY_REQUIREMENT,
    Gateway,
    ensure_gateway_venv,
    run_gateway,
    run_upstream as run_fake_upstream,
)

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART = ROOT / "examples" / "quickstart.py"
CHAT_MODEL = "openai:gpt-4o-mini"
EMBEDDING_MODEL = "openai:text-embedding-3-small"
# The gateway lists (and prices) only models with pricing. It comes from the gateway's config file,
# as an operator would set it up; users, budgets and keys are made with the SDK below.
PRICING = {
    CHAT_MODEL: {"input_price_per_million": 0.15, "output_price_per_million": 0.60},
    EMBEDDING_MODEL: {"input_price_per_million": 0.02, "output_price_per_million": 0.0},
}
DEMO_USER = "demo-user"
DEMO_BUDGET = 1.0  # dollars


def say(message: str = "") -> None:
    print(message, flush=True)


def _raise_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds the `with` blocks below, so the servers are stopped


def admin_client(gateway: Gateway) -> OtariClient:
    """An SDK client for the control plane, authenticated with the gateway's master key.

    This gateway version (1.14) reads credentials from ``X-AnyLLM-Key``, not from the
    ``Otari-Key`` header that ``admin_key`` is sent in, so the key goes in that header too.
    """
    return OtariClient(
        api_base=gateway.base_url,
        admin_key=gateway.master_key,
        default_headers={"X-AnyLLM-Key": f"Bearer {gateway.master_key}"},
        timeout=30,
    )


def create_demo_key(gateway: Gateway) -> str:
    """A budget, a user on it and a key for the user, through the SDK's control plane; returns the key."""
    with admin_client(gateway) as admin:
        plane = admin.control_plane
        budget = plane.budgets.create(max_budget=DEMO_BUDGET)
        user = plane.users.create(user_id=DEMO_USER, alias="Demo user", budget_id=budget.budget_id)
        key = plane.keys.create(key_name="quickstart", user_id=user.user_id)
    say(f"  control plane:  budget {budget.budget_id} (${DEMO_BUDGET:.2f})")
    say(f"                  user {user.user_id!r} on that budget")
    say(f"                  key {key.key_name!r} for the user: {key.key[:10]}…")
    return key.key


def run_quickstart(gateway: Gateway, api_key: str) -> int:
    """Run examples/quickstart.py in a child Python with the gateway's address and key; its exit code."""
    generated = ROOT / "generated"
    paths = [str(ROOT), *([str(generated)] if generated.is_dir() else []), os.environ.get("PYTHONPATH", "")]
    env = {
        **os.environ,
        "GATEWAY_API_BASE": gateway.base_url,
        "GATEWAY_API_KEY": api_key,
        "PYTHONPATH": os.pathsep.join(p for p in paths if p),
    }
    say(f"\nRunning {QUICKSTART.relative_to(ROOT)} with GATEWAY_API_BASE={gateway.base_url}")
    say(f"and GATEWAY_API_KEY={api_key[:10]}… (the key created above)")
    say("-" * 72)
    result = subprocess.run([sys.executable, str(QUICKSTART)], env=env, cwd=ROOT, check=False)
    say("-" * 72)
    return result.returncode


def serve_until_interrupted(gateway: Gateway, api_key: str) -> None:
    say("\nThe servers stay up; in another shell:")
    say(f"  export GATEWAY_API_BASE={gateway.base_url}")
    say(f"  export GATEWAY_API_KEY={api_key}")
    say(f"  export GATEWAY_ADMIN_KEY={gateway.master_key}")
    say("Press Ctrl-C to stop them.")
    while gateway.process.poll() is None:
        time.sleep(0.5)
    say(f"The gateway exited by itself (code {gateway.process.returncode}).")


@contextmanager
def servers() -> Iterator[Gateway]:
    """The fake upstream and the gateway, started and (always) stopped, with a report of each step."""
    started = time.monotonic()
    say(f"Gateway venv {DEFAULT_VENV.relative_to(ROOT)} (made on the first run: {GATEWAY_REQUIREMENT}, about 25 s)")
    ensure_gateway_venv()
    say(f"  gateway venv:   ready after {time.monotonic() - started:.1f} s")
    with run_fake_upstream() as upstream:
        say(f"  fake OpenAI:    {upstream.base_url}  (a thread of this process; it answers")
        say("                  'Echo: <your last message>', so the replies below are predictable)")
        started = time.monotonic()
        with run_gateway(upstream.base_url, config_overrides={"pricing": PRICING}) as gateway:
            say(f"  gateway:        {gateway.base_url}  (any-llm-gateway 1.14.0, pid {gateway.process.pid})")
            say(f"                  started in {time.monotonic() - started:.1f} s; config, database and log in")
            say(f"                  {gateway.config_path.parent} (removed at the end)")
            try:
                yield gateway
            except Exception:
                say(f"\nLast lines of the gateway's log:\n{gateway.log_tail(20)}")
                raise
            finally:
                say("\nStopping the gateway and the fake OpenAI server, removing the temporary directory.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.demo", description=__doc__.split("\n\n")[0])
    parser.add_argument("--serve", action="store_true", help="keep the servers running after the quickstart")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _raise_on_sigterm)

    say("otari demo: a local gateway in front of a fake OpenAI, then examples/quickstart.py")
    try:
        with servers() as gateway:
            api_key = create_demo_key(gateway)
            code = run_quickstart(gateway, api_key)
            if code != 0:
                say(f"The quickstart failed (exit code {code}). Last lines of the gateway's log:")
                say(gateway.log_tail(20))
                return code
            if args.serve:
                serve_until_interrupted(gateway, api_key)
    except KeyboardInterrupt:
        say("Interrupted; everything is stopped.")
        return 130
    except OtariError as error:
        say(f"The SDK reported an error: {type(error).__name__}: {error}")
        return 1
    say("Done; everything is stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
