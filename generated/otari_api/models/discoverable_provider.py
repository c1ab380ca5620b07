from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discoverable_model import DiscoverableModel


T = TypeVar("T", bound="DiscoverableProvider")


@_attrs_define
class DiscoverableProvider:
    """
    Attributes:
        models (list[DiscoverableModel]):
        ok (bool):
        provider (str):
        checked_at (None | str | Unset):
        discovery_unsupported (bool | Unset):
        error (None | str | Unset):
    """

    models: list[DiscoverableModel]
    ok: bool
    provider: str
    checked_at: None | str | Unset = UNSET
    discovery_unsupported: bool | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        ok = self.ok

        provider = self.provider

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
                "models": models,
                "ok": ok,
                "provider": provider,
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
        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = DiscoverableModel.from_dict(models_item_data)

            models.append(models_item)

        ok = d.pop("ok")

        provider = d.pop("provider")

        checked_at = d.pop("checked_at", UNSET)

        discovery_unsupported = d.pop("discovery_unsupported", UNSET)

        error = d.pop("error", UNSET)

        discoverable_provider = cls(
            models,
            ok,
            provider,
            checked_at,
            discovery_unsupported,
            error,
        )

        discoverable_provider.additional_properties = d
        return discoverable_provider

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
from ..models.discoverable_model import DiscoverableModel  # noqa: E402
