from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnownProviderSchema")


@_attrs_define
class KnownProviderSchema:
    """
    Attributes:
        id (str):
        name (str):
        requires_api_key (bool):
        default_api_base (None | str | Unset):
        env_key (None | str | Unset):
        env_key_present (bool | Unset):
    """

    id: str
    name: str
    requires_api_key: bool
    default_api_base: None | str | Unset = UNSET
    env_key: None | str | Unset = UNSET
    env_key_present: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        requires_api_key = self.requires_api_key

        default_api_base: None | str | Unset
        if isinstance(self.default_api_base, Unset):
            default_api_base = UNSET
        else:
            default_api_base = self.default_api_base

        env_key: None | str | Unset
        if isinstance(self.env_key, Unset):
            env_key = UNSET
        else:
            env_key = self.env_key

        env_key_present = self.env_key_present

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "requires_api_key": requires_api_key,
            }
        )
        if default_api_base is not UNSET:
            field_dict["default_api_base"] = default_api_base
        if env_key is not UNSET:
            field_dict["env_key"] = env_key
        if env_key_present is not UNSET:
            field_dict["env_key_present"] = env_key_present

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        requires_api_key = d.pop("requires_api_key")

        default_api_base = d.pop("default_api_base", UNSET)

        env_key = d.pop("env_key", UNSET)

        env_key_present = d.pop("env_key_present", UNSET)

        known_provider_schema = cls(
            id,
            name,
            requires_api_key,
            default_api_base,
            env_key,
            env_key_present,
        )

        known_provider_schema.additional_properties = d
        return known_provider_schema

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
