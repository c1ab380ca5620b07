from __future__ import annotations

from typing import Any, Required, TypedDict

from ..models.update_workspace_member_role_query_role import (
    UpdateWorkspaceMemberRoleQueryRole,
)


class UpdateWorkspaceMemberRoleQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    role: Required[UpdateWorkspaceMemberRoleQueryRole]


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("role",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"role": {"type": ["string"]}}
