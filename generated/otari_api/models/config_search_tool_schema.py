from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigSearchToolSchema")


@_attrs_define
class ConfigSearchToolSchema:
    """
    Attributes:
        has_api_key (bool):
        name (str):
        provider (str):
        api_base (None | str | Unset):
        shadowed (bool | Unset):
    """

    has_api_key: bool
    name: str
    provider: str
    api_base: None | str | Unset = UNSET
    shadowed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_api_key = self.has_api_key

        name = self.name

        provider = self.provider

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        shadowed = self.shadowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_api_key": has_api_key,
                "name": name,
                "provider": provider,
            }
        )
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if shadowed is not UNSET:
            field_dict["shadowed"] = shadowed

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_api_key = d.pop("has_api_key")

        name = d.pop("name")

        provider = d.pop("provider")

        api_base = d.pop("api_base", UNSET)

        shadowed = d.pop("shadowed", UNSET)

        config_search_tool_schema = cls(
            has_api_key,
            name,
            provider,
            api_base,
            shadowed,
        )

        config_search_tool_schema.additional_properties = d
        return config_search_tool_schema

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
