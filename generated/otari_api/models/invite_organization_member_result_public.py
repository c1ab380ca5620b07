from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteOrganizationMemberResultPublic")


@_attrs_define
class InviteOrganizationMemberResultPublic:
    """
    Attributes:
        accept_link (str):
        created_at (datetime.datetime):
        email (str):
        expires_at (datetime.datetime):
        invitation_id (UUID):
        mail_sent (bool):
        organization_member_id (UUID):
        role (str):
        status (Literal['invited'] | Unset):
    """

    accept_link: str
    created_at: datetime.datetime
    email: str
    expires_at: datetime.datetime
    invitation_id: UUID
    mail_sent: bool
    organization_member_id: UUID
    role: str
    status: Literal["invited"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept_link = self.accept_link

        created_at = self.created_at.isoformat()

        email = self.email

        expires_at = self.expires_at.isoformat()

        invitation_id = str(self.invitation_id)

        mail_sent = self.mail_sent

        organization_member_id = str(self.organization_member_id)

        role = self.role

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accept_link": accept_link,
                "created_at": created_at,
                "email": email,
                "expires_at": expires_at,
                "invitation_id": invitation_id,
                "mail_sent": mail_sent,
                "organization_member_id": organization_member_id,
                "role": role,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accept_link = d.pop("accept_link")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        email = d.pop("email")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        invitation_id = UUID(d.pop("invitation_id"))

        mail_sent = d.pop("mail_sent")

        organization_member_id = UUID(d.pop("organization_member_id"))

        role = d.pop("role")

        status = cast(Literal["invited"] | Unset, d.pop("status", UNSET))
        if status != "invited" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'invited', got '{status}'")

        invite_organization_member_result_public = cls(
            accept_link,
            created_at,
            email,
            expires_at,
            invitation_id,
            mail_sent,
            organization_member_id,
            role,
            status,
        )

        invite_organization_member_result_public.additional_properties = d
        return invite_organization_member_result_public

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
