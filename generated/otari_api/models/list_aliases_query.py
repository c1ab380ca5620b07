from __future__ import annotations

from typing import Any, TypedDict
from uuid import UUID


class ListAliasesQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    workspace_id: UUID | str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"workspace_id": {"type": ["null", "string"]}}
