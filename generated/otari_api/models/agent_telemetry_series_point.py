from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentTelemetrySeriesPoint")


@_attrs_define
class AgentTelemetrySeriesPoint:
    """
    Attributes:
        bucket_start (str):
        active_time (float | Unset):
        api_errors (int | Unset):
        commits (float | Unset):
        cost (float | Unset):
        lines_of_code (float | Unset):
        pull_requests (float | Unset):
        tool_calls (int | Unset):
        turns (int | Unset):
    """

    bucket_start: str
    active_time: float | Unset = UNSET
    api_errors: int | Unset = UNSET
    commits: float | Unset = UNSET
    cost: float | Unset = UNSET
    lines_of_code: float | Unset = UNSET
    pull_requests: float | Unset = UNSET
    tool_calls: int | Unset = UNSET
    turns: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_start = self.bucket_start

        active_time = self.active_time

        api_errors = self.api_errors

        commits = self.commits

        cost = self.cost

        lines_of_code = self.lines_of_code

        pull_requests = self.pull_requests

        tool_calls = self.tool_calls

        turns = self.turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_start": bucket_start,
            }
        )
        if active_time is not UNSET:
            field_dict["active_time"] = active_time
        if api_errors is not UNSET:
            field_dict["api_errors"] = api_errors
        if commits is not UNSET:
            field_dict["commits"] = commits
        if cost is not UNSET:
            field_dict["cost"] = cost
        if lines_of_code is not UNSET:
            field_dict["lines_of_code"] = lines_of_code
        if pull_requests is not UNSET:
            field_dict["pull_requests"] = pull_requests
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if turns is not UNSET:
            field_dict["turns"] = turns

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_start = d.pop("bucket_start")

        active_time = d.pop("active_time", UNSET)

        api_errors = d.pop("api_errors", UNSET)

        commits = d.pop("commits", UNSET)

        cost = d.pop("cost", UNSET)

        lines_of_code = d.pop("lines_of_code", UNSET)

        pull_requests = d.pop("pull_requests", UNSET)

        tool_calls = d.pop("tool_calls", UNSET)

        turns = d.pop("turns", UNSET)

        agent_telemetry_series_point = cls(
            bucket_start,
            active_time,
            api_errors,
            commits,
            cost,
            lines_of_code,
            pull_requests,
            tool_calls,
            turns,
        )

        agent_telemetry_series_point.additional_properties = d
        return agent_telemetry_series_point

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
