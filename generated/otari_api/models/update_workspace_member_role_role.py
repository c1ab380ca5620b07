from typing import Literal

UpdateWorkspaceMemberRoleRole = Literal["admin", "member", "owner", "viewer"]

UPDATE_WORKSPACE_MEMBER_ROLE_ROLE_VALUES: set[UpdateWorkspaceMemberRoleRole] = {
    "admin",
    "member",
    "owner",
    "viewer",
}


def check_update_workspace_member_role_role(value: str) -> UpdateWorkspaceMemberRoleRole:
    if value in UPDATE_WORKSPACE_MEMBER_ROLE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_WORKSPACE_MEMBER_ROLE_ROLE_VALUES!r}")
