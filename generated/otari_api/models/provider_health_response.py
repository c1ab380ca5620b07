from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_health_schema import ProviderHealthSchema


T = TypeVar("T", bound="ProviderHealthResponse")


@_attrs_define
class ProviderHealthResponse:
    """
    Attributes:
        healthy (int):
        providers (list[ProviderHealthSchema]):
        total (int):
        checked_at (None | str | Unset):
        degraded (int | Unset):
    """

    healthy: int
    providers: list[ProviderHealthSchema]
    total: int
    checked_at: None | str | Unset = UNSET
    degraded: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        healthy = self.healthy

        providers = []
        for providers_item_data in self.providers:
            providers_item = providers_item_data.to_dict()
            providers.append(providers_item)

        total = self.total

        checked_at: None | str | Unset
        if isinstance(self.checked_at, Unset):
            checked_at = UNSET
        else:
            checked_at = self.checked_at

        degraded = self.degraded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "healthy": healthy,
                "providers": providers,
                "total": total,
            }
        )
        if checked_at is not UNSET:
            field_dict["checked_at"] = checked_at
        if degraded is not UNSET:
            field_dict["degraded"] = degraded

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        healthy = d.pop("healthy")

        providers = []
        _providers = d.pop("providers")
        for providers_item_data in _providers:
            providers_item = ProviderHealthSchema.from_dict(providers_item_data)

            providers.append(providers_item)

        total = d.pop("total")

        checked_at = d.pop("checked_at", UNSET)

        degraded = d.pop("degraded", UNSET)

        provider_health_response = cls(
            healthy,
            providers,
            total,
            checked_at,
            degraded,
        )

        provider_health_response.additional_properties = d
        return provider_health_response

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
from ..models.provider_health_schema import ProviderHealthSchema  # noqa: E402
