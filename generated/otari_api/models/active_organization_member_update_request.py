from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_organization_member_update_request_role_type_0 import (
    ActiveOrganizationMemberUpdateRequestRoleType0,
    check_active_organization_member_update_request_role_type_0,
)
from ..models.active_organization_member_update_request_status_type_0 import (
    ActiveOrganizationMemberUpdateRequestStatusType0,
    check_active_organization_member_update_request_status_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActiveOrganizationMemberUpdateRequest")


@_attrs_define
class ActiveOrganizationMemberUpdateRequest:
    """
    Attributes:
        role (ActiveOrganizationMemberUpdateRequestRoleType0 | None | Unset):
        status (ActiveOrganizationMemberUpdateRequestStatusType0 | None | Unset):
    """

    role: ActiveOrganizationMemberUpdateRequestRoleType0 | None | Unset = UNSET
    status: ActiveOrganizationMemberUpdateRequestStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role", UNSET)
        if role is not None and role is not UNSET:

            def _parse_role(data: object) -> ActiveOrganizationMemberUpdateRequestRoleType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    role_type_0 = check_active_organization_member_update_request_role_type_0(data)

                    return role_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ActiveOrganizationMemberUpdateRequestRoleType0 | None | Unset, data)

            role = _parse_role(role)

        status = d.pop("status", UNSET)
        if status is not None and status is not UNSET:

            def _parse_status(data: object) -> ActiveOrganizationMemberUpdateRequestStatusType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = check_active_organization_member_update_request_status_type_0(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ActiveOrganizationMemberUpdateRequestStatusType0 | None | Unset, data)

            status = _parse_status(status)

        active_organization_member_update_request = cls(
            role,
            status,
        )

        active_organization_member_update_request.additional_properties = d
        return active_organization_member_update_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class ActiveOrganizationMemberUpdateRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`ActiveOrganizationMemberUpdateRequest`, as plain values."""

    role: ActiveOrganizationMemberUpdateRequestRoleType0 | None
    status: ActiveOrganizationMemberUpdateRequestStatusType0 | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"role": {"type": ["null", "string"]}, "status": {"type": ["null", "string"]}}
