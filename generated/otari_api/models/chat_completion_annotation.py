from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_url_citation import ChatCompletionUrlCitation


T = TypeVar("T", bound="ChatCompletionAnnotation")


@_attrs_define
class ChatCompletionAnnotation:
    """An annotation on message text.

    Attributes:
        type_ (str): Annotation kind, e.g. url_citation.
        url_citation (ChatCompletionUrlCitation | None | Unset): Citation details, for type url_citation.
    """

    type_: str
    url_citation: ChatCompletionUrlCitation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url_citation: dict[str, Any] | None | Unset
        if isinstance(self.url_citation, Unset):
            url_citation = UNSET
        elif isinstance(self.url_citation, ChatCompletionUrlCitation):
            url_citation = self.url_citation.to_dict()
        else:
            url_citation = self.url_citation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if url_citation is not UNSET:
            field_dict["url_citation"] = url_citation

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        url_citation = d.pop("url_citation", UNSET)
        if url_citation is not None and url_citation is not UNSET:

            def _parse_url_citation(data: object) -> ChatCompletionUrlCitation | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    url_citation_type_0 = ChatCompletionUrlCitation.from_dict(data)

                    return url_citation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatCompletionUrlCitation | None | Unset, data)

            url_citation = _parse_url_citation(url_citation)

        chat_completion_annotation = cls(
            type_,
            url_citation,
        )

        chat_completion_annotation.additional_properties = d
        return chat_completion_annotation

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
from ..models.chat_completion_url_citation import ChatCompletionUrlCitation  # noqa: E402
