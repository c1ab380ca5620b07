from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenChargeLine")


@_attrs_define
class TokenChargeLine:
    """
    Attributes:
        cost (float):
        meter (str):
        rate_per_million (float):
        units (float | int):
    """

    cost: float
    meter: str
    rate_per_million: float
    units: float | int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        meter = self.meter

        rate_per_million = self.rate_per_million

        units: float | int
        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "meter": meter,
                "rate_per_million": rate_per_million,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")

        meter = d.pop("meter")

        rate_per_million = d.pop("rate_per_million")

        units = d.pop("units")

        token_charge_line = cls(
            cost,
            meter,
            rate_per_million,
            units,
        )

        token_charge_line.additional_properties = d
        return token_charge_line

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
