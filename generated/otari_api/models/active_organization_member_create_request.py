from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_organization_member_create_request_role import (
    ActiveOrganizationMemberCreateRequestRole,
    check_active_organization_member_create_request_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_assignment_request import WorkspaceAssignmentRequest


T = TypeVar("T", bound="ActiveOrganizationMemberCreateRequest")


@_attrs_define
class ActiveOrganizationMemberCreateRequest:
    """
    Attributes:
        email (str):
        role (ActiveOrganizationMemberCreateRequestRole | Unset):
        workspace_assignments (list[WorkspaceAssignmentRequest] | None | Unset):
    """

    email: str
    role: ActiveOrganizationMemberCreateRequestRole | Unset = UNSET
    workspace_assignments: list[WorkspaceAssignmentRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        workspace_assignments: list[dict[str, Any]] | None | Unset
        if isinstance(self.workspace_assignments, Unset):
            workspace_assignments = UNSET
        elif isinstance(self.workspace_assignments, list):
            workspace_assignments = []
            for workspace_assignments_type_0_item_data in self.workspace_assignments:
                workspace_assignments_type_0_item = workspace_assignments_type_0_item_data.to_dict()
                workspace_assignments.append(workspace_assignments_type_0_item)

        else:
            workspace_assignments = self.workspace_assignments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if workspace_assignments is not UNSET:
            field_dict["workspace_assignments"] = workspace_assignments

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        _role = d.pop("role", UNSET)
        role: ActiveOrganizationMemberCreateRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_active_organization_member_create_request_role(_role)

        workspace_assignments = d.pop("workspace_assignments", UNSET)
        if workspace_assignments is not None and workspace_assignments is not UNSET:

            def _parse_workspace_assignments(data: object) -> list[WorkspaceAssignmentRequest] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    workspace_assignments_type_0 = []
                    _workspace_assignments_type_0 = data
                    for workspace_assignments_type_0_item_data in _workspace_assignments_type_0:
                        workspace_assignments_type_0_item = WorkspaceAssignmentRequest.from_dict(
                            workspace_assignments_type_0_item_data
                        )

                        workspace_assignments_type_0.append(workspace_assignments_type_0_item)

                    return workspace_assignments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[WorkspaceAssignmentRequest] | None | Unset, data)

            workspace_assignments = _parse_workspace_assignments(workspace_assignments)

        active_organization_member_create_request = cls(
            email,
            role,
            workspace_assignments,
        )

        active_organization_member_create_request.additional_properties = d
        return active_organization_member_create_request

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


class ActiveOrganizationMemberCreateRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`ActiveOrganizationMemberCreateRequest`, as plain values."""

    email: Required[str]
    role: ActiveOrganizationMemberCreateRequestRole | None
    workspace_assignments: Sequence[Mapping[str, Any] | WorkspaceAssignmentRequest] | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("email",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "email": {"maxLength": 255, "type": ["string"]},
    "role": {"type": ["string"]},
    "workspace_assignments": {"maxItems": 50, "type": ["array", "null"]},
}


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.workspace_assignment_request import WorkspaceAssignmentRequest  # noqa: E402
