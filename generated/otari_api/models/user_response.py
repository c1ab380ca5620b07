from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserResponse")


@_attrs_define
class UserResponse:
    """
    Attributes:
        alias (None | str):
        blocked (bool):
        budget_id (None | str):
        budget_started_at (None | str):
        created_at (str):
        metadata (Any): Any JSON object, passed through as a plain dict.
        next_budget_reset_at (None | str):
        spend (float):
        updated_at (str):
        user_id (str):
    """

    alias: None | str
    blocked: bool
    budget_id: None | str
    budget_started_at: None | str
    created_at: str
    metadata: Any
    next_budget_reset_at: None | str
    spend: float
    updated_at: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias: None | str
        alias = self.alias

        blocked = self.blocked

        budget_id: None | str
        budget_id = self.budget_id

        budget_started_at: None | str
        budget_started_at = self.budget_started_at

        created_at = self.created_at

        metadata = self.metadata

        next_budget_reset_at: None | str
        next_budget_reset_at = self.next_budget_reset_at

        spend = self.spend

        updated_at = self.updated_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "blocked": blocked,
                "budget_id": budget_id,
                "budget_started_at": budget_started_at,
                "created_at": created_at,
                "metadata": metadata,
                "next_budget_reset_at": next_budget_reset_at,
                "spend": spend,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias")

        blocked = d.pop("blocked")

        budget_id = d.pop("budget_id")

        budget_started_at = d.pop("budget_started_at")

        created_at = d.pop("created_at")

        metadata = d.pop("metadata")

        next_budget_reset_at = d.pop("next_budget_reset_at")

        spend = d.pop("spend")

        updated_at = d.pop("updated_at")

        user_id = d.pop("user_id")

        user_response = cls(
            alias,
            blocked,
            budget_id,
            budget_started_at,
            created_at,
            metadata,
            next_budget_reset_at,
            spend,
            updated_at,
            user_id,
        )

        user_response.additional_properties = d
        return user_response

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
