from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.message_content_block import MessageContentBlock
    from ..models.message_delta_usage import MessageDeltaUsage
    from ..models.message_stream_delta import MessageStreamDelta
    from ..models.message_stream_error import MessageStreamError


T = TypeVar("T", bound="MessageStreamEvent")


@_attrs_define
class MessageStreamEvent:
    """One server-sent event of a streamed message; the fields present depend on type.

    Attributes:
        type_ (str): message_start, content_block_start, content_block_delta, content_block_stop, message_delta,
            message_stop, ping, error.
        index (int | None | Unset): Content block the event is about.
        message (Message | None | Unset): Initial message, for message_start.
        content_block (MessageContentBlock | None | Unset): Initial block, for content_block_start.
        delta (MessageStreamDelta | None | Unset): The change, for content_block_delta and message_delta.
        usage (MessageDeltaUsage | None | Unset): Cumulative usage, for message_delta.
        error (MessageStreamError | None | Unset): The error, for error events.
    """

    type_: str
    index: int | None | Unset = UNSET
    message: Message | None | Unset = UNSET
    content_block: MessageContentBlock | None | Unset = UNSET
    delta: MessageStreamDelta | None | Unset = UNSET
    usage: MessageDeltaUsage | None | Unset = UNSET
    error: MessageStreamError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, Message):
            message = self.message.to_dict()
        else:
            message = self.message

        content_block: dict[str, Any] | None | Unset
        if isinstance(self.content_block, Unset):
            content_block = UNSET
        elif isinstance(self.content_block, MessageContentBlock):
            content_block = self.content_block.to_dict()
        else:
            content_block = self.content_block

        delta: dict[str, Any] | None | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        elif isinstance(self.delta, MessageStreamDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, MessageDeltaUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, MessageStreamError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if message is not UNSET:
            field_dict["message"] = message
        if content_block is not UNSET:
            field_dict["content_block"] = content_block
        if delta is not UNSET:
            field_dict["delta"] = delta
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        index = d.pop("index", UNSET)

        message = d.pop("message", UNSET)
        if message is not None and message is not UNSET:

            def _parse_message(data: object) -> Message | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    message_type_0 = Message.from_dict(data)

                    return message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Message | None | Unset, data)

            message = _parse_message(message)

        content_block = d.pop("content_block", UNSET)
        if content_block is not None and content_block is not UNSET:

            def _parse_content_block(data: object) -> MessageContentBlock | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_block_type_0 = MessageContentBlock.from_dict(data)

                    return content_block_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageContentBlock | None | Unset, data)

            content_block = _parse_content_block(content_block)

        delta = d.pop("delta", UNSET)
        if delta is not None and delta is not UNSET:

            def _parse_delta(data: object) -> MessageStreamDelta | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    delta_type_0 = MessageStreamDelta.from_dict(data)

                    return delta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageStreamDelta | None | Unset, data)

            delta = _parse_delta(delta)

        usage = d.pop("usage", UNSET)
        if usage is not None and usage is not UNSET:

            def _parse_usage(data: object) -> MessageDeltaUsage | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    usage_type_0 = MessageDeltaUsage.from_dict(data)

                    return usage_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageDeltaUsage | None | Unset, data)

            usage = _parse_usage(usage)

        error = d.pop("error", UNSET)
        if error is not None and error is not UNSET:

            def _parse_error(data: object) -> MessageStreamError | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    error_type_0 = MessageStreamError.from_dict(data)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageStreamError | None | Unset, data)

            error = _parse_error(error)

        message_stream_event = cls(
            type_,
            index,
            message,
            content_block,
            delta,
            usage,
            error,
        )

        message_stream_event.additional_properties = d
        return message_stream_event

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
    def type(self) -> str:
        """The ``type`` field (stored as ``type_``)."""
        return self.type_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.message import Message  # noqa: E402
from ..models.message_content_block import MessageContentBlock  # noqa: E402
from ..models.message_delta_usage import MessageDeltaUsage  # noqa: E402
from ..models.message_stream_delta import MessageStreamDelta  # noqa: E402
from ..models.message_stream_error import MessageStreamError  # noqa: E402
