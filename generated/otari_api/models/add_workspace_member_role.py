from typing import Literal

AddWorkspaceMemberRole = Literal["admin", "member", "owner", "viewer"]

ADD_WORKSPACE_MEMBER_ROLE_VALUES: set[AddWorkspaceMemberRole] = {
    "admin",
    "member",
    "owner",
    "viewer",
}


def check_add_workspace_member_role(value: str) -> AddWorkspaceMemberRole:
    if value in ADD_WORKSPACE_MEMBER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_WORKSPACE_MEMBER_ROLE_VALUES!r}")
