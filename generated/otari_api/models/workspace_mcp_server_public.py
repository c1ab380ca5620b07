from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceMcpServerPublic")


@_attrs_define
class WorkspaceMcpServerPublic:
    """
    Attributes:
        allowed_tools (list[str] | None):
        created_at (str):
        enabled (bool):
        has_token (bool):
        id (UUID):
        name (str):
        purpose_hint (None | str):
        updated_at (str):
        url (str):
        workspace_id (UUID):
    """

    allowed_tools: list[str] | None
    created_at: str
    enabled: bool
    has_token: bool
    id: UUID
    name: str
    purpose_hint: None | str
    updated_at: str
    url: str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_tools: list[str] | None
        if isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        else:
            allowed_tools = self.allowed_tools

        created_at = self.created_at

        enabled = self.enabled

        has_token = self.has_token

        id = str(self.id)

        name = self.name

        purpose_hint: None | str
        purpose_hint = self.purpose_hint

        updated_at = self.updated_at

        url = self.url

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_tools": allowed_tools,
                "created_at": created_at,
                "enabled": enabled,
                "has_token": has_token,
                "id": id,
                "name": name,
                "purpose_hint": purpose_hint,
                "updated_at": updated_at,
                "url": url,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_tools = d.pop("allowed_tools")
        if allowed_tools is not None:

            def _parse_allowed_tools(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_tools_type_0 = cast(list[str], data)

                    return allowed_tools_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            allowed_tools = _parse_allowed_tools(allowed_tools)

        created_at = d.pop("created_at")

        enabled = d.pop("enabled")

        has_token = d.pop("has_token")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        purpose_hint = d.pop("purpose_hint")

        updated_at = d.pop("updated_at")

        url = d.pop("url")

        workspace_id = UUID(d.pop("workspace_id"))

        workspace_mcp_server_public = cls(
            allowed_tools,
            created_at,
            enabled,
            has_token,
            id,
            name,
            purpose_hint,
            updated_at,
            url,
            workspace_id,
        )

        workspace_mcp_server_public.additional_properties = d
        return workspace_mcp_server_public

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
