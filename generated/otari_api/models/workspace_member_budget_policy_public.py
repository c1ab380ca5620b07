from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceMemberBudgetPolicyPublic")


@_attrs_define
class WorkspaceMemberBudgetPolicyPublic:
    """
    Attributes:
        budget_duration_sec (int | None):
        budget_id (str):
        created_at (str):
        id (str):
        max_budget (float | None):
        name (None | str):
        provider_key_id (None | str):
        updated_at (str):
        workspace_id (UUID):
    """

    budget_duration_sec: int | None
    budget_id: str
    created_at: str
    id: str
    max_budget: float | None
    name: None | str
    provider_key_id: None | str
    updated_at: str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_duration_sec: int | None
        budget_duration_sec = self.budget_duration_sec

        budget_id = self.budget_id

        created_at = self.created_at

        id = self.id

        max_budget: float | None
        max_budget = self.max_budget

        name: None | str
        name = self.name

        provider_key_id: None | str
        provider_key_id = self.provider_key_id

        updated_at = self.updated_at

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_duration_sec": budget_duration_sec,
                "budget_id": budget_id,
                "created_at": created_at,
                "id": id,
                "max_budget": max_budget,
                "name": name,
                "provider_key_id": provider_key_id,
                "updated_at": updated_at,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_duration_sec = d.pop("budget_duration_sec")

        budget_id = d.pop("budget_id")

        created_at = d.pop("created_at")

        id = d.pop("id")

        max_budget = d.pop("max_budget")

        name = d.pop("name")

        provider_key_id = d.pop("provider_key_id")

        updated_at = d.pop("updated_at")

        workspace_id = UUID(d.pop("workspace_id"))

        workspace_member_budget_policy_public = cls(
            budget_duration_sec,
            budget_id,
            created_at,
            id,
            max_budget,
            name,
            provider_key_id,
            updated_at,
            workspace_id,
        )

        workspace_member_budget_policy_public.additional_properties = d
        return workspace_member_budget_policy_public

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
