from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceMemberBudgetPolicyCreate")


@_attrs_define
class WorkspaceMemberBudgetPolicyCreate:
    """
    Attributes:
        budget_id (str):
        provider_key_id (None | str | Unset):
    """

    budget_id: str
    provider_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_id = self.budget_id

        provider_key_id: None | str | Unset
        if isinstance(self.provider_key_id, Unset):
            provider_key_id = UNSET
        else:
            provider_key_id = self.provider_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_id": budget_id,
            }
        )
        if provider_key_id is not UNSET:
            field_dict["provider_key_id"] = provider_key_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_id = d.pop("budget_id")

        provider_key_id = d.pop("provider_key_id", UNSET)

        workspace_member_budget_policy_create = cls(
            budget_id,
            provider_key_id,
        )

        workspace_member_budget_policy_create.additional_properties = d
        return workspace_member_budget_policy_create

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


class WorkspaceMemberBudgetPolicyCreateParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`WorkspaceMemberBudgetPolicyCreate`, as plain values."""

    budget_id: Required[str]
    provider_key_id: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("budget_id",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "budget_id": {"maxLength": 255, "minLength": 1, "type": ["string"]},
    "provider_key_id": {"maxLength": 255, "type": ["null", "string"]},
}
