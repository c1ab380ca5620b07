from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_citation import MessageCitation


T = TypeVar("T", bound="MessageStreamDelta")


@_attrs_define
class MessageStreamDelta:
    """A block delta (text_delta, input_json_delta, thinking_delta, signature_delta, citations_delta) or a message_delta
    delta (no type).

        Attributes:
            type_ (None | str | Unset): Delta kind; absent on message_delta.
            text (None | str | Unset): Next piece of text, for text_delta.
            partial_json (None | str | Unset): Next piece of tool input JSON, for input_json_delta.
            thinking (None | str | Unset): Next piece of reasoning, for thinking_delta.
            signature (None | str | Unset): Thinking signature, for signature_delta.
            citation (MessageCitation | None | Unset): New citation, for citations_delta.
            stop_reason (None | str | Unset): Final stop reason, for message_delta.
            stop_sequence (None | str | Unset): Stop sequence hit, for message_delta.
    """

    type_: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    partial_json: None | str | Unset = UNSET
    thinking: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    citation: MessageCitation | None | Unset = UNSET
    stop_reason: None | str | Unset = UNSET
    stop_sequence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        partial_json: None | str | Unset
        if isinstance(self.partial_json, Unset):
            partial_json = UNSET
        else:
            partial_json = self.partial_json

        thinking: None | str | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        else:
            thinking = self.thinking

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        citation: dict[str, Any] | None | Unset
        if isinstance(self.citation, Unset):
            citation = UNSET
        elif isinstance(self.citation, MessageCitation):
            citation = self.citation.to_dict()
        else:
            citation = self.citation

        stop_reason: None | str | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        else:
            stop_reason = self.stop_reason

        stop_sequence: None | str | Unset
        if isinstance(self.stop_sequence, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if partial_json is not UNSET:
            field_dict["partial_json"] = partial_json
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if signature is not UNSET:
            field_dict["signature"] = signature
        if citation is not UNSET:
            field_dict["citation"] = citation
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        text = d.pop("text", UNSET)

        partial_json = d.pop("partial_json", UNSET)

        thinking = d.pop("thinking", UNSET)

        signature = d.pop("signature", UNSET)

        citation = d.pop("citation", UNSET)
        if citation is not None and citation is not UNSET:

            def _parse_citation(data: object) -> MessageCitation | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    citation_type_0 = MessageCitation.from_dict(data)

                    return citation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageCitation | None | Unset, data)

            citation = _parse_citation(citation)

        stop_reason = d.pop("stop_reason", UNSET)

        stop_sequence = d.pop("stop_sequence", UNSET)

        message_stream_delta = cls(
            type_,
            text,
            partial_json,
            thinking,
            signature,
            citation,
            stop_reason,
            stop_sequence,
        )

        message_stream_delta.additional_properties = d
        return message_stream_delta

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
    def type(self) -> None | str | Unset:
        """The ``type`` field (stored as ``type_``)."""
        return self.type_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.message_citation import MessageCitation  # noqa: E402
