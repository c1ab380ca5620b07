from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_activation_public_status import (
    WorkspaceActivationPublicStatus,
    check_workspace_activation_public_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activation_attempt_public import ActivationAttemptPublic


T = TypeVar("T", bound="WorkspaceActivationPublic")


@_attrs_define
class WorkspaceActivationPublic:
    """
    Attributes:
        dismissed (bool):
        experience_eligible (bool):
        status (WorkspaceActivationPublicStatus):
        activation_attempt (ActivationAttemptPublic | None | Unset):
        latest_attempt (ActivationAttemptPublic | None | Unset):
    """

    dismissed: bool
    experience_eligible: bool
    status: WorkspaceActivationPublicStatus
    activation_attempt: ActivationAttemptPublic | None | Unset = UNSET
    latest_attempt: ActivationAttemptPublic | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dismissed = self.dismissed

        experience_eligible = self.experience_eligible

        status: str = self.status

        activation_attempt: dict[str, Any] | None | Unset
        if isinstance(self.activation_attempt, Unset):
            activation_attempt = UNSET
        elif isinstance(self.activation_attempt, ActivationAttemptPublic):
            activation_attempt = self.activation_attempt.to_dict()
        else:
            activation_attempt = self.activation_attempt

        latest_attempt: dict[str, Any] | None | Unset
        if isinstance(self.latest_attempt, Unset):
            latest_attempt = UNSET
        elif isinstance(self.latest_attempt, ActivationAttemptPublic):
            latest_attempt = self.latest_attempt.to_dict()
        else:
            latest_attempt = self.latest_attempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dismissed": dismissed,
                "experience_eligible": experience_eligible,
                "status": status,
            }
        )
        if activation_attempt is not UNSET:
            field_dict["activation_attempt"] = activation_attempt
        if latest_attempt is not UNSET:
            field_dict["latest_attempt"] = latest_attempt

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dismissed = d.pop("dismissed")

        experience_eligible = d.pop("experience_eligible")

        status = check_workspace_activation_public_status(d.pop("status"))

        activation_attempt = d.pop("activation_attempt", UNSET)
        if activation_attempt is not None and activation_attempt is not UNSET:

            def _parse_activation_attempt(data: object) -> ActivationAttemptPublic | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    activation_attempt_type_0 = ActivationAttemptPublic.from_dict(data)

                    return activation_attempt_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ActivationAttemptPublic | None | Unset, data)

            activation_attempt = _parse_activation_attempt(activation_attempt)

        latest_attempt = d.pop("latest_attempt", UNSET)
        if latest_attempt is not None and latest_attempt is not UNSET:

            def _parse_latest_attempt(data: object) -> ActivationAttemptPublic | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    latest_attempt_type_0 = ActivationAttemptPublic.from_dict(data)

                    return latest_attempt_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ActivationAttemptPublic | None | Unset, data)

            latest_attempt = _parse_latest_attempt(latest_attempt)

        workspace_activation_public = cls(
            dismissed,
            experience_eligible,
            status,
            activation_attempt,
            latest_attempt,
        )

        workspace_activation_public.additional_properties = d
        return workspace_activation_public

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


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.activation_attempt_public import ActivationAttemptPublic  # noqa: E402
