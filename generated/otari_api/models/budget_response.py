from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BudgetResponse")


@_attrs_define
class BudgetResponse:
    """
    Attributes:
        budget_duration_sec (int | None):
        budget_id (str):
        created_at (str):
        max_budget (float | None):
        updated_at (str):
        name (None | str | Unset):
        reset_alignment (None | str | Unset):
        total_reserved (float | Unset):
        total_spend (float | Unset):
        user_count (int | Unset):
    """

    budget_duration_sec: int | None
    budget_id: str
    created_at: str
    max_budget: float | None
    updated_at: str
    name: None | str | Unset = UNSET
    reset_alignment: None | str | Unset = UNSET
    total_reserved: float | Unset = UNSET
    total_spend: float | Unset = UNSET
    user_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_duration_sec: int | None
        budget_duration_sec = self.budget_duration_sec

        budget_id = self.budget_id

        created_at = self.created_at

        max_budget: float | None
        max_budget = self.max_budget

        updated_at = self.updated_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reset_alignment: None | str | Unset
        if isinstance(self.reset_alignment, Unset):
            reset_alignment = UNSET
        else:
            reset_alignment = self.reset_alignment

        total_reserved = self.total_reserved

        total_spend = self.total_spend

        user_count = self.user_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_duration_sec": budget_duration_sec,
                "budget_id": budget_id,
                "created_at": created_at,
                "max_budget": max_budget,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if reset_alignment is not UNSET:
            field_dict["reset_alignment"] = reset_alignment
        if total_reserved is not UNSET:
            field_dict["total_reserved"] = total_reserved
        if total_spend is not UNSET:
            field_dict["total_spend"] = total_spend
        if user_count is not UNSET:
            field_dict["user_count"] = user_count

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_duration_sec = d.pop("budget_duration_sec")

        budget_id = d.pop("budget_id")

        created_at = d.pop("created_at")

        max_budget = d.pop("max_budget")

        updated_at = d.pop("updated_at")

        name = d.pop("name", UNSET)

        reset_alignment = d.pop("reset_alignment", UNSET)

        total_reserved = d.pop("total_reserved", UNSET)

        total_spend = d.pop("total_spend", UNSET)

        user_count = d.pop("user_count", UNSET)

        budget_response = cls(
            budget_duration_sec,
            budget_id,
            created_at,
            max_budget,
            updated_at,
            name,
            reset_alignment,
            total_reserved,
            total_spend,
            user_count,
        )

        budget_response.additional_properties = d
        return budget_response

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
