from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_content_block import MessageContentBlock
    from ..models.message_usage import MessageUsage


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message (Anthropic Messages API).

    Attributes:
        id (str): Message id.
        type_ (str): Always 'message'.
        role (str): Always 'assistant'.
        content (list[MessageContentBlock]): Content blocks the model produced.
        model (str): Model that produced the message.
        stop_reason (None | str): end_turn, max_tokens, stop_sequence, tool_use, pause_turn, refusal, ...
        usage (MessageUsage): Token usage of a message.
        stop_sequence (None | str | Unset): The stop sequence that was hit, if any.
        container (Any | None | Unset): Code-execution container used, if any.
    """

    id: str
    type_: str
    role: str
    content: list[MessageContentBlock]
    model: str
    stop_reason: None | str
    usage: MessageUsage
    stop_sequence: None | str | Unset = UNSET
    container: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        model = self.model

        stop_reason: None | str
        stop_reason = self.stop_reason

        usage = self.usage.to_dict()

        stop_sequence: None | str | Unset
        if isinstance(self.stop_sequence, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = self.stop_sequence

        container: Any | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "role": role,
                "content": content,
                "model": model,
                "stop_reason": stop_reason,
                "usage": usage,
            }
        )
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence
        if container is not UNSET:
            field_dict["container"] = container

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        role = d.pop("role")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = MessageContentBlock.from_dict(content_item_data)

            content.append(content_item)

        model = d.pop("model")

        stop_reason = d.pop("stop_reason")

        usage = MessageUsage.from_dict(d.pop("usage"))

        stop_sequence = d.pop("stop_sequence", UNSET)

        container = d.pop("container", UNSET)

        message = cls(
            id,
            type_,
            role,
            content,
            model,
            stop_reason,
            usage,
            stop_sequence,
            container,
        )

        message.additional_properties = d
        return message

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
from ..models.message_content_block import MessageContentBlock  # noqa: E402
from ..models.message_usage import MessageUsage  # noqa: E402
