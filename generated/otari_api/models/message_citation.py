from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageCitation")


@_attrs_define
class MessageCitation:
    """A citation; the fields present depend on type (char_location, page_location, web_search_result_location, ...).

    Attributes:
        type_ (str): Citation kind.
        cited_text (None | str | Unset): The cited passage.
        document_index (int | None | Unset): Which document is cited.
        document_title (None | str | Unset): Title of the cited document.
        start_char_index (int | None | Unset):
        end_char_index (int | None | Unset):
        start_page_number (int | None | Unset):
        end_page_number (int | None | Unset):
        start_block_index (int | None | Unset):
        end_block_index (int | None | Unset):
        url (None | str | Unset): Cited URL, for web search citations.
        title (None | str | Unset): Cited page title, for web search citations.
        encrypted_index (None | str | Unset): Opaque reference, for web search citations.
    """

    type_: str
    cited_text: None | str | Unset = UNSET
    document_index: int | None | Unset = UNSET
    document_title: None | str | Unset = UNSET
    start_char_index: int | None | Unset = UNSET
    end_char_index: int | None | Unset = UNSET
    start_page_number: int | None | Unset = UNSET
    end_page_number: int | None | Unset = UNSET
    start_block_index: int | None | Unset = UNSET
    end_block_index: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    encrypted_index: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cited_text: None | str | Unset
        if isinstance(self.cited_text, Unset):
            cited_text = UNSET
        else:
            cited_text = self.cited_text

        document_index: int | None | Unset
        if isinstance(self.document_index, Unset):
            document_index = UNSET
        else:
            document_index = self.document_index

        document_title: None | str | Unset
        if isinstance(self.document_title, Unset):
            document_title = UNSET
        else:
            document_title = self.document_title

        start_char_index: int | None | Unset
        if isinstance(self.start_char_index, Unset):
            start_char_index = UNSET
        else:
            start_char_index = self.start_char_index

        end_char_index: int | None | Unset
        if isinstance(self.end_char_index, Unset):
            end_char_index = UNSET
        else:
            end_char_index = self.end_char_index

        start_page_number: int | None | Unset
        if isinstance(self.start_page_number, Unset):
            start_page_number = UNSET
        else:
            start_page_number = self.start_page_number

        end_page_number: int | None | Unset
        if isinstance(self.end_page_number, Unset):
            end_page_number = UNSET
        else:
            end_page_number = self.end_page_number

        start_block_index: int | None | Unset
        if isinstance(self.start_block_index, Unset):
            start_block_index = UNSET
        else:
            start_block_index = self.start_block_index

        end_block_index: int | None | Unset
        if isinstance(self.end_block_index, Unset):
            end_block_index = UNSET
        else:
            end_block_index = self.end_block_index

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        encrypted_index: None | str | Unset
        if isinstance(self.encrypted_index, Unset):
            encrypted_index = UNSET
        else:
            encrypted_index = self.encrypted_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if cited_text is not UNSET:
            field_dict["cited_text"] = cited_text
        if document_index is not UNSET:
            field_dict["document_index"] = document_index
        if document_title is not UNSET:
            field_dict["document_title"] = document_title
        if start_char_index is not UNSET:
            field_dict["start_char_index"] = start_char_index
        if end_char_index is not UNSET:
            field_dict["end_char_index"] = end_char_index
        if start_page_number is not UNSET:
            field_dict["start_page_number"] = start_page_number
        if end_page_number is not UNSET:
            field_dict["end_page_number"] = end_page_number
        if start_block_index is not UNSET:
            field_dict["start_block_index"] = start_block_index
        if end_block_index is not UNSET:
            field_dict["end_block_index"] = end_block_index
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if encrypted_index is not UNSET:
            field_dict["encrypted_index"] = encrypted_index

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        cited_text = d.pop("cited_text", UNSET)

        document_index = d.pop("document_index", UNSET)

        document_title = d.pop("document_title", UNSET)

        start_char_index = d.pop("start_char_index", UNSET)

        end_char_index = d.pop("end_char_index", UNSET)

        start_page_number = d.pop("start_page_number", UNSET)

        end_page_number = d.pop("end_page_number", UNSET)

        start_block_index = d.pop("start_block_index", UNSET)

        end_block_index = d.pop("end_block_index", UNSET)

        url = d.pop("url", UNSET)

        title = d.pop("title", UNSET)

        encrypted_index = d.pop("encrypted_index", UNSET)

        message_citation = cls(
            type_,
            cited_text,
            document_index,
            document_title,
            start_char_index,
            end_char_index,
            start_page_number,
            end_page_number,
            start_block_index,
            end_block_index,
            url,
            title,
            encrypted_index,
        )

        message_citation.additional_properties = d
        return message_citation

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
