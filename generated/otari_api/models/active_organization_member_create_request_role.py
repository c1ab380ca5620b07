from typing import Literal

ActiveOrganizationMemberCreateRequestRole = Literal["admin", "member", "owner", "viewer"]

ACTIVE_ORGANIZATION_MEMBER_CREATE_REQUEST_ROLE_VALUES: set[ActiveOrganizationMemberCreateRequestRole] = {
    "admin",
    "member",
    "owner",
    "viewer",
}


def check_active_organization_member_create_request_role(value: str) -> ActiveOrganizationMemberCreateRequestRole:
    if value in ACTIVE_ORGANIZATION_MEMBER_CREATE_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVE_ORGANIZATION_MEMBER_CREATE_REQUEST_ROLE_VALUES!r}"
    )
