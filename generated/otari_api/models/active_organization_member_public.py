from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActiveOrganizationMemberPublic")


@_attrs_define
class ActiveOrganizationMemberPublic:
    """
    Attributes:
        created_at (datetime.datetime):
        role (str):
        status (str):
        attribution_user_id (None | str | Unset):
        email (None | str | Unset):
        full_name (None | str | Unset):
        invitation_id (None | Unset | UUID):
        organization_member_id (None | Unset | UUID):
        updated_at (datetime.datetime | None | Unset):
        user_id (None | Unset | UUID):
    """

    created_at: datetime.datetime
    role: str
    status: str
    attribution_user_id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    invitation_id: None | Unset | UUID = UNSET
    organization_member_id: None | Unset | UUID = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    user_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        role = self.role

        status = self.status

        attribution_user_id: None | str | Unset
        if isinstance(self.attribution_user_id, Unset):
            attribution_user_id = UNSET
        else:
            attribution_user_id = self.attribution_user_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        invitation_id: None | str | Unset
        if isinstance(self.invitation_id, Unset):
            invitation_id = UNSET
        elif isinstance(self.invitation_id, UUID):
            invitation_id = str(self.invitation_id)
        else:
            invitation_id = self.invitation_id

        organization_member_id: None | str | Unset
        if isinstance(self.organization_member_id, Unset):
            organization_member_id = UNSET
        elif isinstance(self.organization_member_id, UUID):
            organization_member_id = str(self.organization_member_id)
        else:
            organization_member_id = self.organization_member_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "role": role,
                "status": status,
            }
        )
        if attribution_user_id is not UNSET:
            field_dict["attribution_user_id"] = attribution_user_id
        if email is not UNSET:
            field_dict["email"] = email
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if invitation_id is not UNSET:
            field_dict["invitation_id"] = invitation_id
        if organization_member_id is not UNSET:
            field_dict["organization_member_id"] = organization_member_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        role = d.pop("role")

        status = d.pop("status")

        attribution_user_id = d.pop("attribution_user_id", UNSET)

        email = d.pop("email", UNSET)

        full_name = d.pop("full_name", UNSET)

        invitation_id = d.pop("invitation_id", UNSET)
        if invitation_id is not None and invitation_id is not UNSET:

            def _parse_invitation_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    invitation_id_type_0 = UUID(data)

                    return invitation_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            invitation_id = _parse_invitation_id(invitation_id)

        organization_member_id = d.pop("organization_member_id", UNSET)
        if organization_member_id is not None and organization_member_id is not UNSET:

            def _parse_organization_member_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    organization_member_id_type_0 = UUID(data)

                    return organization_member_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            organization_member_id = _parse_organization_member_id(organization_member_id)

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is not None and updated_at is not UNSET:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            updated_at = _parse_updated_at(updated_at)

        user_id = d.pop("user_id", UNSET)
        if user_id is not None and user_id is not UNSET:

            def _parse_user_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    user_id_type_0 = UUID(data)

                    return user_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            user_id = _parse_user_id(user_id)

        active_organization_member_public = cls(
            created_at,
            role,
            status,
            attribution_user_id,
            email,
            full_name,
            invitation_id,
            organization_member_id,
            updated_at,
            user_id,
        )

        active_organization_member_public.additional_properties = d
        return active_organization_member_public

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
