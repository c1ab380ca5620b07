from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateKeyResponse")


@_attrs_define
class CreateKeyResponse:
    """
    Attributes:
        created_at (str):
        expires_at (None | str):
        id (str):
        is_active (bool):
        key (str):
        key_name (None | str):
        metadata (Any): Any JSON object, passed through as a plain dict.
        user_id (None | str):
    """

    created_at: str
    expires_at: None | str
    id: str
    is_active: bool
    key: str
    key_name: None | str
    metadata: Any
    user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        expires_at: None | str
        expires_at = self.expires_at

        id = self.id

        is_active = self.is_active

        key = self.key

        key_name: None | str
        key_name = self.key_name

        metadata = self.metadata

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "expires_at": expires_at,
                "id": id,
                "is_active": is_active,
                "key": key,
                "key_name": key_name,
                "metadata": metadata,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        expires_at = d.pop("expires_at")

        id = d.pop("id")

        is_active = d.pop("is_active")

        key = d.pop("key")

        key_name = d.pop("key_name")

        metadata = d.pop("metadata")

        user_id = d.pop("user_id")

        create_key_response = cls(
            created_at,
            expires_at,
            id,
            is_active,
            key,
            key_name,
            metadata,
            user_id,
        )

        create_key_response.additional_properties = d
        return create_key_response

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
