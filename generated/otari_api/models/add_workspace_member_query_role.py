from typing import Literal

AddWorkspaceMemberQueryRole = Literal["admin", "member", "owner", "viewer"]

ADD_WORKSPACE_MEMBER_QUERY_ROLE_VALUES: set[AddWorkspaceMemberQueryRole] = {
    "admin",
    "member",
    "owner",
    "viewer",
}


def check_add_workspace_member_query_role(value: str) -> AddWorkspaceMemberQueryRole:
    if value in ADD_WORKSPACE_MEMBER_QUERY_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_WORKSPACE_MEMBER_QUERY_ROLE_VALUES!r}")
