"""Keyword arguments of the three streaming calls, described once for both clients.

They mirror the request schemas. Fields these dicts do not list still go out
as they are at run time; ``extra_body`` is the typed way to send them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict


class CompletionParams(TypedDict, total=False):
    """Arguments of ``completion`` (OpenAI chat completions wire format)."""

    model: Required[str]
    messages: Required[Sequence[Mapping[str, Any]]]
    temperature: float
    top_p: float
    max_tokens: int
    max_completion_tokens: int
    n: int
    stop: str | Sequence[str]
    seed: int
    presence_penalty: float
    frequency_penalty: float
    logit_bias: Mapping[str, float]
    logprobs: bool
    top_logprobs: int
    user: str
    tools: Sequence[Mapping[str, Any]]
    tool_choice: str | Mapping[str, Any]
    parallel_tool_calls: bool
    response_format: Mapping[str, Any]
    stream_options: Mapping[str, Any]
    reasoning_effort: str
    metadata: Mapping[str, str]
    service_tier: str
    modalities: Sequence[str]
    # otari gateway extensions
    mcp_servers: Sequence[Mapping[str, Any]]
    mcp_server_ids: Sequence[str]
    max_tool_iterations: int
    tools_header: str
    extra_body: Mapping[str, Any]


class ResponseParams(TypedDict, total=False):
    """Arguments of ``response`` (OpenAI Responses wire format)."""

    model: Required[str]
    input: Required[str | Sequence[Mapping[str, Any]]]
    instructions: str
    max_output_tokens: int
    temperature: float
    top_p: float
    tools: Sequence[Mapping[str, Any]]
    tool_choice: str | Mapping[str, Any]
    parallel_tool_calls: bool
    previous_response_id: str
    reasoning: Mapping[str, Any]
    text: Mapping[str, Any]
    metadata: Mapping[str, str]
    store: bool
    truncation: str
    user: str
    extra_body: Mapping[str, Any]


class MessageParams(TypedDict, total=False):
    """Arguments of ``message`` (Anthropic Messages wire format); ``max_tokens`` is required."""

    model: Required[str]
    messages: Required[Sequence[Mapping[str, Any]]]
    max_tokens: Required[int]
    system: str | Sequence[Mapping[str, Any]]
    temperature: float
    top_p: float
    top_k: int
    stop_sequences: Sequence[str]
    tools: Sequence[Mapping[str, Any]]
    tool_choice: Mapping[str, Any]
    thinking: Mapping[str, Any]
    metadata: Mapping[str, Any]
    cache_control: Mapping[str, Any]
    extra_body: Mapping[str, Any]
