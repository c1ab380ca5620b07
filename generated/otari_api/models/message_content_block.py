from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_citation import MessageCitation


T = TypeVar("T", bound="MessageContentBlock")


@_attrs_define
class MessageContentBlock:
    """A content block; the fields present depend on type (text, tool_use, thinking, redacted_thinking, server_tool_use,
    web_search_tool_result, ...).

        Attributes:
            type_ (str): Block kind: text, tool_use, thinking, redacted_thinking, server_tool_use, web_search_tool_result,
                ...
            text (None | str | Unset): Text, for text blocks.
            citations (list[MessageCitation] | None | Unset): Sources backing the text.
            id (None | str | Unset): Tool use id, for tool_use and server_tool_use blocks.
            name (None | str | Unset): Tool name, for tool_use and server_tool_use blocks.
            input_ (Any | None | Unset): Tool input, for tool_use and server_tool_use blocks.
            thinking (None | str | Unset): Reasoning text, for thinking blocks.
            signature (None | str | Unset): Integrity signature, for thinking blocks.
            data (None | str | Unset): Encrypted reasoning, for redacted_thinking blocks.
            tool_use_id (None | str | Unset): Tool use this result answers, for *_tool_result blocks.
            content (Any | list[Any] | None | str | Unset): Result payload, for *_tool_result blocks.
    """

    type_: str
    text: None | str | Unset = UNSET
    citations: list[MessageCitation] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    input_: Any | None | Unset = UNSET
    thinking: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    tool_use_id: None | str | Unset = UNSET
    content: Any | list[Any] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        citations: list[dict[str, Any]] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = []
            for citations_type_0_item_data in self.citations:
                citations_type_0_item = citations_type_0_item_data.to_dict()
                citations.append(citations_type_0_item)

        else:
            citations = self.citations

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        input_: Any | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_

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

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        tool_use_id: None | str | Unset
        if isinstance(self.tool_use_id, Unset):
            tool_use_id = UNSET
        else:
            tool_use_id = self.tool_use_id

        content: Any | list[Any] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = self.content

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if citations is not UNSET:
            field_dict["citations"] = citations
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if input_ is not UNSET:
            field_dict["input"] = input_
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if signature is not UNSET:
            field_dict["signature"] = signature
        if data is not UNSET:
            field_dict["data"] = data
        if tool_use_id is not UNSET:
            field_dict["tool_use_id"] = tool_use_id
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        text = d.pop("text", UNSET)

        citations = d.pop("citations", UNSET)
        if citations is not None and citations is not UNSET:

            def _parse_citations(data: object) -> list[MessageCitation] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    citations_type_0 = []
                    _citations_type_0 = data
                    for citations_type_0_item_data in _citations_type_0:
                        citations_type_0_item = MessageCitation.from_dict(citations_type_0_item_data)

                        citations_type_0.append(citations_type_0_item)

                    return citations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[MessageCitation] | None | Unset, data)

            citations = _parse_citations(citations)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        input_ = d.pop("input", UNSET)

        thinking = d.pop("thinking", UNSET)

        signature = d.pop("signature", UNSET)

        data = d.pop("data", UNSET)

        tool_use_id = d.pop("tool_use_id", UNSET)

        content = d.pop("content", UNSET)
        if content is not None and content is not UNSET:

            def _parse_content(data: object) -> Any | list[Any] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = cast(list[Any], data)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Any | list[Any] | None | str | Unset, data)

            content = _parse_content(content)

        message_content_block = cls(
            type_,
            text,
            citations,
            id,
            name,
            input_,
            thinking,
            signature,
            data,
            tool_use_id,
            content,
        )

        message_content_block.additional_properties = d
        return message_content_block

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

    @property
    def input(self) -> Any | None | Unset:
        """The ``input`` field (stored as ``input_``)."""
        return self.input_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.message_citation import MessageCitation  # noqa: E402
