from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationResult")


@_attrs_define
class ModerationResult:
    """
    Attributes:
        flagged (bool):
        categories (Any | Unset): Any JSON object, passed through as a plain dict.
        category_applied_input_types (Any | None | Unset):
        category_scores (Any | Unset): Any JSON object, passed through as a plain dict.
        provider_raw (Any | None | Unset):
    """

    flagged: bool
    categories: Any | Unset = UNSET
    category_applied_input_types: Any | None | Unset = UNSET
    category_scores: Any | Unset = UNSET
    provider_raw: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flagged = self.flagged

        categories = self.categories

        category_applied_input_types: Any | None | Unset
        if isinstance(self.category_applied_input_types, Unset):
            category_applied_input_types = UNSET
        else:
            category_applied_input_types = self.category_applied_input_types

        category_scores = self.category_scores

        provider_raw: Any | None | Unset
        if isinstance(self.provider_raw, Unset):
            provider_raw = UNSET
        else:
            provider_raw = self.provider_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flagged": flagged,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if category_applied_input_types is not UNSET:
            field_dict["category_applied_input_types"] = category_applied_input_types
        if category_scores is not UNSET:
            field_dict["category_scores"] = category_scores
        if provider_raw is not UNSET:
            field_dict["provider_raw"] = provider_raw

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flagged = d.pop("flagged")

        categories = d.pop("categories", UNSET)

        category_applied_input_types = d.pop("category_applied_input_types", UNSET)

        category_scores = d.pop("category_scores", UNSET)

        provider_raw = d.pop("provider_raw", UNSET)

        moderation_result = cls(
            flagged,
            categories,
            category_applied_input_types,
            category_scores,
            provider_raw,
        )

        moderation_result.additional_properties = d
        return moderation_result

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
