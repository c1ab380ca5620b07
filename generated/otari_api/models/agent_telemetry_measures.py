from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentTelemetryMeasures")


@_attrs_define
class AgentTelemetryMeasures:
    """
    Attributes:
        cost_per_commit (float | None | Unset):
        cost_per_line (float | None | Unset):
        cost_per_pull_request (float | None | Unset):
        edit_acceptance_rate (float | None | Unset):
        error_rate (float | None | Unset):
        spend_per_active_hour (float | None | Unset):
        tool_acceptance_rate (float | None | Unset):
        turns_per_session (float | None | Unset):
    """

    cost_per_commit: float | None | Unset = UNSET
    cost_per_line: float | None | Unset = UNSET
    cost_per_pull_request: float | None | Unset = UNSET
    edit_acceptance_rate: float | None | Unset = UNSET
    error_rate: float | None | Unset = UNSET
    spend_per_active_hour: float | None | Unset = UNSET
    tool_acceptance_rate: float | None | Unset = UNSET
    turns_per_session: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_per_commit: float | None | Unset
        if isinstance(self.cost_per_commit, Unset):
            cost_per_commit = UNSET
        else:
            cost_per_commit = self.cost_per_commit

        cost_per_line: float | None | Unset
        if isinstance(self.cost_per_line, Unset):
            cost_per_line = UNSET
        else:
            cost_per_line = self.cost_per_line

        cost_per_pull_request: float | None | Unset
        if isinstance(self.cost_per_pull_request, Unset):
            cost_per_pull_request = UNSET
        else:
            cost_per_pull_request = self.cost_per_pull_request

        edit_acceptance_rate: float | None | Unset
        if isinstance(self.edit_acceptance_rate, Unset):
            edit_acceptance_rate = UNSET
        else:
            edit_acceptance_rate = self.edit_acceptance_rate

        error_rate: float | None | Unset
        if isinstance(self.error_rate, Unset):
            error_rate = UNSET
        else:
            error_rate = self.error_rate

        spend_per_active_hour: float | None | Unset
        if isinstance(self.spend_per_active_hour, Unset):
            spend_per_active_hour = UNSET
        else:
            spend_per_active_hour = self.spend_per_active_hour

        tool_acceptance_rate: float | None | Unset
        if isinstance(self.tool_acceptance_rate, Unset):
            tool_acceptance_rate = UNSET
        else:
            tool_acceptance_rate = self.tool_acceptance_rate

        turns_per_session: float | None | Unset
        if isinstance(self.turns_per_session, Unset):
            turns_per_session = UNSET
        else:
            turns_per_session = self.turns_per_session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_per_commit is not UNSET:
            field_dict["cost_per_commit"] = cost_per_commit
        if cost_per_line is not UNSET:
            field_dict["cost_per_line"] = cost_per_line
        if cost_per_pull_request is not UNSET:
            field_dict["cost_per_pull_request"] = cost_per_pull_request
        if edit_acceptance_rate is not UNSET:
            field_dict["edit_acceptance_rate"] = edit_acceptance_rate
        if error_rate is not UNSET:
            field_dict["error_rate"] = error_rate
        if spend_per_active_hour is not UNSET:
            field_dict["spend_per_active_hour"] = spend_per_active_hour
        if tool_acceptance_rate is not UNSET:
            field_dict["tool_acceptance_rate"] = tool_acceptance_rate
        if turns_per_session is not UNSET:
            field_dict["turns_per_session"] = turns_per_session

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost_per_commit = d.pop("cost_per_commit", UNSET)

        cost_per_line = d.pop("cost_per_line", UNSET)

        cost_per_pull_request = d.pop("cost_per_pull_request", UNSET)

        edit_acceptance_rate = d.pop("edit_acceptance_rate", UNSET)

        error_rate = d.pop("error_rate", UNSET)

        spend_per_active_hour = d.pop("spend_per_active_hour", UNSET)

        tool_acceptance_rate = d.pop("tool_acceptance_rate", UNSET)

        turns_per_session = d.pop("turns_per_session", UNSET)

        agent_telemetry_measures = cls(
            cost_per_commit,
            cost_per_line,
            cost_per_pull_request,
            edit_acceptance_rate,
            error_rate,
            spend_per_active_hour,
            tool_acceptance_rate,
            turns_per_session,
        )

        agent_telemetry_measures.additional_properties = d
        return agent_telemetry_measures

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
