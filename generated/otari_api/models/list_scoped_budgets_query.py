from __future__ import annotations

from typing import Any, TypedDict

from ..models.list_scoped_budgets_query_scope_type_type_0 import (
    ListScopedBudgetsQueryScopeTypeType0,
)


class ListScopedBudgetsQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    scope_type: ListScopedBudgetsQueryScopeTypeType0 | None
    scope_id: str | None
    skip: int | None
    limit: int | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "limit": {"maximum": 1000, "minimum": 1, "type": ["integer"]},
    "scope_id": {"maxLength": 255, "type": ["null", "string"]},
    "scope_type": {"type": ["null", "string"]},
    "skip": {"minimum": 0, "type": ["integer"]},
}
