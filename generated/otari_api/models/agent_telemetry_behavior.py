from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_telemetry_tool_row import AgentTelemetryToolRow


T = TypeVar("T", bound="AgentTelemetryBehavior")


@_attrs_define
class AgentTelemetryBehavior:
    """
    Attributes:
        api_errors (int | Unset):
        by_tool (list[AgentTelemetryToolRow] | Unset):
        sessions (int | Unset):
        tool_accepts (int | Unset):
        tool_calls (int | Unset):
        tool_rejects (int | Unset):
        turns (int | Unset):
    """

    api_errors: int | Unset = UNSET
    by_tool: list[AgentTelemetryToolRow] | Unset = UNSET
    sessions: int | Unset = UNSET
    tool_accepts: int | Unset = UNSET
    tool_calls: int | Unset = UNSET
    tool_rejects: int | Unset = UNSET
    turns: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_errors = self.api_errors

        by_tool: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_tool, Unset):
            by_tool = []
            for by_tool_item_data in self.by_tool:
                by_tool_item = by_tool_item_data.to_dict()
                by_tool.append(by_tool_item)

        sessions = self.sessions

        tool_accepts = self.tool_accepts

        tool_calls = self.tool_calls

        tool_rejects = self.tool_rejects

        turns = self.turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_errors is not UNSET:
            field_dict["api_errors"] = api_errors
        if by_tool is not UNSET:
            field_dict["by_tool"] = by_tool
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if tool_accepts is not UNSET:
            field_dict["tool_accepts"] = tool_accepts
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_rejects is not UNSET:
            field_dict["tool_rejects"] = tool_rejects
        if turns is not UNSET:
            field_dict["turns"] = turns

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_errors = d.pop("api_errors", UNSET)

        _by_tool = d.pop("by_tool", UNSET)
        by_tool: list[AgentTelemetryToolRow] | Unset = UNSET
        if _by_tool is not UNSET:
            by_tool = []
            for by_tool_item_data in _by_tool:
                by_tool_item = AgentTelemetryToolRow.from_dict(by_tool_item_data)

                by_tool.append(by_tool_item)

        sessions = d.pop("sessions", UNSET)

        tool_accepts = d.pop("tool_accepts", UNSET)

        tool_calls = d.pop("tool_calls", UNSET)

        tool_rejects = d.pop("tool_rejects", UNSET)

        turns = d.pop("turns", UNSET)

        agent_telemetry_behavior = cls(
            api_errors,
            by_tool,
            sessions,
            tool_accepts,
            tool_calls,
            tool_rejects,
            turns,
        )

        agent_telemetry_behavior.additional_properties = d
        return agent_telemetry_behavior

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
from ..models.agent_telemetry_tool_row import AgentTelemetryToolRow  # noqa: E402
