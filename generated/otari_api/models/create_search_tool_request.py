from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSearchToolRequest")


@_attrs_define
class CreateSearchToolRequest:
    """
    Attributes:
        name (str):
        provider (str):
        api_base (None | str | Unset):
        api_key (None | str | Unset):
        options (Any | None | Unset):
        timeout (float | None | Unset):
    """

    name: str
    provider: str
    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    options: Any | None | Unset = UNSET
    timeout: float | None | Unset = UNSET
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

        options: Any | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

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
        if options is not UNSET:
            field_dict["options"] = options
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        api_base = d.pop("api_base", UNSET)

        api_key = d.pop("api_key", UNSET)

        options = d.pop("options", UNSET)

        timeout = d.pop("timeout", UNSET)

        create_search_tool_request = cls(
            name,
            provider,
            api_base,
            api_key,
            options,
            timeout,
        )

        create_search_tool_request.additional_properties = d
        return create_search_tool_request

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


class CreateSearchToolRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`CreateSearchToolRequest`, as plain values."""

    name: Required[str]
    provider: Required[str]
    api_base: str | None
    api_key: str | None
    options: Any
    timeout: float | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "name",
    "provider",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "api_base": {"type": ["null", "string"]},
    "api_key": {"type": ["null", "string"]},
    "name": {"minLength": 1, "type": ["string"]},
    "options": {"type": ["null", "object"]},
    "provider": {"type": ["string"]},
    "timeout": {"type": ["null", "number"]},
}
