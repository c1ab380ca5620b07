from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_tier import PricingTier


T = TypeVar("T", bound="ModelPricingInfo")


@_attrs_define
class ModelPricingInfo:
    """
    Attributes:
        input_price_per_million (float):
        output_price_per_million (float):
        cache_read_price_per_million (float | None | Unset):
        cache_write_1h_price_per_million (float | None | Unset):
        cache_write_price_per_million (float | None | Unset):
        pricing_tiers (list[Any | PricingTier] | Unset):
    """

    input_price_per_million: float
    output_price_per_million: float
    cache_read_price_per_million: float | None | Unset = UNSET
    cache_write_1h_price_per_million: float | None | Unset = UNSET
    cache_write_price_per_million: float | None | Unset = UNSET
    pricing_tiers: list[Any | PricingTier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_price_per_million = self.input_price_per_million

        output_price_per_million = self.output_price_per_million

        cache_read_price_per_million: float | None | Unset
        if isinstance(self.cache_read_price_per_million, Unset):
            cache_read_price_per_million = UNSET
        else:
            cache_read_price_per_million = self.cache_read_price_per_million

        cache_write_1h_price_per_million: float | None | Unset
        if isinstance(self.cache_write_1h_price_per_million, Unset):
            cache_write_1h_price_per_million = UNSET
        else:
            cache_write_1h_price_per_million = self.cache_write_1h_price_per_million

        cache_write_price_per_million: float | None | Unset
        if isinstance(self.cache_write_price_per_million, Unset):
            cache_write_price_per_million = UNSET
        else:
            cache_write_price_per_million = self.cache_write_price_per_million

        pricing_tiers: list[Any | dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pricing_tiers, Unset):
            pricing_tiers = []
            for pricing_tiers_item_data in self.pricing_tiers:
                pricing_tiers_item: Any | dict[str, Any]
                if isinstance(pricing_tiers_item_data, PricingTier):
                    pricing_tiers_item = pricing_tiers_item_data.to_dict()
                else:
                    pricing_tiers_item = pricing_tiers_item_data
                pricing_tiers.append(pricing_tiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_price_per_million": input_price_per_million,
                "output_price_per_million": output_price_per_million,
            }
        )
        if cache_read_price_per_million is not UNSET:
            field_dict["cache_read_price_per_million"] = cache_read_price_per_million
        if cache_write_1h_price_per_million is not UNSET:
            field_dict["cache_write_1h_price_per_million"] = cache_write_1h_price_per_million
        if cache_write_price_per_million is not UNSET:
            field_dict["cache_write_price_per_million"] = cache_write_price_per_million
        if pricing_tiers is not UNSET:
            field_dict["pricing_tiers"] = pricing_tiers

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_price_per_million = d.pop("input_price_per_million")

        output_price_per_million = d.pop("output_price_per_million")

        cache_read_price_per_million = d.pop("cache_read_price_per_million", UNSET)

        cache_write_1h_price_per_million = d.pop("cache_write_1h_price_per_million", UNSET)

        cache_write_price_per_million = d.pop("cache_write_price_per_million", UNSET)

        _pricing_tiers = d.pop("pricing_tiers", UNSET)
        pricing_tiers: list[Any | PricingTier] | Unset = UNSET
        if _pricing_tiers is not UNSET:
            pricing_tiers = []
            for pricing_tiers_item_data in _pricing_tiers:

                def _parse_pricing_tiers_item(data: object) -> Any | PricingTier:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        pricing_tiers_item_type_0 = PricingTier.from_dict(data)

                        return pricing_tiers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Any | PricingTier, data)

                pricing_tiers_item = _parse_pricing_tiers_item(pricing_tiers_item_data)

                pricing_tiers.append(pricing_tiers_item)

        model_pricing_info = cls(
            input_price_per_million,
            output_price_per_million,
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            pricing_tiers,
        )

        model_pricing_info.additional_properties = d
        return model_pricing_info

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


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.pricing_tier import PricingTier  # noqa: E402
