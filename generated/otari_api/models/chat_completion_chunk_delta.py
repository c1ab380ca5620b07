from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_function import ChatCompletionChunkFunction
    from ..models.chat_completion_chunk_tool_call import ChatCompletionChunkToolCall
    from ..models.chat_completion_reasoning import ChatCompletionReasoning


T = TypeVar("T", bound="ChatCompletionChunkDelta")


@_attrs_define
class ChatCompletionChunkDelta:
    """Incremental message content; every field may be absent.

    Attributes:
        role (None | str | Unset): Author role, sent on the first chunk.
        content (None | str | Unset): Next piece of text.
        refusal (None | str | Unset): Next piece of refusal text.
        tool_calls (list[ChatCompletionChunkToolCall] | None | Unset): Tool-call fragments.
        function_call (ChatCompletionChunkFunction | None | Unset): Deprecated function-call fragment.
        reasoning (ChatCompletionReasoning | None | str | Unset): Next piece of reasoning.
        reasoning_content (None | str | Unset): Next piece of reasoning as some providers send it.
    """

    role: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ChatCompletionChunkToolCall] | None | Unset = UNSET
    function_call: ChatCompletionChunkFunction | None | Unset = UNSET
    reasoning: ChatCompletionReasoning | None | str | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionChunkFunction):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        reasoning: dict[str, Any] | None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ChatCompletionReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        content = d.pop("content", UNSET)

        refusal = d.pop("refusal", UNSET)

        tool_calls = d.pop("tool_calls", UNSET)
        if tool_calls is not None and tool_calls is not UNSET:

            def _parse_tool_calls(data: object) -> list[ChatCompletionChunkToolCall] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tool_calls_type_0 = []
                    _tool_calls_type_0 = data
                    for tool_calls_type_0_item_data in _tool_calls_type_0:
                        tool_calls_type_0_item = ChatCompletionChunkToolCall.from_dict(tool_calls_type_0_item_data)

                        tool_calls_type_0.append(tool_calls_type_0_item)

                    return tool_calls_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ChatCompletionChunkToolCall] | None | Unset, data)

            tool_calls = _parse_tool_calls(tool_calls)

        function_call = d.pop("function_call", UNSET)
        if function_call is not None and function_call is not UNSET:

            def _parse_function_call(data: object) -> ChatCompletionChunkFunction | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    function_call_type_0 = ChatCompletionChunkFunction.from_dict(data)

                    return function_call_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatCompletionChunkFunction | None | Unset, data)

            function_call = _parse_function_call(function_call)

        reasoning = d.pop("reasoning", UNSET)
        if reasoning is not None and reasoning is not UNSET:

            def _parse_reasoning(data: object) -> ChatCompletionReasoning | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    reasoning_type_0 = ChatCompletionReasoning.from_dict(data)

                    return reasoning_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatCompletionReasoning | None | str | Unset, data)

            reasoning = _parse_reasoning(reasoning)

        reasoning_content = d.pop("reasoning_content", UNSET)

        chat_completion_chunk_delta = cls(
            role,
            content,
            refusal,
            tool_calls,
            function_call,
            reasoning,
            reasoning_content,
        )

        chat_completion_chunk_delta.additional_properties = d
        return chat_completion_chunk_delta

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
from ..models.chat_completion_chunk_function import ChatCompletionChunkFunction  # noqa: E402
from ..models.chat_completion_chunk_tool_call import ChatCompletionChunkToolCall  # noqa: E402
from ..models.chat_completion_reasoning import ChatCompletionReasoning  # noqa: E402
