from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoredSearchToolSchema")


@_attrs_define
class StoredSearchToolSchema:
    """
    Attributes:
        name (str):
        provider (str):
        api_base (None | str | Unset):
        created_at (None | str | Unset):
        decryptable (bool | Unset):
        last4 (None | str | Unset):
        options (Any | Unset): Any JSON object, passed through as a plain dict.
        shadows_config (bool | Unset):
        timeout (float | None | Unset):
        updated_at (None | str | Unset):
    """

    name: str
    provider: str
    api_base: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    decryptable: bool | Unset = UNSET
    last4: None | str | Unset = UNSET
    options: Any | Unset = UNSET
    shadows_config: bool | Unset = UNSET
    timeout: float | None | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

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

        options = self.options

        shadows_config = self.shadows_config

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
            }
        )
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if decryptable is not UNSET:
            field_dict["decryptable"] = decryptable
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if options is not UNSET:
            field_dict["options"] = options
        if shadows_config is not UNSET:
            field_dict["shadows_config"] = shadows_config
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        api_base = d.pop("api_base", UNSET)

        created_at = d.pop("created_at", UNSET)

        decryptable = d.pop("decryptable", UNSET)

        last4 = d.pop("last4", UNSET)

        options = d.pop("options", UNSET)

        shadows_config = d.pop("shadows_config", UNSET)

        timeout = d.pop("timeout", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        stored_search_tool_schema = cls(
            name,
            provider,
            api_base,
            created_at,
            decryptable,
            last4,
            options,
            shadows_config,
            timeout,
            updated_at,
        )

        stored_search_tool_schema.additional_properties = d
        return stored_search_tool_schema

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
