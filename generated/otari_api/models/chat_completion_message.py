from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_annotation import ChatCompletionAnnotation
    from ..models.chat_completion_audio import ChatCompletionAudio
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_reasoning import ChatCompletionReasoning


T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define
class ChatCompletionMessage:
    """The assistant message of a choice.

    Attributes:
        role (str): Author role, normally 'assistant'.
        content (None | str): Text of the message.
        refusal (None | str | Unset): Refusal text when the model declined.
        tool_calls (list[ChatCompletionMessageToolCall] | None | Unset): Tool calls the model wants to make.
        annotations (list[ChatCompletionAnnotation] | None | Unset): Annotations on the text, e.g. URL citations.
        audio (ChatCompletionAudio | None | Unset): Audio output, when audio was requested.
        function_call (ChatCompletionFunctionCall | None | Unset): Deprecated single function call.
        reasoning (ChatCompletionReasoning | None | str | Unset): Reasoning the gateway extracted from the provider.
        reasoning_content (None | str | Unset): Reasoning text as some providers send it.
    """

    role: str
    content: None | str
    refusal: None | str | Unset = UNSET
    tool_calls: list[ChatCompletionMessageToolCall] | None | Unset = UNSET
    annotations: list[ChatCompletionAnnotation] | None | Unset = UNSET
    audio: ChatCompletionAudio | None | Unset = UNSET
    function_call: ChatCompletionFunctionCall | None | Unset = UNSET
    reasoning: ChatCompletionReasoning | None | str | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str
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

        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item = annotations_type_0_item_data.to_dict()
                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionFunctionCall):
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
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if audio is not UNSET:
            field_dict["audio"] = audio
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
        role = d.pop("role")

        content = d.pop("content")

        refusal = d.pop("refusal", UNSET)

        tool_calls = d.pop("tool_calls", UNSET)
        if tool_calls is not None and tool_calls is not UNSET:

            def _parse_tool_calls(data: object) -> list[ChatCompletionMessageToolCall] | None | Unset:
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
                        tool_calls_type_0_item = ChatCompletionMessageToolCall.from_dict(tool_calls_type_0_item_data)

                        tool_calls_type_0.append(tool_calls_type_0_item)

                    return tool_calls_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ChatCompletionMessageToolCall] | None | Unset, data)

            tool_calls = _parse_tool_calls(tool_calls)

        annotations = d.pop("annotations", UNSET)
        if annotations is not None and annotations is not UNSET:

            def _parse_annotations(data: object) -> list[ChatCompletionAnnotation] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    annotations_type_0 = []
                    _annotations_type_0 = data
                    for annotations_type_0_item_data in _annotations_type_0:
                        annotations_type_0_item = ChatCompletionAnnotation.from_dict(annotations_type_0_item_data)

                        annotations_type_0.append(annotations_type_0_item)

                    return annotations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ChatCompletionAnnotation] | None | Unset, data)

            annotations = _parse_annotations(annotations)

        audio = d.pop("audio", UNSET)
        if audio is not None and audio is not UNSET:

            def _parse_audio(data: object) -> ChatCompletionAudio | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    audio_type_0 = ChatCompletionAudio.from_dict(data)

                    return audio_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatCompletionAudio | None | Unset, data)

            audio = _parse_audio(audio)

        function_call = d.pop("function_call", UNSET)
        if function_call is not None and function_call is not UNSET:

            def _parse_function_call(data: object) -> ChatCompletionFunctionCall | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    function_call_type_0 = ChatCompletionFunctionCall.from_dict(data)

                    return function_call_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatCompletionFunctionCall | None | Unset, data)

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

        chat_completion_message = cls(
            role,
            content,
            refusal,
            tool_calls,
            annotations,
            audio,
            function_call,
            reasoning,
            reasoning_content,
        )

        chat_completion_message.additional_properties = d
        return chat_completion_message

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
from ..models.chat_completion_annotation import ChatCompletionAnnotation  # noqa: E402
from ..models.chat_completion_audio import ChatCompletionAudio  # noqa: E402
from ..models.chat_completion_function_call import ChatCompletionFunctionCall  # noqa: E402
from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: E402
from ..models.chat_completion_reasoning import ChatCompletionReasoning  # noqa: E402
