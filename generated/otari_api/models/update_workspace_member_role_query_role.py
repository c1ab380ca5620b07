from typing import Literal

UpdateWorkspaceMemberRoleQueryRole = Literal["admin", "member", "owner", "viewer"]

UPDATE_WORKSPACE_MEMBER_ROLE_QUERY_ROLE_VALUES: set[UpdateWorkspaceMemberRoleQueryRole] = {
    "admin",
    "member",
    "owner",
    "viewer",
}


def check_update_workspace_member_role_query_role(value: str) -> UpdateWorkspaceMemberRoleQueryRole:
    if value in UPDATE_WORKSPACE_MEMBER_ROLE_QUERY_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_WORKSPACE_MEMBER_ROLE_QUERY_ROLE_VALUES!r}")
