"""Control plane: keys, users, budgets, pricing and usage (placeholder, filled in by the control-plane work)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

RESOURCES: dict[str, type] = {}


class ControlPlane:
    def __init__(self, run: Callable[[Any], Any]) -> None:
        self._run = run


class AsyncControlPlane:
    def __init__(self, run: Callable[[Any], Awaitable[Any]]) -> None:
        self._run = run
