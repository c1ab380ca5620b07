from typing import Literal

ActiveOrganizationMemberUpdateRequestStatusType0 = Literal["active", "suspended"]

ACTIVE_ORGANIZATION_MEMBER_UPDATE_REQUEST_STATUS_TYPE_0_VALUES: set[
    ActiveOrganizationMemberUpdateRequestStatusType0
] = {
    "active",
    "suspended",
}


def check_active_organization_member_update_request_status_type_0(
    value: str,
) -> ActiveOrganizationMemberUpdateRequestStatusType0:
    if value in ACTIVE_ORGANIZATION_MEMBER_UPDATE_REQUEST_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVE_ORGANIZATION_MEMBER_UPDATE_REQUEST_STATUS_TYPE_0_VALUES!r}"
    )
