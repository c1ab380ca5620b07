from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rerank_result import RerankResult
    from ..models.rerank_usage import RerankUsage


T = TypeVar("T", bound="RerankResponse")


@_attrs_define
class RerankResponse:
    """Documents ordered by relevance, most relevant first.

    Attributes:
        results (list[RerankResult]): Ranked documents.
        id (None | str | Unset): Provider-assigned response id.
        model (None | str | Unset): Model that ranked the documents.
        usage (None | RerankUsage | Unset): Token counts for the request.
        meta (Any | None | Unset): Provider billing metadata, passed through.
    """

    results: list[RerankResult]
    id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    usage: None | RerankUsage | Unset = UNSET
    meta: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, RerankUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        meta: Any | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = RerankResult.from_dict(results_item_data)

            results.append(results_item)

        id = d.pop("id", UNSET)

        model = d.pop("model", UNSET)

        usage = d.pop("usage", UNSET)
        if usage is not None and usage is not UNSET:

            def _parse_usage(data: object) -> None | RerankUsage | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    usage_type_0 = RerankUsage.from_dict(data)

                    return usage_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RerankUsage | Unset, data)

            usage = _parse_usage(usage)

        meta = d.pop("meta", UNSET)

        rerank_response = cls(
            results,
            id,
            model,
            usage,
            meta,
        )

        rerank_response.additional_properties = d
        return rerank_response

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
from ..models.rerank_result import RerankResult  # noqa: E402
from ..models.rerank_usage import RerankUsage  # noqa: E402
