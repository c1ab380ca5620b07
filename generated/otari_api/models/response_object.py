from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_error import ResponseError
    from ..models.response_incomplete_details import ResponseIncompleteDetails
    from ..models.response_output_item import ResponseOutputItem
    from ..models.response_usage import ResponseUsage


T = TypeVar("T", bound="ResponseObject")


@_attrs_define
class ResponseObject:
    """A model response (OpenAI Responses API).

    Attributes:
        id (str): Response id.
        object_ (str): Always 'response'.
        created_at (float): Unix time (seconds) the response was created.
        model (str): Model that produced the response.
        output (list[ResponseOutputItem]): Items the model produced, in order.
        status (None | str | Unset): completed, failed, in_progress, cancelled, queued or incomplete.
        usage (None | ResponseUsage | Unset): Token counts for the request.
        error (None | ResponseError | Unset): Set when status is failed.
        incomplete_details (None | ResponseIncompleteDetails | Unset): Set when status is incomplete.
        instructions (list[Any] | None | str | Unset): System instructions used.
        metadata (Any | None | Unset): Caller-supplied key/value pairs.
        previous_response_id (None | str | Unset): Response this one continues.
        parallel_tool_calls (bool | None | Unset): Whether tool calls may run in parallel.
        tool_choice (Any | None | str | Unset): Tool selection setting used.
        tools (list[Any] | None | Unset): Tools that were available.
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        max_output_tokens (int | None | Unset): Cap on generated tokens.
        reasoning (Any | None | Unset): Reasoning settings used (effort, summary).
        text (Any | None | Unset): Text output settings used (format, verbosity).
        truncation (None | str | Unset): Truncation strategy: auto or disabled.
        store (bool | None | Unset): Whether the response is stored.
        background (bool | None | Unset): Whether the response ran in the background.
        service_tier (None | str | Unset): Processing tier used.
        user (None | str | Unset):
    """

    id: str
    object_: str
    created_at: float
    model: str
    output: list[ResponseOutputItem]
    status: None | str | Unset = UNSET
    usage: None | ResponseUsage | Unset = UNSET
    error: None | ResponseError | Unset = UNSET
    incomplete_details: None | ResponseIncompleteDetails | Unset = UNSET
    instructions: list[Any] | None | str | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    tool_choice: Any | None | str | Unset = UNSET
    tools: list[Any] | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    reasoning: Any | None | Unset = UNSET
    text: Any | None | Unset = UNSET
    truncation: None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    background: bool | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at

        model = self.model

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponseError):
            error = self.error.to_dict()
        else:
            error = self.error

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, ResponseIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        instructions: list[Any] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(self.instructions, list):
            instructions = self.instructions

        else:
            instructions = self.instructions

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

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

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        reasoning: Any | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        text: Any | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "model": model,
                "output": output,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if store is not UNSET:
            field_dict["store"] = store
        if background is not UNSET:
            field_dict["background"] = background
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        created_at = d.pop("created_at")

        model = d.pop("model")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = ResponseOutputItem.from_dict(output_item_data)

            output.append(output_item)

        status = d.pop("status", UNSET)

        usage = d.pop("usage", UNSET)
        if usage is not None and usage is not UNSET:

            def _parse_usage(data: object) -> None | ResponseUsage | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    usage_type_0 = ResponseUsage.from_dict(data)

                    return usage_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseUsage | Unset, data)

            usage = _parse_usage(usage)

        error = d.pop("error", UNSET)
        if error is not None and error is not UNSET:

            def _parse_error(data: object) -> None | ResponseError | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    error_type_0 = ResponseError.from_dict(data)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseError | Unset, data)

            error = _parse_error(error)

        incomplete_details = d.pop("incomplete_details", UNSET)
        if incomplete_details is not None and incomplete_details is not UNSET:

            def _parse_incomplete_details(data: object) -> None | ResponseIncompleteDetails | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    incomplete_details_type_0 = ResponseIncompleteDetails.from_dict(data)

                    return incomplete_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseIncompleteDetails | Unset, data)

            incomplete_details = _parse_incomplete_details(incomplete_details)

        instructions = d.pop("instructions", UNSET)
        if instructions is not None and instructions is not UNSET:

            def _parse_instructions(data: object) -> list[Any] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    instructions_type_1 = cast(list[Any], data)

                    return instructions_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Any] | None | str | Unset, data)

            instructions = _parse_instructions(instructions)

        metadata = d.pop("metadata", UNSET)

        previous_response_id = d.pop("previous_response_id", UNSET)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

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

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        text = d.pop("text", UNSET)

        truncation = d.pop("truncation", UNSET)

        store = d.pop("store", UNSET)

        background = d.pop("background", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        user = d.pop("user", UNSET)

        response_object = cls(
            id,
            object_,
            created_at,
            model,
            output,
            status,
            usage,
            error,
            incomplete_details,
            instructions,
            metadata,
            previous_response_id,
            parallel_tool_calls,
            tool_choice,
            tools,
            temperature,
            top_p,
            max_output_tokens,
            reasoning,
            text,
            truncation,
            store,
            background,
            service_tier,
            user,
        )

        response_object.additional_properties = d
        return response_object

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
    def object(self) -> str:
        """The ``object`` field (stored as ``object_``)."""
        return self.object_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.response_error import ResponseError  # noqa: E402
from ..models.response_incomplete_details import ResponseIncompleteDetails  # noqa: E402
from ..models.response_output_item import ResponseOutputItem  # noqa: E402
from ..models.response_usage import ResponseUsage  # noqa: E402
