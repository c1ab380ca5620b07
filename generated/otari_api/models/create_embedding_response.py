from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding import Embedding
    from ..models.embedding_usage import EmbeddingUsage


T = TypeVar("T", bound="CreateEmbeddingResponse")


@_attrs_define
class CreateEmbeddingResponse:
    """Embeddings for the inputs, in input order.

    Attributes:
        object_ (str): Always 'list'.
        data (list[Embedding]): One embedding per input.
        model (str): Model that produced the embeddings.
        usage (EmbeddingUsage | None | Unset): Token counts for the request.
    """

    object_: str
    data: list[Embedding]
    model: str
    usage: EmbeddingUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        model = self.model

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, EmbeddingUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
                "model": model,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Embedding.from_dict(data_item_data)

            data.append(data_item)

        model = d.pop("model")

        usage = d.pop("usage", UNSET)
        if usage is not None and usage is not UNSET:

            def _parse_usage(data: object) -> EmbeddingUsage | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    usage_type_0 = EmbeddingUsage.from_dict(data)

                    return usage_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EmbeddingUsage | None | Unset, data)

            usage = _parse_usage(usage)

        create_embedding_response = cls(
            object_,
            data,
            model,
            usage,
        )

        create_embedding_response.additional_properties = d
        return create_embedding_response

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
    def object(self) -> str:
        """The ``object`` field (stored as ``object_``)."""
        return self.object_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.embedding import Embedding  # noqa: E402
from ..models.embedding_usage import EmbeddingUsage  # noqa: E402
