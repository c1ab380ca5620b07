from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSearchToolRequest")


@_attrs_define
class UpdateSearchToolRequest:
    """
    Attributes:
        api_base (None | str | Unset):
        api_key (None | str | Unset):
        expected_updated_at (None | str | Unset):
        options (Any | None | Unset):
        provider (None | str | Unset):
        timeout (float | None | Unset):
    """

    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    expected_updated_at: None | str | Unset = UNSET
    options: Any | None | Unset = UNSET
    provider: None | str | Unset = UNSET
    timeout: float | None | Unset = UNSET
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

        expected_updated_at: None | str | Unset
        if isinstance(self.expected_updated_at, Unset):
            expected_updated_at = UNSET
        else:
            expected_updated_at = self.expected_updated_at

        options: Any | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if expected_updated_at is not UNSET:
            field_dict["expected_updated_at"] = expected_updated_at
        if options is not UNSET:
            field_dict["options"] = options
        if provider is not UNSET:
            field_dict["provider"] = provider
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_base = d.pop("api_base", UNSET)

        api_key = d.pop("api_key", UNSET)

        expected_updated_at = d.pop("expected_updated_at", UNSET)

        options = d.pop("options", UNSET)

        provider = d.pop("provider", UNSET)

        timeout = d.pop("timeout", UNSET)

        update_search_tool_request = cls(
            api_base,
            api_key,
            expected_updated_at,
            options,
            provider,
            timeout,
        )

        update_search_tool_request.additional_properties = d
        return update_search_tool_request

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


class UpdateSearchToolRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`UpdateSearchToolRequest`, as plain values."""

    api_base: str | None
    api_key: str | None
    expected_updated_at: str | None
    options: Any
    provider: str | None
    timeout: float | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "api_base": {"type": ["null", "string"]},
    "api_key": {"type": ["null", "string"]},
    "expected_updated_at": {"type": ["null", "string"]},
    "options": {"type": ["null", "object"]},
    "provider": {"type": ["null", "string"]},
    "timeout": {"type": ["null", "number"]},
}
