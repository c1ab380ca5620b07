from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingResponse")


@_attrs_define
class PricingResponse:
    """
    Attributes:
        created_at (str):
        input_price_per_million (float):
        model_key (str):
        output_price_per_million (float):
        updated_at (str):
        effective_at (str | Unset):
    """

    created_at: str
    input_price_per_million: float
    model_key: str
    output_price_per_million: float
    updated_at: str
    effective_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        input_price_per_million = self.input_price_per_million

        model_key = self.model_key

        output_price_per_million = self.output_price_per_million

        updated_at = self.updated_at

        effective_at = self.effective_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "input_price_per_million": input_price_per_million,
                "model_key": model_key,
                "output_price_per_million": output_price_per_million,
                "updated_at": updated_at,
            }
        )
        if effective_at is not UNSET:
            field_dict["effective_at"] = effective_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        input_price_per_million = d.pop("input_price_per_million")

        model_key = d.pop("model_key")

        output_price_per_million = d.pop("output_price_per_million")

        updated_at = d.pop("updated_at")

        effective_at = d.pop("effective_at", UNSET)

        pricing_response = cls(
            created_at,
            input_price_per_million,
            model_key,
            output_price_per_million,
            updated_at,
            effective_at,
        )

        pricing_response.additional_properties = d
        return pricing_response

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
