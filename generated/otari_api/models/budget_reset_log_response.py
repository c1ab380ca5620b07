from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BudgetResetLogResponse")


@_attrs_define
class BudgetResetLogResponse:
    """
    Attributes:
        budget_id (str):
        id (int):
        next_reset_at (None | str):
        previous_spend (float):
        reset_at (str):
        user_id (None | str):
    """

    budget_id: str
    id: int
    next_reset_at: None | str
    previous_spend: float
    reset_at: str
    user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_id = self.budget_id

        id = self.id

        next_reset_at: None | str
        next_reset_at = self.next_reset_at

        previous_spend = self.previous_spend

        reset_at = self.reset_at

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_id": budget_id,
                "id": id,
                "next_reset_at": next_reset_at,
                "previous_spend": previous_spend,
                "reset_at": reset_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_id = d.pop("budget_id")

        id = d.pop("id")

        next_reset_at = d.pop("next_reset_at")

        previous_spend = d.pop("previous_spend")

        reset_at = d.pop("reset_at")

        user_id = d.pop("user_id")

        budget_reset_log_response = cls(
            budget_id,
            id,
            next_reset_at,
            previous_spend,
            reset_at,
            user_id,
        )

        budget_reset_log_response.additional_properties = d
        return budget_reset_log_response

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
