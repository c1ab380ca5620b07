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


T = TypeVar("T", bound="OrganizationModelPricingCreate")


@_attrs_define
class OrganizationModelPricingCreate:
    """
    Attributes:
        input_price_per_million (float):
        model_key (str):
        output_price_per_million (float):
        cache_read_price_per_million (float | None | Unset):
        cache_write_1h_price_per_million (float | None | Unset):
        cache_write_price_per_million (float | None | Unset):
        effective_from (datetime.datetime | None | Unset):
        effective_to (datetime.datetime | None | Unset):
        pricing_tiers (list[PricingTier] | None | Unset):
    """

    input_price_per_million: float
    model_key: str
    output_price_per_million: float
    cache_read_price_per_million: float | None | Unset = UNSET
    cache_write_1h_price_per_million: float | None | Unset = UNSET
    cache_write_price_per_million: float | None | Unset = UNSET
    effective_from: datetime.datetime | None | Unset = UNSET
    effective_to: datetime.datetime | None | Unset = UNSET
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

        effective_from: None | str | Unset
        if isinstance(self.effective_from, Unset):
            effective_from = UNSET
        elif isinstance(self.effective_from, datetime.datetime):
            effective_from = self.effective_from.isoformat()
        else:
            effective_from = self.effective_from

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        elif isinstance(self.effective_to, datetime.datetime):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

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
        if effective_from is not UNSET:
            field_dict["effective_from"] = effective_from
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to
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

        effective_from = d.pop("effective_from", UNSET)
        if effective_from is not None and effective_from is not UNSET:

            def _parse_effective_from(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    effective_from_type_0 = datetime.datetime.fromisoformat(data)

                    return effective_from_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            effective_from = _parse_effective_from(effective_from)

        effective_to = d.pop("effective_to", UNSET)
        if effective_to is not None and effective_to is not UNSET:

            def _parse_effective_to(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    effective_to_type_0 = datetime.datetime.fromisoformat(data)

                    return effective_to_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            effective_to = _parse_effective_to(effective_to)

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

        organization_model_pricing_create = cls(
            input_price_per_million,
            model_key,
            output_price_per_million,
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            effective_from,
            effective_to,
            pricing_tiers,
        )

        organization_model_pricing_create.additional_properties = d
        return organization_model_pricing_create

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


class OrganizationModelPricingCreateParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`OrganizationModelPricingCreate`, as plain values."""

    input_price_per_million: Required[float]
    model_key: Required[str]
    output_price_per_million: Required[float]
    cache_read_price_per_million: float | None
    cache_write_1h_price_per_million: float | None
    cache_write_price_per_million: float | None
    effective_from: datetime.datetime | datetime.date | str | None
    effective_to: datetime.datetime | datetime.date | str | None
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
    "effective_from": {"format": "date-time", "type": ["null", "string"]},
    "effective_to": {"format": "date-time", "type": ["null", "string"]},
    "input_price_per_million": {"minimum": 0.0, "type": ["number"]},
    "model_key": {"maxLength": 255, "minLength": 1, "type": ["string"]},
    "output_price_per_million": {"minimum": 0.0, "type": ["number"]},
    "pricing_tiers": {"type": ["array", "null"]},
}


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.pricing_tier import PricingTier  # noqa: E402
