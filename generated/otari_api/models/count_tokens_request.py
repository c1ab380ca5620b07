from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountTokensRequest")


@_attrs_define
class CountTokensRequest:
    """
    Attributes:
        messages (list[Any]):
        model (str):
        betas (list[str] | None | Unset):
        cache_control (Any | None | Unset):
        context_management (Any | None | Unset):
        metadata (Any | None | Unset):
        system (list[Any] | None | str | Unset):
        thinking (Any | None | Unset):
        tool_choice (Any | None | Unset):
        tools (list[Any] | None | Unset):
    """

    messages: list[Any]
    model: str
    betas: list[str] | None | Unset = UNSET
    cache_control: Any | None | Unset = UNSET
    context_management: Any | None | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    system: list[Any] | None | str | Unset = UNSET
    thinking: Any | None | Unset = UNSET
    tool_choice: Any | None | Unset = UNSET
    tools: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = self.messages

        model = self.model

        betas: list[str] | None | Unset
        if isinstance(self.betas, Unset):
            betas = UNSET
        elif isinstance(self.betas, list):
            betas = self.betas

        else:
            betas = self.betas

        cache_control: Any | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = self.cache_control

        context_management: Any | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        else:
            context_management = self.context_management

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        system: list[Any] | None | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = self.system

        else:
            system = self.system

        thinking: Any | None | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        else:
            thinking = self.thinking

        tool_choice: Any | None | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = self.tool_choice

        tools: list[Any] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = self.tools

        else:
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "model": model,
            }
        )
        if betas is not UNSET:
            field_dict["betas"] = betas
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if system is not UNSET:
            field_dict["system"] = system
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messages = cast(list[Any], d.pop("messages"))

        model = d.pop("model")

        betas = d.pop("betas", UNSET)
        if betas is not None and betas is not UNSET:

            def _parse_betas(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    betas_type_0 = cast(list[str], data)

                    return betas_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            betas = _parse_betas(betas)

        cache_control = d.pop("cache_control", UNSET)

        context_management = d.pop("context_management", UNSET)

        metadata = d.pop("metadata", UNSET)

        system = d.pop("system", UNSET)
        if system is not None and system is not UNSET:

            def _parse_system(data: object) -> list[Any] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    system_type_1 = cast(list[Any], data)

                    return system_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Any] | None | str | Unset, data)

            system = _parse_system(system)

        thinking = d.pop("thinking", UNSET)

        tool_choice = d.pop("tool_choice", UNSET)

        tools = d.pop("tools", UNSET)
        if tools is not None and tools is not UNSET:

            def _parse_tools(data: object) -> list[Any] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tools_type_0 = cast(list[Any], data)

                    return tools_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Any] | None | Unset, data)

            tools = _parse_tools(tools)

        count_tokens_request = cls(
            messages,
            model,
            betas,
            cache_control,
            context_management,
            metadata,
            system,
            thinking,
            tool_choice,
            tools,
        )

        count_tokens_request.additional_properties = d
        return count_tokens_request

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


class CountTokensRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`CountTokensRequest`, as plain values."""

    messages: Required[Sequence[Any]]
    model: Required[str]
    betas: Sequence[str] | None
    cache_control: Any
    context_management: Any
    metadata: Any
    system: str | Sequence[Any] | None
    thinking: Any
    tool_choice: Any
    tools: Sequence[Any] | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "messages",
    "model",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "betas": {"type": ["array", "null"]},
    "cache_control": {"type": ["null", "object"]},
    "context_management": {"type": ["null", "object"]},
    "messages": {"minItems": 1, "type": ["array"]},
    "metadata": {"type": ["null", "object"]},
    "model": {"type": ["string"]},
    "system": {"type": ["array", "null", "string"]},
    "thinking": {"type": ["null", "object"]},
    "tool_choice": {"type": ["null", "object"]},
    "tools": {"type": ["array", "null"]},
}
