from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_tier import PricingTier


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
        cache_read_price_per_million (float | None | Unset):
        cache_write_1h_price_per_million (float | None | Unset):
        cache_write_price_per_million (float | None | Unset):
        effective_at (str | Unset):
        pricing_tiers (list[PricingTier] | Unset):
    """

    created_at: str
    input_price_per_million: float
    model_key: str
    output_price_per_million: float
    updated_at: str
    cache_read_price_per_million: float | None | Unset = UNSET
    cache_write_1h_price_per_million: float | None | Unset = UNSET
    cache_write_price_per_million: float | None | Unset = UNSET
    effective_at: str | Unset = UNSET
    pricing_tiers: list[PricingTier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        input_price_per_million = self.input_price_per_million

        model_key = self.model_key

        output_price_per_million = self.output_price_per_million

        updated_at = self.updated_at

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

        effective_at = self.effective_at

        pricing_tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pricing_tiers, Unset):
            pricing_tiers = []
            for pricing_tiers_item_data in self.pricing_tiers:
                pricing_tiers_item = pricing_tiers_item_data.to_dict()
                pricing_tiers.append(pricing_tiers_item)

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
        if cache_read_price_per_million is not UNSET:
            field_dict["cache_read_price_per_million"] = cache_read_price_per_million
        if cache_write_1h_price_per_million is not UNSET:
            field_dict["cache_write_1h_price_per_million"] = cache_write_1h_price_per_million
        if cache_write_price_per_million is not UNSET:
            field_dict["cache_write_price_per_million"] = cache_write_price_per_million
        if effective_at is not UNSET:
            field_dict["effective_at"] = effective_at
        if pricing_tiers is not UNSET:
            field_dict["pricing_tiers"] = pricing_tiers

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        input_price_per_million = d.pop("input_price_per_million")

        model_key = d.pop("model_key")

        output_price_per_million = d.pop("output_price_per_million")

        updated_at = d.pop("updated_at")

        cache_read_price_per_million = d.pop("cache_read_price_per_million", UNSET)

        cache_write_1h_price_per_million = d.pop("cache_write_1h_price_per_million", UNSET)

        cache_write_price_per_million = d.pop("cache_write_price_per_million", UNSET)

        effective_at = d.pop("effective_at", UNSET)

        _pricing_tiers = d.pop("pricing_tiers", UNSET)
        pricing_tiers: list[PricingTier] | Unset = UNSET
        if _pricing_tiers is not UNSET:
            pricing_tiers = []
            for pricing_tiers_item_data in _pricing_tiers:
                pricing_tiers_item = PricingTier.from_dict(pricing_tiers_item_data)

                pricing_tiers.append(pricing_tiers_item)

        pricing_response = cls(
            created_at,
            input_price_per_million,
            model_key,
            output_price_per_million,
            updated_at,
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            effective_at,
            pricing_tiers,
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


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.pricing_tier import PricingTier  # noqa: E402
