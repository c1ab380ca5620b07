from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_budget_request_reset_alignment_type_0 import (
    CreateBudgetRequestResetAlignmentType0,
    check_create_budget_request_reset_alignment_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBudgetRequest")


@_attrs_define
class CreateBudgetRequest:
    """
    Attributes:
        budget_duration_sec (int | None | Unset):
        max_budget (float | None | Unset):
        name (None | str | Unset):
        reset_alignment (CreateBudgetRequestResetAlignmentType0 | None | Unset):
    """

    budget_duration_sec: int | None | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    reset_alignment: CreateBudgetRequestResetAlignmentType0 | None | Unset = UNSET
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reset_alignment: None | str | Unset
        if isinstance(self.reset_alignment, Unset):
            reset_alignment = UNSET
        elif isinstance(self.reset_alignment, str):
            reset_alignment = self.reset_alignment
        else:
            reset_alignment = self.reset_alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_duration_sec is not UNSET:
            field_dict["budget_duration_sec"] = budget_duration_sec
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if name is not UNSET:
            field_dict["name"] = name
        if reset_alignment is not UNSET:
            field_dict["reset_alignment"] = reset_alignment

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_duration_sec = d.pop("budget_duration_sec", UNSET)

        max_budget = d.pop("max_budget", UNSET)

        name = d.pop("name", UNSET)

        reset_alignment = d.pop("reset_alignment", UNSET)
        if reset_alignment is not None and reset_alignment is not UNSET:

            def _parse_reset_alignment(data: object) -> CreateBudgetRequestResetAlignmentType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    reset_alignment_type_0 = check_create_budget_request_reset_alignment_type_0(data)

                    return reset_alignment_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateBudgetRequestResetAlignmentType0 | None | Unset, data)

            reset_alignment = _parse_reset_alignment(reset_alignment)

        create_budget_request = cls(
            budget_duration_sec,
            max_budget,
            name,
            reset_alignment,
        )

        create_budget_request.additional_properties = d
        return create_budget_request

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


class CreateBudgetRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`CreateBudgetRequest`, as plain values."""

    budget_duration_sec: int | None
    max_budget: float | None
    name: str | None
    reset_alignment: CreateBudgetRequestResetAlignmentType0 | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "budget_duration_sec": {"type": ["integer", "null"]},
    "max_budget": {"maximum": 999999999999.0, "minimum": 0.0, "type": ["null", "number"]},
    "name": {"type": ["null", "string"]},
    "reset_alignment": {"type": ["null", "string"]},
}
