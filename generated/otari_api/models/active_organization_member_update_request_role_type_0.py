from typing import Literal

ActiveOrganizationMemberUpdateRequestRoleType0 = Literal["admin", "member", "owner", "viewer"]

ACTIVE_ORGANIZATION_MEMBER_UPDATE_REQUEST_ROLE_TYPE_0_VALUES: set[ActiveOrganizationMemberUpdateRequestRoleType0] = {
    "admin",
    "member",
    "owner",
    "viewer",
}


def check_active_organization_member_update_request_role_type_0(
    value: str,
) -> ActiveOrganizationMemberUpdateRequestRoleType0:
    if value in ACTIVE_ORGANIZATION_MEMBER_UPDATE_REQUEST_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVE_ORGANIZATION_MEMBER_UPDATE_REQUEST_ROLE_TYPE_0_VALUES!r}"
    )
