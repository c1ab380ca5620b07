from typing import Literal

InviteOrganizationMemberRequestRole = Literal["admin", "member", "owner", "viewer"]

INVITE_ORGANIZATION_MEMBER_REQUEST_ROLE_VALUES: set[InviteOrganizationMemberRequestRole] = {
    "admin",
    "member",
    "owner",
    "viewer",
}


def check_invite_organization_member_request_role(value: str) -> InviteOrganizationMemberRequestRole:
    if value in INVITE_ORGANIZATION_MEMBER_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVITE_ORGANIZATION_MEMBER_REQUEST_ROLE_VALUES!r}")
