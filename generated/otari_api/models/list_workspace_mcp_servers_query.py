from __future__ import annotations

from typing import Any, TypedDict


class ListWorkspaceMcpServersQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    skip: int | None
    limit: int | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "limit": {"maximum": 1000, "minimum": 1, "type": ["integer"]},
    "skip": {"minimum": 0, "type": ["integer"]},
}
