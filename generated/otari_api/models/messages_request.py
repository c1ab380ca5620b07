from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesRequest")


@_attrs_define
class MessagesRequest:
    """
    Attributes:
        max_tokens (int):
        messages (list[Any]):
        model (str):
        cache_control (Any | None | Unset):
        metadata (Any | None | Unset):
        stop_sequences (list[str] | None | Unset):
        stream (bool | Unset):  Default: False.
        system (list[Any] | None | str | Unset):
        temperature (float | None | Unset):
        thinking (Any | None | Unset):
        tool_choice (Any | None | Unset):
        tools (list[Any] | None | Unset):
        top_k (int | None | Unset):
        top_p (float | None | Unset):
    """

    max_tokens: int
    messages: list[Any]
    model: str
    cache_control: Any | None | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    stop_sequences: list[str] | None | Unset = UNSET
    stream: bool | Unset = False
    system: list[Any] | None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    thinking: Any | None | Unset = UNSET
    tool_choice: Any | None | Unset = UNSET
    tools: list[Any] | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_tokens = self.max_tokens

        messages = self.messages

        model = self.model

        cache_control: Any | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = self.cache_control

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        stop_sequences: list[str] | None | Unset
        if isinstance(self.stop_sequences, Unset):
            stop_sequences = UNSET
        elif isinstance(self.stop_sequences, list):
            stop_sequences = self.stop_sequences

        else:
            stop_sequences = self.stop_sequences

        stream = self.stream

        system: list[Any] | None | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = self.system

        else:
            system = self.system

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

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

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if stream is not UNSET:
            field_dict["stream"] = stream
        if system is not UNSET:
            field_dict["system"] = system
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_tokens = d.pop("max_tokens")

        messages = cast(list[Any], d.pop("messages"))

        model = d.pop("model")

        cache_control = d.pop("cache_control", UNSET)

        metadata = d.pop("metadata", UNSET)

        stop_sequences = d.pop("stop_sequences", UNSET)
        if stop_sequences is not None and stop_sequences is not UNSET:

            def _parse_stop_sequences(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    stop_sequences_type_0 = cast(list[str], data)

                    return stop_sequences_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            stop_sequences = _parse_stop_sequences(stop_sequences)

        stream = d.pop("stream", UNSET)

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

        temperature = d.pop("temperature", UNSET)

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

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        messages_request = cls(
            max_tokens,
            messages,
            model,
            cache_control,
            metadata,
            stop_sequences,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
        )

        messages_request.additional_properties = d
        return messages_request

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
