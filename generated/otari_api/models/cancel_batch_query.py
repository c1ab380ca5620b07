from __future__ import annotations

from typing import Any, Required, TypedDict


class CancelBatchQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    provider: Required[str]


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("provider",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"provider": {"type": ["string"]}}
