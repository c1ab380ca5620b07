from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_assignment_request_role import (
    WorkspaceAssignmentRequestRole,
    check_workspace_assignment_request_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceAssignmentRequest")


@_attrs_define
class WorkspaceAssignmentRequest:
    """
    Attributes:
        workspace_id (UUID):
        role (WorkspaceAssignmentRequestRole | Unset):
    """

    workspace_id: UUID
    role: WorkspaceAssignmentRequestRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = str(self.workspace_id)

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = UUID(d.pop("workspace_id"))

        _role = d.pop("role", UNSET)
        role: WorkspaceAssignmentRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_workspace_assignment_request_role(_role)

        workspace_assignment_request = cls(
            workspace_id,
            role,
        )

        workspace_assignment_request.additional_properties = d
        return workspace_assignment_request

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
