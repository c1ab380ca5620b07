from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caller_workspace_membership_public import CallerWorkspaceMembershipPublic
    from ..models.organization_public import OrganizationPublic


T = TypeVar("T", bound="OrganizationMembershipContextPublic")


@_attrs_define
class OrganizationMembershipContextPublic:
    """
    Attributes:
        organization (OrganizationPublic):
        organization_member_id (UUID):
        role (str):
        status (str):
        byo_provider_keys_allowed (bool | Unset):
        workspace_memberships (list[CallerWorkspaceMembershipPublic] | Unset):
    """

    organization: OrganizationPublic
    organization_member_id: UUID
    role: str
    status: str
    byo_provider_keys_allowed: bool | Unset = UNSET
    workspace_memberships: list[CallerWorkspaceMembershipPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization = self.organization.to_dict()

        organization_member_id = str(self.organization_member_id)

        role = self.role

        status = self.status

        byo_provider_keys_allowed = self.byo_provider_keys_allowed

        workspace_memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workspace_memberships, Unset):
            workspace_memberships = []
            for workspace_memberships_item_data in self.workspace_memberships:
                workspace_memberships_item = workspace_memberships_item_data.to_dict()
                workspace_memberships.append(workspace_memberships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization": organization,
                "organization_member_id": organization_member_id,
                "role": role,
                "status": status,
            }
        )
        if byo_provider_keys_allowed is not UNSET:
            field_dict["byo_provider_keys_allowed"] = byo_provider_keys_allowed
        if workspace_memberships is not UNSET:
            field_dict["workspace_memberships"] = workspace_memberships

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization = OrganizationPublic.from_dict(d.pop("organization"))

        organization_member_id = UUID(d.pop("organization_member_id"))

        role = d.pop("role")

        status = d.pop("status")

        byo_provider_keys_allowed = d.pop("byo_provider_keys_allowed", UNSET)

        _workspace_memberships = d.pop("workspace_memberships", UNSET)
        workspace_memberships: list[CallerWorkspaceMembershipPublic] | Unset = UNSET
        if _workspace_memberships is not UNSET:
            workspace_memberships = []
            for workspace_memberships_item_data in _workspace_memberships:
                workspace_memberships_item = CallerWorkspaceMembershipPublic.from_dict(workspace_memberships_item_data)

                workspace_memberships.append(workspace_memberships_item)

        organization_membership_context_public = cls(
            organization,
            organization_member_id,
            role,
            status,
            byo_provider_keys_allowed,
            workspace_memberships,
        )

        organization_membership_context_public.additional_properties = d
        return organization_membership_context_public

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


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.caller_workspace_membership_public import CallerWorkspaceMembershipPublic  # noqa: E402
from ..models.organization_public import OrganizationPublic  # noqa: E402
