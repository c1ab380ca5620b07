from __future__ import annotations

from typing import Any, TypedDict

from ..models.add_workspace_member_query_role import AddWorkspaceMemberQueryRole


class AddWorkspaceMemberQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    role: AddWorkspaceMemberQueryRole | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"role": {"type": ["string"]}}
