from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_reasoning_effort_type_0 import (
    ChatCompletionRequestReasoningEffortType0,
    check_chat_completion_request_reasoning_effort_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrail_config import GuardrailConfig
    from ..models.mcp_server_config import McpServerConfig


T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """
    Attributes:
        messages (list[Any]):
        model (str):
        frequency_penalty (float | None | Unset):
        guardrails (list[GuardrailConfig] | None | Unset):
        logit_bias (Any | None | Unset):
        logprobs (bool | None | Unset):
        max_completion_tokens (int | None | Unset):
        max_tokens (int | None | Unset):
        max_tool_iterations (int | None | Unset):
        mcp_server_ids (list[UUID] | None | Unset):
        mcp_servers (list[McpServerConfig] | None | Unset):
        n (int | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        presence_penalty (float | None | Unset):
        reasoning_effort (ChatCompletionRequestReasoningEffortType0 | None | Unset):
        response_format (Any | None | Unset):
        seed (int | None | Unset):
        service_tier (None | str | Unset):
        session_label (None | str | Unset):
        stop (list[str] | None | str | Unset):
        stream (bool | Unset):
        stream_options (Any | None | Unset):
        temperature (float | None | Unset):
        tool_choice (Any | None | str | Unset):
        tools (list[Any] | None | Unset):
        tools_header (None | str | Unset):
        top_logprobs (int | None | Unset):
        top_p (float | None | Unset):
        user (None | str | Unset):
    """

    messages: list[Any]
    model: str
    frequency_penalty: float | None | Unset = UNSET
    guardrails: list[GuardrailConfig] | None | Unset = UNSET
    logit_bias: Any | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    max_tool_iterations: int | None | Unset = UNSET
    mcp_server_ids: list[UUID] | None | Unset = UNSET
    mcp_servers: list[McpServerConfig] | None | Unset = UNSET
    n: int | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    reasoning_effort: ChatCompletionRequestReasoningEffortType0 | None | Unset = UNSET
    response_format: Any | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    session_label: None | str | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: Any | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    tool_choice: Any | None | str | Unset = UNSET
    tools: list[Any] | None | Unset = UNSET
    tools_header: None | str | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = self.messages

        model = self.model

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

        logit_bias: Any | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

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

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

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

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        response_format: Any | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        else:
            response_format = self.response_format

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

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

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

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
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: Any
                tools_type_0_item = tools_type_0_item_data
                tools.append(tools_type_0_item)

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
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
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
        if n is not UNSET:
            field_dict["n"] = n
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_label is not UNSET:
            field_dict["session_label"] = session_label
        if stop is not UNSET:
            field_dict["stop"] = stop
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
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
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

        logit_bias = d.pop("logit_bias", UNSET)

        logprobs = d.pop("logprobs", UNSET)

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

        n = d.pop("n", UNSET)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        reasoning_effort = d.pop("reasoning_effort", UNSET)
        if reasoning_effort is not None and reasoning_effort is not UNSET:

            def _parse_reasoning_effort(data: object) -> ChatCompletionRequestReasoningEffortType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    reasoning_effort_type_0 = check_chat_completion_request_reasoning_effort_type_0(data)

                    return reasoning_effort_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatCompletionRequestReasoningEffortType0 | None | Unset, data)

            reasoning_effort = _parse_reasoning_effort(reasoning_effort)

        response_format = d.pop("response_format", UNSET)

        seed = d.pop("seed", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        session_label = d.pop("session_label", UNSET)

        stop = d.pop("stop", UNSET)
        if stop is not None and stop is not UNSET:

            def _parse_stop(data: object) -> list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    stop_type_1 = cast(list[str], data)

                    return stop_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | str | Unset, data)

            stop = _parse_stop(stop)

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
                    tools_type_0 = []
                    _tools_type_0 = data
                    for tools_type_0_item_data in _tools_type_0:
                        tools_type_0_item = tools_type_0_item_data

                        tools_type_0.append(tools_type_0_item)

                    return tools_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Any] | None | Unset, data)

            tools = _parse_tools(tools)

        tools_header = d.pop("tools_header", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        top_p = d.pop("top_p", UNSET)

        user = d.pop("user", UNSET)

        chat_completion_request = cls(
            messages,
            model,
            frequency_penalty,
            guardrails,
            logit_bias,
            logprobs,
            max_completion_tokens,
            max_tokens,
            max_tool_iterations,
            mcp_server_ids,
            mcp_servers,
            n,
            parallel_tool_calls,
            presence_penalty,
            reasoning_effort,
            response_format,
            seed,
            service_tier,
            session_label,
            stop,
            stream,
            stream_options,
            temperature,
            tool_choice,
            tools,
            tools_header,
            top_logprobs,
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


class ChatCompletionRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`ChatCompletionRequest`, as plain values."""

    messages: Required[Sequence[Any]]
    model: Required[str]
    frequency_penalty: float | None
    guardrails: Sequence[Mapping[str, Any] | GuardrailConfig] | None
    logit_bias: Any
    logprobs: bool | None
    max_completion_tokens: int | None
    max_tokens: int | None
    max_tool_iterations: int | None
    mcp_server_ids: Sequence[UUID | str] | None
    mcp_servers: Sequence[Mapping[str, Any] | McpServerConfig] | None
    n: int | None
    parallel_tool_calls: bool | None
    presence_penalty: float | None
    reasoning_effort: ChatCompletionRequestReasoningEffortType0 | None
    response_format: Any
    seed: int | None
    service_tier: str | None
    session_label: str | None
    stop: str | Sequence[str] | None
    stream_options: Any
    temperature: float | None
    tool_choice: Any
    tools: Sequence[Any] | None
    tools_header: str | None
    top_logprobs: int | None
    top_p: float | None
    user: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "messages",
    "model",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "frequency_penalty": {"type": ["null", "number"]},
    "guardrails": {"maxItems": 8, "type": ["array", "null"]},
    "logit_bias": {"type": ["null", "object"]},
    "logprobs": {"type": ["boolean", "null"]},
    "max_completion_tokens": {"type": ["integer", "null"]},
    "max_tokens": {"type": ["integer", "null"]},
    "max_tool_iterations": {"maximum": 25.0, "minimum": 1.0, "type": ["integer", "null"]},
    "mcp_server_ids": {"maxItems": 50, "type": ["array", "null"]},
    "mcp_servers": {"type": ["array", "null"]},
    "messages": {"minItems": 1, "type": ["array"]},
    "model": {"type": ["string"]},
    "n": {"type": ["integer", "null"]},
    "parallel_tool_calls": {"type": ["boolean", "null"]},
    "presence_penalty": {"type": ["null", "number"]},
    "reasoning_effort": {"type": ["null", "string"]},
    "response_format": {"type": ["null", "object"]},
    "seed": {"type": ["integer", "null"]},
    "service_tier": {"type": ["null", "string"]},
    "session_label": {"maxLength": 255, "type": ["null", "string"]},
    "stop": {"type": ["array", "null", "string"]},
    "stream": {"type": ["boolean"]},
    "stream_options": {"type": ["null", "object"]},
    "temperature": {"type": ["null", "number"]},
    "tool_choice": {"type": ["null", "object", "string"]},
    "tools": {"type": ["array", "null"]},
    "tools_header": {"maxLength": 4000, "type": ["null", "string"]},
    "top_logprobs": {"type": ["integer", "null"]},
    "top_p": {"type": ["null", "number"]},
    "user": {"type": ["null", "string"]},
}


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.guardrail_config import GuardrailConfig  # noqa: E402
from ..models.mcp_server_config import McpServerConfig  # noqa: E402
