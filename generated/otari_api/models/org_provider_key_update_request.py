from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgProviderKeyUpdateRequest")


@_attrs_define
class OrgProviderKeyUpdateRequest:
    """
    Attributes:
        api_base (None | str | Unset):
        api_key (None | str | Unset):
        client_args (Any | None | Unset):
        name (None | str | Unset):
    """

    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    client_args: Any | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if client_args is not UNSET:
            field_dict["client_args"] = client_args
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_base = d.pop("api_base", UNSET)

        api_key = d.pop("api_key", UNSET)

        client_args = d.pop("client_args", UNSET)

        name = d.pop("name", UNSET)

        org_provider_key_update_request = cls(
            api_base,
            api_key,
            client_args,
            name,
        )

        org_provider_key_update_request.additional_properties = d
        return org_provider_key_update_request

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


class OrgProviderKeyUpdateRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`OrgProviderKeyUpdateRequest`, as plain values."""

    api_base: str | None
    api_key: str | None
    client_args: Any
    name: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "api_base": {"maxLength": 1024, "type": ["null", "string"]},
    "api_key": {"type": ["null", "string"]},
    "client_args": {"type": ["null", "object"]},
    "name": {"maxLength": 255, "type": ["null", "string"]},
}
