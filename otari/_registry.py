"""The table of :mod:`otari._surface` read back: every public method and the gateway operation it calls.

Read by the drift gate (``python -m tools.drift``: an operation counts as
covered only if a row calls it), by the README's method list
(``python -m tools.surface``) and by the tests that call every method.
"""

from __future__ import annotations

from typing import Any

from ._operation import Operation, Pages, Streaming, rows
from ._surface import Inference

#: The methods that take ``stream=True``.
STREAMING = frozenset(name for name, row in rows(Inference) if isinstance(row, Streaming))


def public_methods() -> dict[str, Operation[Any, Any]]:
    """Public method path (``completion``, ``control_plane.keys.create``) → its row; one request per call."""
    return {
        name: row.operation if isinstance(row, Streaming) else row
        for name, row in rows(Inference)
        if not isinstance(row, Pages)
    }


def iterators() -> dict[str, Pages[Any, Any]]:
    """The ``iter`` methods, which walk a listing page by page."""
    return {name: row for name, row in rows(Inference) if isinstance(row, Pages)}


def endpoint_map() -> dict[str, tuple[str, str]]:
    """Public method path → (HTTP method, path) of the operation it calls (``iter`` methods excluded)."""
    return {name: (operation.endpoint.METHOD, operation.endpoint.PATH) for name, operation in public_methods().items()}
