from __future__ import annotations

from typing import Any, TypedDict


class GetFileContentQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    user: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"user": {"type": ["null", "string"]}}
