from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateScopedBudgetRequest")


@_attrs_define
class UpdateScopedBudgetRequest:
    """
    Attributes:
        budget_id (None | str | Unset):
        name (None | str | Unset):
    """

    budget_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_id = d.pop("budget_id", UNSET)

        name = d.pop("name", UNSET)

        update_scoped_budget_request = cls(
            budget_id,
            name,
        )

        update_scoped_budget_request.additional_properties = d
        return update_scoped_budget_request

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


class UpdateScopedBudgetRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`UpdateScopedBudgetRequest`, as plain values."""

    budget_id: str | None
    name: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "budget_id": {"maxLength": 255, "minLength": 1, "type": ["null", "string"]},
    "name": {"maxLength": 200, "type": ["null", "string"]},
}
