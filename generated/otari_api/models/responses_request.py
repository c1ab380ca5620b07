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


T = TypeVar("T", bound="ResponsesRequest")


@_attrs_define
class ResponsesRequest:
    """
    Attributes:
        input_ (Any):
        model (str):
        background (bool | None | Unset):
        context_management (list[Any] | None | Unset):
        conversation (Any | None | str | Unset):
        frequency_penalty (float | None | Unset):
        guardrails (list[GuardrailConfig] | None | Unset):
        include (list[str] | None | Unset):
        instructions (None | str | Unset):
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset):
        max_tool_iterations (int | None | Unset):
        mcp_server_ids (list[UUID] | None | Unset):
        mcp_servers (list[McpServerConfig] | None | Unset):
        metadata (Any | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        presence_penalty (float | None | Unset):
        previous_response_id (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (None | str | Unset):
        reasoning (Any | None | Unset):
        response_format (Any | None | Unset):
        safety_identifier (None | str | Unset):
        service_tier (None | str | Unset):
        session_label (None | str | Unset):
        store (bool | None | Unset):
        stream (bool | Unset):
        stream_options (Any | None | Unset):
        temperature (float | None | Unset):
        text (Any | None | Unset):
        tool_choice (Any | None | str | Unset):
        tools (list[Any] | None | Unset):
        tools_header (None | str | Unset):
        top_logprobs (int | None | Unset):
        top_p (float | None | Unset):
        truncation (None | str | Unset):
        user (None | str | Unset):
    """

    input_: Any
    model: str
    background: bool | None | Unset = UNSET
    context_management: list[Any] | None | Unset = UNSET
    conversation: Any | None | str | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    guardrails: list[GuardrailConfig] | None | Unset = UNSET
    include: list[str] | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    max_tool_iterations: int | None | Unset = UNSET
    mcp_server_ids: list[UUID] | None | Unset = UNSET
    mcp_servers: list[McpServerConfig] | None | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: None | str | Unset = UNSET
    reasoning: Any | None | Unset = UNSET
    response_format: Any | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    session_label: None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: Any | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    text: Any | None | Unset = UNSET
    tool_choice: Any | None | str | Unset = UNSET
    tools: list[Any] | None | Unset = UNSET
    tools_header: None | str | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    truncation: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        model = self.model

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        context_management: list[Any] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, list):
            context_management = self.context_management

        else:
            context_management = self.context_management

        conversation: Any | None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        else:
            conversation = self.conversation

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

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

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = self.include

        else:
            include = self.include

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

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

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = self.prompt_cache_retention

        reasoning: Any | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        response_format: Any | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        else:
            response_format = self.response_format

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        session_label: None | str | Unset
        if isinstance(self.session_label, Unset):
            session_label = UNSET
        else:
            session_label = self.session_label

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

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

        text: Any | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

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

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if include is not UNSET:
            field_dict["include"] = include
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if max_tool_iterations is not UNSET:
            field_dict["max_tool_iterations"] = max_tool_iterations
        if mcp_server_ids is not UNSET:
            field_dict["mcp_server_ids"] = mcp_server_ids
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_label is not UNSET:
            field_dict["session_label"] = session_label
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tools_header is not UNSET:
            field_dict["tools_header"] = tools_header
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")

        model = d.pop("model")

        background = d.pop("background", UNSET)

        context_management = d.pop("context_management", UNSET)
        if context_management is not None and context_management is not UNSET:

            def _parse_context_management(data: object) -> list[Any] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    context_management_type_0 = cast(list[Any], data)

                    return context_management_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Any] | None | Unset, data)

            context_management = _parse_context_management(context_management)

        conversation = d.pop("conversation", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

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

        include = d.pop("include", UNSET)
        if include is not None and include is not UNSET:

            def _parse_include(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    include_type_0 = cast(list[str], data)

                    return include_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            include = _parse_include(include)

        instructions = d.pop("instructions", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

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

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        previous_response_id = d.pop("previous_response_id", UNSET)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        prompt_cache_retention = d.pop("prompt_cache_retention", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        response_format = d.pop("response_format", UNSET)

        safety_identifier = d.pop("safety_identifier", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        session_label = d.pop("session_label", UNSET)

        store = d.pop("store", UNSET)

        stream = d.pop("stream", UNSET)

        stream_options = d.pop("stream_options", UNSET)

        temperature = d.pop("temperature", UNSET)

        text = d.pop("text", UNSET)

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

        top_logprobs = d.pop("top_logprobs", UNSET)

        top_p = d.pop("top_p", UNSET)

        truncation = d.pop("truncation", UNSET)

        user = d.pop("user", UNSET)

        responses_request = cls(
            input_,
            model,
            background,
            context_management,
            conversation,
            frequency_penalty,
            guardrails,
            include,
            instructions,
            max_output_tokens,
            max_tool_calls,
            max_tool_iterations,
            mcp_server_ids,
            mcp_servers,
            metadata,
            parallel_tool_calls,
            presence_penalty,
            previous_response_id,
            prompt_cache_key,
            prompt_cache_retention,
            reasoning,
            response_format,
            safety_identifier,
            service_tier,
            session_label,
            store,
            stream,
            stream_options,
            temperature,
            text,
            tool_choice,
            tools,
            tools_header,
            top_logprobs,
            top_p,
            truncation,
            user,
        )

        responses_request.additional_properties = d
        return responses_request

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

    @property
    def input(self) -> Any:
        """The ``input`` field (stored as ``input_``)."""
        return self.input_


class ResponsesRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`ResponsesRequest`, as plain values."""

    input: Required[Any]
    model: Required[str]
    background: bool | None
    context_management: Sequence[Any] | None
    conversation: Any
    frequency_penalty: float | None
    guardrails: Sequence[Mapping[str, Any] | GuardrailConfig] | None
    include: Sequence[str] | None
    instructions: str | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    max_tool_iterations: int | None
    mcp_server_ids: Sequence[UUID | str] | None
    mcp_servers: Sequence[Mapping[str, Any] | McpServerConfig] | None
    metadata: Any
    parallel_tool_calls: bool | None
    presence_penalty: float | None
    previous_response_id: str | None
    prompt_cache_key: str | None
    prompt_cache_retention: str | None
    reasoning: Any
    response_format: Any
    safety_identifier: str | None
    service_tier: str | None
    session_label: str | None
    store: bool | None
    stream_options: Any
    temperature: float | None
    text: Any
    tool_choice: Any
    tools: Sequence[Any] | None
    tools_header: str | None
    top_logprobs: int | None
    top_p: float | None
    truncation: str | None
    user: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "input",
    "model",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "background": {"type": ["boolean", "null"]},
    "context_management": {"type": ["array", "null"]},
    "conversation": {"type": ["null", "object", "string"]},
    "frequency_penalty": {"type": ["null", "number"]},
    "guardrails": {"maxItems": 8, "type": ["array", "null"]},
    "include": {"type": ["array", "null"]},
    "instructions": {"type": ["null", "string"]},
    "max_output_tokens": {"type": ["integer", "null"]},
    "max_tool_calls": {"type": ["integer", "null"]},
    "max_tool_iterations": {"maximum": 25.0, "minimum": 1.0, "type": ["integer", "null"]},
    "mcp_server_ids": {"maxItems": 50, "type": ["array", "null"]},
    "mcp_servers": {"type": ["array", "null"]},
    "metadata": {"type": ["null", "object"]},
    "model": {"type": ["string"]},
    "parallel_tool_calls": {"type": ["boolean", "null"]},
    "presence_penalty": {"type": ["null", "number"]},
    "previous_response_id": {"type": ["null", "string"]},
    "prompt_cache_key": {"type": ["null", "string"]},
    "prompt_cache_retention": {"type": ["null", "string"]},
    "reasoning": {"type": ["null", "object"]},
    "response_format": {"type": ["null", "object"]},
    "safety_identifier": {"type": ["null", "string"]},
    "service_tier": {"type": ["null", "string"]},
    "session_label": {"maxLength": 255, "type": ["null", "string"]},
    "store": {"type": ["boolean", "null"]},
    "stream": {"type": ["boolean"]},
    "stream_options": {"type": ["null", "object"]},
    "temperature": {"type": ["null", "number"]},
    "tool_choice": {"type": ["null", "object", "string"]},
    "tools": {"type": ["array", "null"]},
    "tools_header": {"type": ["null", "string"]},
    "top_logprobs": {"type": ["integer", "null"]},
    "top_p": {"type": ["null", "number"]},
    "truncation": {"type": ["null", "string"]},
    "user": {"type": ["null", "string"]},
}


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.guardrail_config import GuardrailConfig  # noqa: E402
from ..models.mcp_server_config import McpServerConfig  # noqa: E402
