from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderHealthSchema")


@_attrs_define
class ProviderHealthSchema:
    """
    Attributes:
        instance (str):
        model_count (int):
        ok (bool):
        checked_at (None | str | Unset):
        discovery_unsupported (bool | Unset):
        error (None | str | Unset):
    """

    instance: str
    model_count: int
    ok: bool
    checked_at: None | str | Unset = UNSET
    discovery_unsupported: bool | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance = self.instance

        model_count = self.model_count

        ok = self.ok

        checked_at: None | str | Unset
        if isinstance(self.checked_at, Unset):
            checked_at = UNSET
        else:
            checked_at = self.checked_at

        discovery_unsupported = self.discovery_unsupported

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance": instance,
                "model_count": model_count,
                "ok": ok,
            }
        )
        if checked_at is not UNSET:
            field_dict["checked_at"] = checked_at
        if discovery_unsupported is not UNSET:
            field_dict["discovery_unsupported"] = discovery_unsupported
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance = d.pop("instance")

        model_count = d.pop("model_count")

        ok = d.pop("ok")

        checked_at = d.pop("checked_at", UNSET)

        discovery_unsupported = d.pop("discovery_unsupported", UNSET)

        error = d.pop("error", UNSET)

        provider_health_schema = cls(
            instance,
            model_count,
            ok,
            checked_at,
            discovery_unsupported,
            error,
        )

        provider_health_schema.additional_properties = d
        return provider_health_schema

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
