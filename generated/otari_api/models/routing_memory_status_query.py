from __future__ import annotations

from typing import Any, Required, TypedDict


class RoutingMemoryStatusQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    user_id: Required[str]


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("user_id",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"user_id": {"type": ["string"]}}
