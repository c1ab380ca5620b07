from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceMemberBudgetPolicyUpdate")


@_attrs_define
class WorkspaceMemberBudgetPolicyUpdate:
    """
    Attributes:
        budget_id (str):
    """

    budget_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_id = self.budget_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_id": budget_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_id = d.pop("budget_id")

        workspace_member_budget_policy_update = cls(
            budget_id,
        )

        workspace_member_budget_policy_update.additional_properties = d
        return workspace_member_budget_policy_update

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


class WorkspaceMemberBudgetPolicyUpdateParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`WorkspaceMemberBudgetPolicyUpdate`, as plain values."""

    budget_id: Required[str]


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("budget_id",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"budget_id": {"maxLength": 255, "minLength": 1, "type": ["string"]}}
