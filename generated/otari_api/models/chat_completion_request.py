from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_server_config import McpServerConfig


T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """
    Attributes:
        messages (list[Any]):
        model (str):
        max_completion_tokens (int | None | Unset):
        max_tokens (int | None | Unset):
        max_tool_iterations (int | None | Unset):
        mcp_server_ids (list[UUID] | None | Unset):
        mcp_servers (list[McpServerConfig] | None | Unset):
        response_format (Any | None | Unset):
        stream (bool | Unset):  Default: False.
        stream_options (Any | None | Unset):
        temperature (float | None | Unset):
        tool_choice (Any | None | str | Unset):
        tools (list[Any] | None | Unset):
        tools_header (None | str | Unset):
        top_p (float | None | Unset):
        user (None | str | Unset):
    """

    messages: list[Any]
    model: str
    max_completion_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    max_tool_iterations: int | None | Unset = UNSET
    mcp_server_ids: list[UUID] | None | Unset = UNSET
    mcp_servers: list[McpServerConfig] | None | Unset = UNSET
    response_format: Any | None | Unset = UNSET
    stream: bool | Unset = False
    stream_options: Any | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    tool_choice: Any | None | str | Unset = UNSET
    tools: list[Any] | None | Unset = UNSET
    tools_header: None | str | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = self.messages

        model = self.model

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

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

        response_format: Any | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        else:
            response_format = self.response_format

        stream = self.stream

        stream_options: Any | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = self.stream_options

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        tool_choice: Any | None | str | Unset
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

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "model": model,
            }
        )
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_tool_iterations is not UNSET:
            field_dict["max_tool_iterations"] = max_tool_iterations
        if mcp_server_ids is not UNSET:
            field_dict["mcp_server_ids"] = mcp_server_ids
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tools_header is not UNSET:
            field_dict["tools_header"] = tools_header
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messages = cast(list[Any], d.pop("messages"))

        model = d.pop("model")

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

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

        response_format = d.pop("response_format", UNSET)

        stream = d.pop("stream", UNSET)

        stream_options = d.pop("stream_options", UNSET)

        temperature = d.pop("temperature", UNSET)

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

        top_p = d.pop("top_p", UNSET)

        user = d.pop("user", UNSET)

        chat_completion_request = cls(
            messages,
            model,
            max_completion_tokens,
            max_tokens,
            max_tool_iterations,
            mcp_server_ids,
            mcp_servers,
            response_format,
            stream,
            stream_options,
            temperature,
            tool_choice,
            tools,
            tools_header,
            top_p,
            user,
        )

        chat_completion_request.additional_properties = d
        return chat_completion_request

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
from ..models.mcp_server_config import McpServerConfig  # noqa: E402
