from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_delta import ChatCompletionChunkDelta
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs


T = TypeVar("T", bound="ChatCompletionChunkChoice")


@_attrs_define
class ChatCompletionChunkChoice:
    """The delta for one choice in a stream chunk.

    Attributes:
        index (int): Which choice this delta belongs to.
        delta (ChatCompletionChunkDelta): Incremental message content; every field may be absent.
        finish_reason (None | str | Unset): Set on the choice's last chunk: stop, length, tool_calls, content_filter.
        logprobs (ChatCompletionLogprobs | None | Unset): Token log probabilities, when requested.
    """

    index: int
    delta: ChatCompletionChunkDelta
    finish_reason: None | str | Unset = UNSET
    logprobs: ChatCompletionLogprobs | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        delta = self.delta.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
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
                "delta": delta,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        delta = ChatCompletionChunkDelta.from_dict(d.pop("delta"))

        finish_reason = d.pop("finish_reason", UNSET)

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

        chat_completion_chunk_choice = cls(
            index,
            delta,
            finish_reason,
            logprobs,
        )

        chat_completion_chunk_choice.additional_properties = d
        return chat_completion_chunk_choice

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
from ..models.chat_completion_chunk_delta import ChatCompletionChunkDelta  # noqa: E402
from ..models.chat_completion_logprobs import ChatCompletionLogprobs  # noqa: E402
