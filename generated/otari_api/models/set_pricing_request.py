from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_tier import PricingTier


T = TypeVar("T", bound="SetPricingRequest")


@_attrs_define
class SetPricingRequest:
    """
    Attributes:
        input_price_per_million (float):
        model_key (str):
        output_price_per_million (float):
        cache_read_price_per_million (float | None | Unset):
        cache_write_1h_price_per_million (float | None | Unset):
        cache_write_price_per_million (float | None | Unset):
        effective_at (datetime.datetime | None | Unset):
        pricing_tiers (list[PricingTier] | None | Unset):
    """

    input_price_per_million: float
    model_key: str
    output_price_per_million: float
    cache_read_price_per_million: float | None | Unset = UNSET
    cache_write_1h_price_per_million: float | None | Unset = UNSET
    cache_write_price_per_million: float | None | Unset = UNSET
    effective_at: datetime.datetime | None | Unset = UNSET
    pricing_tiers: list[PricingTier] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_price_per_million = self.input_price_per_million

        model_key = self.model_key

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

        effective_at: None | str | Unset
        if isinstance(self.effective_at, Unset):
            effective_at = UNSET
        elif isinstance(self.effective_at, datetime.datetime):
            effective_at = self.effective_at.isoformat()
        else:
            effective_at = self.effective_at

        pricing_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_tiers, Unset):
            pricing_tiers = UNSET
        elif isinstance(self.pricing_tiers, list):
            pricing_tiers = []
            for pricing_tiers_type_0_item_data in self.pricing_tiers:
                pricing_tiers_type_0_item = pricing_tiers_type_0_item_data.to_dict()
                pricing_tiers.append(pricing_tiers_type_0_item)

        else:
            pricing_tiers = self.pricing_tiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_price_per_million": input_price_per_million,
                "model_key": model_key,
                "output_price_per_million": output_price_per_million,
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
        input_price_per_million = d.pop("input_price_per_million")

        model_key = d.pop("model_key")

        output_price_per_million = d.pop("output_price_per_million")

        cache_read_price_per_million = d.pop("cache_read_price_per_million", UNSET)

        cache_write_1h_price_per_million = d.pop("cache_write_1h_price_per_million", UNSET)

        cache_write_price_per_million = d.pop("cache_write_price_per_million", UNSET)

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

        pricing_tiers = d.pop("pricing_tiers", UNSET)
        if pricing_tiers is not None and pricing_tiers is not UNSET:

            def _parse_pricing_tiers(data: object) -> list[PricingTier] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    pricing_tiers_type_0 = []
                    _pricing_tiers_type_0 = data
                    for pricing_tiers_type_0_item_data in _pricing_tiers_type_0:
                        pricing_tiers_type_0_item = PricingTier.from_dict(pricing_tiers_type_0_item_data)

                        pricing_tiers_type_0.append(pricing_tiers_type_0_item)

                    return pricing_tiers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[PricingTier] | None | Unset, data)

            pricing_tiers = _parse_pricing_tiers(pricing_tiers)

        set_pricing_request = cls(
            input_price_per_million,
            model_key,
            output_price_per_million,
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            effective_at,
            pricing_tiers,
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


class SetPricingRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`SetPricingRequest`, as plain values."""

    input_price_per_million: Required[float]
    model_key: Required[str]
    output_price_per_million: Required[float]
    cache_read_price_per_million: float | None
    cache_write_1h_price_per_million: float | None
    cache_write_price_per_million: float | None
    effective_at: datetime.datetime | datetime.date | str | None
    pricing_tiers: Sequence[Mapping[str, Any] | PricingTier] | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "input_price_per_million",
    "model_key",
    "output_price_per_million",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "cache_read_price_per_million": {"minimum": 0.0, "type": ["null", "number"]},
    "cache_write_1h_price_per_million": {"minimum": 0.0, "type": ["null", "number"]},
    "cache_write_price_per_million": {"minimum": 0.0, "type": ["null", "number"]},
    "effective_at": {"format": "date-time", "type": ["null", "string"]},
    "input_price_per_million": {"minimum": 0.0, "type": ["number"]},
    "model_key": {"type": ["string"]},
    "output_price_per_million": {"minimum": 0.0, "type": ["number"]},
    "pricing_tiers": {"type": ["array", "null"]},
}


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.pricing_tier import PricingTier  # noqa: E402
