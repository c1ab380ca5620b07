from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        allowed_models (list[str] | None | Unset):
        reserved (float | Unset):
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
    allowed_models: list[str] | None | Unset = UNSET
    reserved: float | Unset = UNSET
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

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        reserved = self.reserved

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
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if reserved is not UNSET:
            field_dict["reserved"] = reserved

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

        allowed_models = d.pop("allowed_models", UNSET)
        if allowed_models is not None and allowed_models is not UNSET:

            def _parse_allowed_models(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_models_type_0 = cast(list[str], data)

                    return allowed_models_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            allowed_models = _parse_allowed_models(allowed_models)

        reserved = d.pop("reserved", UNSET)

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
            allowed_models,
            reserved,
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
