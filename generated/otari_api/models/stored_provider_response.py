from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoredProviderResponse")


@_attrs_define
class StoredProviderResponse:
    """
    Attributes:
        instance (str):
        api_base (None | str | Unset):
        client_args (Any | Unset): Any JSON object, passed through as a plain dict.
        created_at (None | str | Unset):
        decryptable (bool | Unset):
        last4 (None | str | Unset):
        provider_type (None | str | Unset):
        updated_at (None | str | Unset):
    """

    instance: str
    api_base: None | str | Unset = UNSET
    client_args: Any | Unset = UNSET
    created_at: None | str | Unset = UNSET
    decryptable: bool | Unset = UNSET
    last4: None | str | Unset = UNSET
    provider_type: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance = self.instance

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        client_args = self.client_args

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        decryptable = self.decryptable

        last4: None | str | Unset
        if isinstance(self.last4, Unset):
            last4 = UNSET
        else:
            last4 = self.last4

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = self.provider_type

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance": instance,
            }
        )
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if client_args is not UNSET:
            field_dict["client_args"] = client_args
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if decryptable is not UNSET:
            field_dict["decryptable"] = decryptable
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance = d.pop("instance")

        api_base = d.pop("api_base", UNSET)

        client_args = d.pop("client_args", UNSET)

        created_at = d.pop("created_at", UNSET)

        decryptable = d.pop("decryptable", UNSET)

        last4 = d.pop("last4", UNSET)

        provider_type = d.pop("provider_type", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        stored_provider_response = cls(
            instance,
            api_base,
            client_args,
            created_at,
            decryptable,
            last4,
            provider_type,
            updated_at,
        )

        stored_provider_response.additional_properties = d
        return stored_provider_response

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
