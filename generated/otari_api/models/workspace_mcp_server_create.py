from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceMcpServerCreate")


@_attrs_define
class WorkspaceMcpServerCreate:
    """
    Attributes:
        name (str):
        url (str):
        allowed_tools (list[str] | None | Unset):
        authorization_token (None | str | Unset):
        enabled (bool | Unset):
        purpose_hint (None | str | Unset):
    """

    name: str
    url: str
    allowed_tools: list[str] | None | Unset = UNSET
    authorization_token: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    purpose_hint: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        allowed_tools: list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        else:
            allowed_tools = self.allowed_tools

        authorization_token: None | str | Unset
        if isinstance(self.authorization_token, Unset):
            authorization_token = UNSET
        else:
            authorization_token = self.authorization_token

        enabled = self.enabled

        purpose_hint: None | str | Unset
        if isinstance(self.purpose_hint, Unset):
            purpose_hint = UNSET
        else:
            purpose_hint = self.purpose_hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization_token is not UNSET:
            field_dict["authorization_token"] = authorization_token
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if purpose_hint is not UNSET:
            field_dict["purpose_hint"] = purpose_hint

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        allowed_tools = d.pop("allowed_tools", UNSET)
        if allowed_tools is not None and allowed_tools is not UNSET:

            def _parse_allowed_tools(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_tools_type_0 = cast(list[str], data)

                    return allowed_tools_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            allowed_tools = _parse_allowed_tools(allowed_tools)

        authorization_token = d.pop("authorization_token", UNSET)

        enabled = d.pop("enabled", UNSET)

        purpose_hint = d.pop("purpose_hint", UNSET)

        workspace_mcp_server_create = cls(
            name,
            url,
            allowed_tools,
            authorization_token,
            enabled,
            purpose_hint,
        )

        workspace_mcp_server_create.additional_properties = d
        return workspace_mcp_server_create

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


class WorkspaceMcpServerCreateParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`WorkspaceMcpServerCreate`, as plain values."""

    name: Required[str]
    url: Required[str]
    allowed_tools: Sequence[str] | None
    authorization_token: str | None
    enabled: bool | None
    purpose_hint: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "name",
    "url",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "allowed_tools": {"maxItems": 200, "type": ["array", "null"]},
    "authorization_token": {"maxLength": 8192, "type": ["null", "string"]},
    "enabled": {"type": ["boolean"]},
    "name": {"maxLength": 128, "minLength": 1, "type": ["string"]},
    "purpose_hint": {"maxLength": 2000, "type": ["null", "string"]},
    "url": {"maxLength": 2048, "minLength": 1, "type": ["string"]},
}
