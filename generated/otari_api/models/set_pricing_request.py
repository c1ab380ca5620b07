from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetPricingRequest")


@_attrs_define
class SetPricingRequest:
    """
    Attributes:
        input_price_per_million (float):
        model_key (str):
        output_price_per_million (float):
        effective_at (datetime.datetime | None | Unset):
    """

    input_price_per_million: float
    model_key: str
    output_price_per_million: float
    effective_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_price_per_million = self.input_price_per_million

        model_key = self.model_key

        output_price_per_million = self.output_price_per_million

        effective_at: None | str | Unset
        if isinstance(self.effective_at, Unset):
            effective_at = UNSET
        elif isinstance(self.effective_at, datetime.datetime):
            effective_at = self.effective_at.isoformat()
        else:
            effective_at = self.effective_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_price_per_million": input_price_per_million,
                "model_key": model_key,
                "output_price_per_million": output_price_per_million,
            }
        )
        if effective_at is not UNSET:
            field_dict["effective_at"] = effective_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_price_per_million = d.pop("input_price_per_million")

        model_key = d.pop("model_key")

        output_price_per_million = d.pop("output_price_per_million")

        effective_at = d.pop("effective_at", UNSET)
        if effective_at is not None and effective_at is not UNSET:

            def _parse_effective_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    effective_at_type_0 = datetime.datetime.fromisoformat(data)

                    return effective_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            effective_at = _parse_effective_at(effective_at)

        set_pricing_request = cls(
            input_price_per_million,
            model_key,
            output_price_per_million,
            effective_at,
        )

        set_pricing_request.additional_properties = d
        return set_pricing_request

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
