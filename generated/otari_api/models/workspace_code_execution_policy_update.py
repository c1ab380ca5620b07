from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceCodeExecutionPolicyUpdate")


@_attrs_define
class WorkspaceCodeExecutionPolicyUpdate:
    """
    Attributes:
        enabled (bool):
        default_purpose_hint (None | str | Unset):
        exec_timeout_s (int | None | Unset):
        max_iterations (int | None | Unset):
    """

    enabled: bool
    default_purpose_hint: None | str | Unset = UNSET
    exec_timeout_s: int | None | Unset = UNSET
    max_iterations: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        default_purpose_hint: None | str | Unset
        if isinstance(self.default_purpose_hint, Unset):
            default_purpose_hint = UNSET
        else:
            default_purpose_hint = self.default_purpose_hint

        exec_timeout_s: int | None | Unset
        if isinstance(self.exec_timeout_s, Unset):
            exec_timeout_s = UNSET
        else:
            exec_timeout_s = self.exec_timeout_s

        max_iterations: int | None | Unset
        if isinstance(self.max_iterations, Unset):
            max_iterations = UNSET
        else:
            max_iterations = self.max_iterations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if default_purpose_hint is not UNSET:
            field_dict["default_purpose_hint"] = default_purpose_hint
        if exec_timeout_s is not UNSET:
            field_dict["exec_timeout_s"] = exec_timeout_s
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        default_purpose_hint = d.pop("default_purpose_hint", UNSET)

        exec_timeout_s = d.pop("exec_timeout_s", UNSET)

        max_iterations = d.pop("max_iterations", UNSET)

        workspace_code_execution_policy_update = cls(
            enabled,
            default_purpose_hint,
            exec_timeout_s,
            max_iterations,
        )

        workspace_code_execution_policy_update.additional_properties = d
        return workspace_code_execution_policy_update

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


class WorkspaceCodeExecutionPolicyUpdateParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`WorkspaceCodeExecutionPolicyUpdate`, as plain values."""

    enabled: Required[bool]
    default_purpose_hint: str | None
    exec_timeout_s: int | None
    max_iterations: int | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("enabled",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "default_purpose_hint": {"maxLength": 2048, "type": ["null", "string"]},
    "enabled": {"type": ["boolean"]},
    "exec_timeout_s": {"maximum": 60.0, "type": ["integer", "null"]},
    "max_iterations": {"maximum": 25.0, "type": ["integer", "null"]},
}
