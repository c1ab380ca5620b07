from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivationApiKeyPublic")


@_attrs_define
class ActivationApiKeyPublic:
    """
    Attributes:
        key (str):
        key_id (str):
        key_name (None | str):
        key_prefix (None | str):
    """

    key: str
    key_id: str
    key_name: None | str
    key_prefix: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        key_id = self.key_id

        key_name: None | str
        key_name = self.key_name

        key_prefix: None | str
        key_prefix = self.key_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "key_id": key_id,
                "key_name": key_name,
                "key_prefix": key_prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        key_id = d.pop("key_id")

        key_name = d.pop("key_name")

        key_prefix = d.pop("key_prefix")

        activation_api_key_public = cls(
            key,
            key_id,
            key_name,
            key_prefix,
        )

        activation_api_key_public.additional_properties = d
        return activation_api_key_public

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
