from typing import Literal

ActiveOrganizationMemberCreateResultPublicStatus = Literal["active", "invited"]

ACTIVE_ORGANIZATION_MEMBER_CREATE_RESULT_PUBLIC_STATUS_VALUES: set[ActiveOrganizationMemberCreateResultPublicStatus] = {
    "active",
    "invited",
}


def check_active_organization_member_create_result_public_status(
    value: str,
) -> ActiveOrganizationMemberCreateResultPublicStatus:
    if value in ACTIVE_ORGANIZATION_MEMBER_CREATE_RESULT_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVE_ORGANIZATION_MEMBER_CREATE_RESULT_PUBLIC_STATUS_VALUES!r}"
    )
