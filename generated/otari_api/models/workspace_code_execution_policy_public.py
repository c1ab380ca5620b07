from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceCodeExecutionPolicyPublic")


@_attrs_define
class WorkspaceCodeExecutionPolicyPublic:
    """
    Attributes:
        configured (bool):
        created_at (None | str):
        default_purpose_hint (None | str):
        enabled (bool):
        exec_timeout_s (int | None):
        max_iterations (int | None):
        sandbox_configured (bool):
        updated_at (None | str):
        workspace_id (UUID):
    """

    configured: bool
    created_at: None | str
    default_purpose_hint: None | str
    enabled: bool
    exec_timeout_s: int | None
    max_iterations: int | None
    sandbox_configured: bool
    updated_at: None | str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configured = self.configured

        created_at: None | str
        created_at = self.created_at

        default_purpose_hint: None | str
        default_purpose_hint = self.default_purpose_hint

        enabled = self.enabled

        exec_timeout_s: int | None
        exec_timeout_s = self.exec_timeout_s

        max_iterations: int | None
        max_iterations = self.max_iterations

        sandbox_configured = self.sandbox_configured

        updated_at: None | str
        updated_at = self.updated_at

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configured": configured,
                "created_at": created_at,
                "default_purpose_hint": default_purpose_hint,
                "enabled": enabled,
                "exec_timeout_s": exec_timeout_s,
                "max_iterations": max_iterations,
                "sandbox_configured": sandbox_configured,
                "updated_at": updated_at,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configured = d.pop("configured")

        created_at = d.pop("created_at")

        default_purpose_hint = d.pop("default_purpose_hint")

        enabled = d.pop("enabled")

        exec_timeout_s = d.pop("exec_timeout_s")

        max_iterations = d.pop("max_iterations")

        sandbox_configured = d.pop("sandbox_configured")

        updated_at = d.pop("updated_at")

        workspace_id = UUID(d.pop("workspace_id"))

        workspace_code_execution_policy_public = cls(
            configured,
            created_at,
            default_purpose_hint,
            enabled,
            exec_timeout_s,
            max_iterations,
            sandbox_configured,
            updated_at,
            workspace_id,
        )

        workspace_code_execution_policy_public.additional_properties = d
        return workspace_code_execution_policy_public

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
