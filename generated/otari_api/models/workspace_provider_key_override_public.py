from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceProviderKeyOverridePublic")


@_attrs_define
class WorkspaceProviderKeyOverridePublic:
    """
    Attributes:
        disabled (bool):
        is_default (bool):
        is_effective_default (bool):
        is_effective_enabled (bool):
        org_provider_key_id (UUID):
        workspace_id (UUID):
    """

    disabled: bool
    is_default: bool
    is_effective_default: bool
    is_effective_enabled: bool
    org_provider_key_id: UUID
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

        is_default = self.is_default

        is_effective_default = self.is_effective_default

        is_effective_enabled = self.is_effective_enabled

        org_provider_key_id = str(self.org_provider_key_id)

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disabled": disabled,
                "is_default": is_default,
                "is_effective_default": is_effective_default,
                "is_effective_enabled": is_effective_enabled,
                "org_provider_key_id": org_provider_key_id,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disabled = d.pop("disabled")

        is_default = d.pop("is_default")

        is_effective_default = d.pop("is_effective_default")

        is_effective_enabled = d.pop("is_effective_enabled")

        org_provider_key_id = UUID(d.pop("org_provider_key_id"))

        workspace_id = UUID(d.pop("workspace_id"))

        workspace_provider_key_override_public = cls(
            disabled,
            is_default,
            is_effective_default,
            is_effective_enabled,
            org_provider_key_id,
            workspace_id,
        )

        workspace_provider_key_override_public.additional_properties = d
        return workspace_provider_key_override_public

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
