from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs
    from ..models.chat_completion_message import ChatCompletionMessage


T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define
class ChatCompletionChoice:
    """One generated alternative of a chat completion.

    Attributes:
        index (int): Position of this choice in the list.
        message (ChatCompletionMessage): The assistant message of a choice.
        finish_reason (None | str): Why generation stopped: stop, length, tool_calls, content_filter, function_call.
        logprobs (ChatCompletionLogprobs | None | Unset): Token log probabilities, when requested.
    """

    index: int
    message: ChatCompletionMessage
    finish_reason: None | str
    logprobs: ChatCompletionLogprobs | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        message = self.message.to_dict()

        finish_reason: None | str
        finish_reason = self.finish_reason

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatCompletionLogprobs):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
                "finish_reason": finish_reason,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        message = ChatCompletionMessage.from_dict(d.pop("message"))

        finish_reason = d.pop("finish_reason")

        logprobs = d.pop("logprobs", UNSET)
        if logprobs is not None and logprobs is not UNSET:

            def _parse_logprobs(data: object) -> ChatCompletionLogprobs | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    logprobs_type_0 = ChatCompletionLogprobs.from_dict(data)

                    return logprobs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatCompletionLogprobs | None | Unset, data)

            logprobs = _parse_logprobs(logprobs)

        chat_completion_choice = cls(
            index,
            message,
            finish_reason,
            logprobs,
        )

        chat_completion_choice.additional_properties = d
        return chat_completion_choice

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
from ..models.chat_completion_logprobs import ChatCompletionLogprobs  # noqa: E402
from ..models.chat_completion_message import ChatCompletionMessage  # noqa: E402
