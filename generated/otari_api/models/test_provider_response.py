from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestProviderResponse")


@_attrs_define
class TestProviderResponse:
    """
    Attributes:
        model_count (int):
        ok (bool):
        discovery_unsupported (bool | Unset):
        error (None | str | Unset):
    """

    model_count: int
    ok: bool
    discovery_unsupported: bool | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_count = self.model_count

        ok = self.ok

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
                "model_count": model_count,
                "ok": ok,
            }
        )
        if discovery_unsupported is not UNSET:
            field_dict["discovery_unsupported"] = discovery_unsupported
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_count = d.pop("model_count")

        ok = d.pop("ok")

        discovery_unsupported = d.pop("discovery_unsupported", UNSET)

        error = d.pop("error", UNSET)

        test_provider_response = cls(
            model_count,
            ok,
            discovery_unsupported,
            error,
        )

        test_provider_response.additional_properties = d
        return test_provider_response

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
