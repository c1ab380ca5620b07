from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchProviderSchema")


@_attrs_define
class SearchProviderSchema:
    """
    Attributes:
        id (str):
        requires_api_base (bool):
        requires_api_key (bool):
        default_api_base (None | str | Unset):
    """

    id: str
    requires_api_base: bool
    requires_api_key: bool
    default_api_base: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        requires_api_base = self.requires_api_base

        requires_api_key = self.requires_api_key

        default_api_base: None | str | Unset
        if isinstance(self.default_api_base, Unset):
            default_api_base = UNSET
        else:
            default_api_base = self.default_api_base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "requires_api_base": requires_api_base,
                "requires_api_key": requires_api_key,
            }
        )
        if default_api_base is not UNSET:
            field_dict["default_api_base"] = default_api_base

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        requires_api_base = d.pop("requires_api_base")

        requires_api_key = d.pop("requires_api_key")

        default_api_base = d.pop("default_api_base", UNSET)

        search_provider_schema = cls(
            id,
            requires_api_base,
            requires_api_key,
            default_api_base,
        )

        search_provider_schema.additional_properties = d
        return search_provider_schema

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
