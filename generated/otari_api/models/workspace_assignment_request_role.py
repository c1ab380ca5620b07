from typing import Literal

WorkspaceAssignmentRequestRole = Literal["admin", "member", "owner", "viewer"]

WORKSPACE_ASSIGNMENT_REQUEST_ROLE_VALUES: set[WorkspaceAssignmentRequestRole] = {
    "admin",
    "member",
    "owner",
    "viewer",
}


def check_workspace_assignment_request_role(value: str) -> WorkspaceAssignmentRequestRole:
    if value in WORKSPACE_ASSIGNMENT_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKSPACE_ASSIGNMENT_REQUEST_ROLE_VALUES!r}")
