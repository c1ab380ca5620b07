from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgProviderKeyCreateRequest")


@_attrs_define
class OrgProviderKeyCreateRequest:
    """
    Attributes:
        name (str):
        provider (str):
        api_base (None | str | Unset):
        api_key (None | str | Unset):
        client_args (Any | None | Unset):
    """

    name: str
    provider: str
    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    client_args: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        client_args: Any | None | Unset
        if isinstance(self.client_args, Unset):
            client_args = UNSET
        else:
            client_args = self.client_args

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
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if client_args is not UNSET:
            field_dict["client_args"] = client_args

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        api_base = d.pop("api_base", UNSET)

        api_key = d.pop("api_key", UNSET)

        client_args = d.pop("client_args", UNSET)

        org_provider_key_create_request = cls(
            name,
            provider,
            api_base,
            api_key,
            client_args,
        )

        org_provider_key_create_request.additional_properties = d
        return org_provider_key_create_request

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


class OrgProviderKeyCreateRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`OrgProviderKeyCreateRequest`, as plain values."""

    name: Required[str]
    provider: Required[str]
    api_base: str | None
    api_key: str | None
    client_args: Any


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "name",
    "provider",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "api_base": {"maxLength": 1024, "type": ["null", "string"]},
    "api_key": {"type": ["null", "string"]},
    "client_args": {"type": ["null", "object"]},
    "name": {"maxLength": 255, "type": ["string"]},
    "provider": {"maxLength": 255, "type": ["string"]},
}
