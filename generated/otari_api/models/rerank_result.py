from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rerank_document import RerankDocument


T = TypeVar("T", bound="RerankResult")


@_attrs_define
class RerankResult:
    """One ranked document.

    Attributes:
        index (int): Position of the document in the request's list.
        relevance_score (float): Relevance to the query; higher is more relevant.
        document (None | RerankDocument | str | Unset): The document, when the provider returns it.
    """

    index: int
    relevance_score: float
    document: None | RerankDocument | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        relevance_score = self.relevance_score

        document: dict[str, Any] | None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, RerankDocument):
            document = self.document.to_dict()
        else:
            document = self.document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "relevance_score": relevance_score,
            }
        )
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        relevance_score = d.pop("relevance_score")

        document = d.pop("document", UNSET)
        if document is not None and document is not UNSET:

            def _parse_document(data: object) -> None | RerankDocument | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    document_type_0 = RerankDocument.from_dict(data)

                    return document_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RerankDocument | str | Unset, data)

            document = _parse_document(document)

        rerank_result = cls(
            index,
            relevance_score,
            document,
        )

        rerank_result.additional_properties = d
        return rerank_result

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
from ..models.rerank_document import RerankDocument  # noqa: E402
