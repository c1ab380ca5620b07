from __future__ import annotations

from typing import Any, Required, TypedDict


class ListBatchesQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    provider: Required[str]
    after: str | None
    limit: int | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("provider",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "after": {"type": ["null", "string"]},
    "limit": {"type": ["integer", "null"]},
    "provider": {"type": ["string"]},
}
