"""The benchmark suite of issue 7: ours against the floor (raw httpx) and the peers.

``nox -s bench`` (or ``python -m tools.bench [--quick]``) runs it; see run.py.
"""
