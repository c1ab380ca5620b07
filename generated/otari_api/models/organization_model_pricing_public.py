from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pricing_tier import PricingTier


T = TypeVar("T", bound="OrganizationModelPricingPublic")


@_attrs_define
class OrganizationModelPricingPublic:
    """
    Attributes:
        cache_read_price_per_million (float | None):
        cache_write_1h_price_per_million (float | None):
        cache_write_price_per_million (float | None):
        created_at (datetime.datetime):
        effective_from (datetime.datetime):
        effective_to (datetime.datetime | None):
        id (UUID):
        input_price_per_million (float):
        model_key (str):
        organization_id (UUID):
        output_price_per_million (float):
        pricing_tiers (list[PricingTier]):
        updated_at (datetime.datetime):
    """

    cache_read_price_per_million: float | None
    cache_write_1h_price_per_million: float | None
    cache_write_price_per_million: float | None
    created_at: datetime.datetime
    effective_from: datetime.datetime
    effective_to: datetime.datetime | None
    id: UUID
    input_price_per_million: float
    model_key: str
    organization_id: UUID
    output_price_per_million: float
    pricing_tiers: list[PricingTier]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_read_price_per_million: float | None
        cache_read_price_per_million = self.cache_read_price_per_million

        cache_write_1h_price_per_million: float | None
        cache_write_1h_price_per_million = self.cache_write_1h_price_per_million

        cache_write_price_per_million: float | None
        cache_write_price_per_million = self.cache_write_price_per_million

        created_at = self.created_at.isoformat()

        effective_from = self.effective_from.isoformat()

        effective_to: None | str
        if isinstance(self.effective_to, datetime.datetime):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        id = str(self.id)

        input_price_per_million = self.input_price_per_million

        model_key = self.model_key

        organization_id = str(self.organization_id)

        output_price_per_million = self.output_price_per_million

        pricing_tiers = []
        for pricing_tiers_item_data in self.pricing_tiers:
            pricing_tiers_item = pricing_tiers_item_data.to_dict()
            pricing_tiers.append(pricing_tiers_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_read_price_per_million": cache_read_price_per_million,
                "cache_write_1h_price_per_million": cache_write_1h_price_per_million,
                "cache_write_price_per_million": cache_write_price_per_million,
                "created_at": created_at,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "id": id,
                "input_price_per_million": input_price_per_million,
                "model_key": model_key,
                "organization_id": organization_id,
                "output_price_per_million": output_price_per_million,
                "pricing_tiers": pricing_tiers,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_read_price_per_million = d.pop("cache_read_price_per_million")

        cache_write_1h_price_per_million = d.pop("cache_write_1h_price_per_million")

        cache_write_price_per_million = d.pop("cache_write_price_per_million")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        effective_from = datetime.datetime.fromisoformat(d.pop("effective_from"))

        effective_to = d.pop("effective_to")
        if effective_to is not None:

            def _parse_effective_to(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    effective_to_type_0 = datetime.datetime.fromisoformat(data)

                    return effective_to_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            effective_to = _parse_effective_to(effective_to)

        id = UUID(d.pop("id"))

        input_price_per_million = d.pop("input_price_per_million")

        model_key = d.pop("model_key")

        organization_id = UUID(d.pop("organization_id"))

        output_price_per_million = d.pop("output_price_per_million")

        pricing_tiers = []
        _pricing_tiers = d.pop("pricing_tiers")
        for pricing_tiers_item_data in _pricing_tiers:
            pricing_tiers_item = PricingTier.from_dict(pricing_tiers_item_data)

            pricing_tiers.append(pricing_tiers_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        organization_model_pricing_public = cls(
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            created_at,
            effective_from,
            effective_to,
            id,
            input_price_per_million,
            model_key,
            organization_id,
            output_price_per_million,
            pricing_tiers,
            updated_at,
        )

        organization_model_pricing_public.additional_properties = d
        return organization_model_pricing_public

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
