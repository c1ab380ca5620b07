from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBudgetRequest")


@_attrs_define
class UpdateBudgetRequest:
    """
    Attributes:
        budget_duration_sec (int | None | Unset):
        max_budget (float | None | Unset):
    """

    budget_duration_sec: int | None | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_duration_sec: int | None | Unset
        if isinstance(self.budget_duration_sec, Unset):
            budget_duration_sec = UNSET
        else:
            budget_duration_sec = self.budget_duration_sec

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_duration_sec is not UNSET:
            field_dict["budget_duration_sec"] = budget_duration_sec
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_duration_sec = d.pop("budget_duration_sec", UNSET)

        max_budget = d.pop("max_budget", UNSET)

        update_budget_request = cls(
            budget_duration_sec,
            max_budget,
        )

        update_budget_request.additional_properties = d
        return update_budget_request

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
