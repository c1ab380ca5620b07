from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrail_config import GuardrailConfig
    from ..models.mcp_server_config import McpServerConfig


T = TypeVar("T", bound="MessagesRequest")


@_attrs_define
class MessagesRequest:
    """
    Attributes:
        max_tokens (int):
        messages (list[Any]):
        model (str):
        betas (list[str] | None | Unset):
        cache_control (Any | None | Unset):
        context_management (Any | None | Unset):
        guardrails (list[GuardrailConfig] | None | Unset):
        max_tool_iterations (int | None | Unset):
        mcp_server_ids (list[UUID] | None | Unset):
        mcp_servers (list[McpServerConfig] | None | Unset):
        metadata (Any | None | Unset):
        output_format (Any | None | Unset):
        session_label (None | str | Unset):
        stop_sequences (list[str] | None | Unset):
        stream (bool | Unset):
        system (list[Any] | None | str | Unset):
        temperature (float | None | Unset):
        thinking (Any | None | Unset):
        tool_choice (Any | None | Unset):
        tools (list[Any] | None | Unset):
        tools_header (None | str | Unset):
        top_k (int | None | Unset):
        top_p (float | None | Unset):
    """

    max_tokens: int
    messages: list[Any]
    model: str
    betas: list[str] | None | Unset = UNSET
    cache_control: Any | None | Unset = UNSET
    context_management: Any | None | Unset = UNSET
    guardrails: list[GuardrailConfig] | None | Unset = UNSET
    max_tool_iterations: int | None | Unset = UNSET
    mcp_server_ids: list[UUID] | None | Unset = UNSET
    mcp_servers: list[McpServerConfig] | None | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    output_format: Any | None | Unset = UNSET
    session_label: None | str | Unset = UNSET
    stop_sequences: list[str] | None | Unset = UNSET
    stream: bool | Unset = UNSET
    system: list[Any] | None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    thinking: Any | None | Unset = UNSET
    tool_choice: Any | None | Unset = UNSET
    tools: list[Any] | None | Unset = UNSET
    tools_header: None | str | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_tokens = self.max_tokens

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

        guardrails: list[dict[str, Any]] | None | Unset
        if isinstance(self.guardrails, Unset):
            guardrails = UNSET
        elif isinstance(self.guardrails, list):
            guardrails = []
            for guardrails_type_0_item_data in self.guardrails:
                guardrails_type_0_item = guardrails_type_0_item_data.to_dict()
                guardrails.append(guardrails_type_0_item)

        else:
            guardrails = self.guardrails

        max_tool_iterations: int | None | Unset
        if isinstance(self.max_tool_iterations, Unset):
            max_tool_iterations = UNSET
        else:
            max_tool_iterations = self.max_tool_iterations

        mcp_server_ids: list[str] | None | Unset
        if isinstance(self.mcp_server_ids, Unset):
            mcp_server_ids = UNSET
        elif isinstance(self.mcp_server_ids, list):
            mcp_server_ids = []
            for mcp_server_ids_type_0_item_data in self.mcp_server_ids:
                mcp_server_ids_type_0_item = str(mcp_server_ids_type_0_item_data)
                mcp_server_ids.append(mcp_server_ids_type_0_item)

        else:
            mcp_server_ids = self.mcp_server_ids

        mcp_servers: list[dict[str, Any]] | None | Unset
        if isinstance(self.mcp_servers, Unset):
            mcp_servers = UNSET
        elif isinstance(self.mcp_servers, list):
            mcp_servers = []
            for mcp_servers_type_0_item_data in self.mcp_servers:
                mcp_servers_type_0_item = mcp_servers_type_0_item_data.to_dict()
                mcp_servers.append(mcp_servers_type_0_item)

        else:
            mcp_servers = self.mcp_servers

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        output_format: Any | None | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        else:
            output_format = self.output_format

        session_label: None | str | Unset
        if isinstance(self.session_label, Unset):
            session_label = UNSET
        else:
            session_label = self.session_label

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

        tools_header: None | str | Unset
        if isinstance(self.tools_header, Unset):
            tools_header = UNSET
        else:
            tools_header = self.tools_header

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
        if betas is not UNSET:
            field_dict["betas"] = betas
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if max_tool_iterations is not UNSET:
            field_dict["max_tool_iterations"] = max_tool_iterations
        if mcp_server_ids is not UNSET:
            field_dict["mcp_server_ids"] = mcp_server_ids
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if session_label is not UNSET:
            field_dict["session_label"] = session_label
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
        if tools_header is not UNSET:
            field_dict["tools_header"] = tools_header
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

        guardrails = d.pop("guardrails", UNSET)
        if guardrails is not None and guardrails is not UNSET:

            def _parse_guardrails(data: object) -> list[GuardrailConfig] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    guardrails_type_0 = []
                    _guardrails_type_0 = data
                    for guardrails_type_0_item_data in _guardrails_type_0:
                        guardrails_type_0_item = GuardrailConfig.from_dict(guardrails_type_0_item_data)

                        guardrails_type_0.append(guardrails_type_0_item)

                    return guardrails_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[GuardrailConfig] | None | Unset, data)

            guardrails = _parse_guardrails(guardrails)

        max_tool_iterations = d.pop("max_tool_iterations", UNSET)

        mcp_server_ids = d.pop("mcp_server_ids", UNSET)
        if mcp_server_ids is not None and mcp_server_ids is not UNSET:

            def _parse_mcp_server_ids(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    mcp_server_ids_type_0 = []
                    _mcp_server_ids_type_0 = data
                    for mcp_server_ids_type_0_item_data in _mcp_server_ids_type_0:
                        mcp_server_ids_type_0_item = UUID(mcp_server_ids_type_0_item_data)

                        mcp_server_ids_type_0.append(mcp_server_ids_type_0_item)

                    return mcp_server_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[UUID] | None | Unset, data)

            mcp_server_ids = _parse_mcp_server_ids(mcp_server_ids)

        mcp_servers = d.pop("mcp_servers", UNSET)
        if mcp_servers is not None and mcp_servers is not UNSET:

            def _parse_mcp_servers(data: object) -> list[McpServerConfig] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    mcp_servers_type_0 = []
                    _mcp_servers_type_0 = data
                    for mcp_servers_type_0_item_data in _mcp_servers_type_0:
                        mcp_servers_type_0_item = McpServerConfig.from_dict(mcp_servers_type_0_item_data)

                        mcp_servers_type_0.append(mcp_servers_type_0_item)

                    return mcp_servers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[McpServerConfig] | None | Unset, data)

            mcp_servers = _parse_mcp_servers(mcp_servers)

        metadata = d.pop("metadata", UNSET)

        output_format = d.pop("output_format", UNSET)

        session_label = d.pop("session_label", UNSET)

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

        tools_header = d.pop("tools_header", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        messages_request = cls(
            max_tokens,
            messages,
            model,
            betas,
            cache_control,
            context_management,
            guardrails,
            max_tool_iterations,
            mcp_server_ids,
            mcp_servers,
            metadata,
            output_format,
            session_label,
            stop_sequences,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            tools_header,
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


class MessagesRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`MessagesRequest`, as plain values."""

    max_tokens: Required[int]
    messages: Required[Sequence[Any]]
    model: Required[str]
    betas: Sequence[str] | None
    cache_control: Any
    context_management: Any
    guardrails: Sequence[Mapping[str, Any] | GuardrailConfig] | None
    max_tool_iterations: int | None
    mcp_server_ids: Sequence[UUID | str] | None
    mcp_servers: Sequence[Mapping[str, Any] | McpServerConfig] | None
    metadata: Any
    output_format: Any
    session_label: str | None
    stop_sequences: Sequence[str] | None
    system: str | Sequence[Any] | None
    temperature: float | None
    thinking: Any
    tool_choice: Any
    tools: Sequence[Any] | None
    tools_header: str | None
    top_k: int | None
    top_p: float | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "max_tokens",
    "messages",
    "model",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "betas": {"type": ["array", "null"]},
    "cache_control": {"type": ["null", "object"]},
    "context_management": {"type": ["null", "object"]},
    "guardrails": {"maxItems": 8, "type": ["array", "null"]},
    "max_tokens": {"minimum": 1, "type": ["integer"]},
    "max_tool_iterations": {"maximum": 25.0, "minimum": 1.0, "type": ["integer", "null"]},
    "mcp_server_ids": {"maxItems": 50, "type": ["array", "null"]},
    "mcp_servers": {"type": ["array", "null"]},
    "messages": {"minItems": 1, "type": ["array"]},
    "metadata": {"type": ["null", "object"]},
    "model": {"type": ["string"]},
    "output_format": {"type": ["null", "object"]},
    "session_label": {"maxLength": 255, "type": ["null", "string"]},
    "stop_sequences": {"type": ["array", "null"]},
    "stream": {"type": ["boolean"]},
    "system": {"type": ["array", "null", "string"]},
    "temperature": {"type": ["null", "number"]},
    "thinking": {"type": ["null", "object"]},
    "tool_choice": {"type": ["null", "object"]},
    "tools": {"type": ["array", "null"]},
    "tools_header": {"type": ["null", "string"]},
    "top_k": {"type": ["integer", "null"]},
    "top_p": {"type": ["null", "number"]},
}


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.guardrail_config import GuardrailConfig  # noqa: E402
from ..models.mcp_server_config import McpServerConfig  # noqa: E402
