from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentTelemetryOutcomes")


@_attrs_define
class AgentTelemetryOutcomes:
    """
    Attributes:
        active_time (float | Unset):
        commits (float | Unset):
        lines_of_code (float | Unset):
        pull_requests (float | Unset):
    """

    active_time: float | Unset = UNSET
    commits: float | Unset = UNSET
    lines_of_code: float | Unset = UNSET
    pull_requests: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_time = self.active_time

        commits = self.commits

        lines_of_code = self.lines_of_code

        pull_requests = self.pull_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_time is not UNSET:
            field_dict["active_time"] = active_time
        if commits is not UNSET:
            field_dict["commits"] = commits
        if lines_of_code is not UNSET:
            field_dict["lines_of_code"] = lines_of_code
        if pull_requests is not UNSET:
            field_dict["pull_requests"] = pull_requests

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_time = d.pop("active_time", UNSET)

        commits = d.pop("commits", UNSET)

        lines_of_code = d.pop("lines_of_code", UNSET)

        pull_requests = d.pop("pull_requests", UNSET)

        agent_telemetry_outcomes = cls(
            active_time,
            commits,
            lines_of_code,
            pull_requests,
        )

        agent_telemetry_outcomes.additional_properties = d
        return agent_telemetry_outcomes

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
