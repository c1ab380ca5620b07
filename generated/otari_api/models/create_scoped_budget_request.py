from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_scoped_budget_request_scope_type import (
    CreateScopedBudgetRequestScopeType,
    check_create_scoped_budget_request_scope_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateScopedBudgetRequest")


@_attrs_define
class CreateScopedBudgetRequest:
    """
    Attributes:
        budget_id (str):
        scope_id (str):
        scope_type (CreateScopedBudgetRequestScopeType):
        name (None | str | Unset):
        provider_key_id (None | str | Unset):
    """

    budget_id: str
    scope_id: str
    scope_type: CreateScopedBudgetRequestScopeType
    name: None | str | Unset = UNSET
    provider_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_id = self.budget_id

        scope_id = self.scope_id

        scope_type: str = self.scope_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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
                "scope_id": scope_id,
                "scope_type": scope_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if provider_key_id is not UNSET:
            field_dict["provider_key_id"] = provider_key_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_id = d.pop("budget_id")

        scope_id = d.pop("scope_id")

        scope_type = check_create_scoped_budget_request_scope_type(d.pop("scope_type"))

        name = d.pop("name", UNSET)

        provider_key_id = d.pop("provider_key_id", UNSET)

        create_scoped_budget_request = cls(
            budget_id,
            scope_id,
            scope_type,
            name,
            provider_key_id,
        )

        create_scoped_budget_request.additional_properties = d
        return create_scoped_budget_request

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


class CreateScopedBudgetRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`CreateScopedBudgetRequest`, as plain values."""

    budget_id: Required[str]
    scope_id: Required[str]
    scope_type: Required[CreateScopedBudgetRequestScopeType]
    name: str | None
    provider_key_id: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "budget_id",
    "scope_id",
    "scope_type",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "budget_id": {"maxLength": 255, "minLength": 1, "type": ["string"]},
    "name": {"maxLength": 200, "type": ["null", "string"]},
    "provider_key_id": {"maxLength": 255, "type": ["null", "string"]},
    "scope_id": {"maxLength": 255, "minLength": 1, "type": ["string"]},
    "scope_type": {"type": ["string"]},
}
