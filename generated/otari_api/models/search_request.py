from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest:
    """
    Attributes:
        query (str):
        country (None | str | Unset):
        max_results (int | None | Unset):
        max_tokens_per_page (int | None | Unset):
        search_domain_filter (list[str] | None | Unset):
        search_tool_name (None | str | Unset):
        user (None | str | Unset):
    """

    query: str
    country: None | str | Unset = UNSET
    max_results: int | None | Unset = UNSET
    max_tokens_per_page: int | None | Unset = UNSET
    search_domain_filter: list[str] | None | Unset = UNSET
    search_tool_name: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        max_results: int | None | Unset
        if isinstance(self.max_results, Unset):
            max_results = UNSET
        else:
            max_results = self.max_results

        max_tokens_per_page: int | None | Unset
        if isinstance(self.max_tokens_per_page, Unset):
            max_tokens_per_page = UNSET
        else:
            max_tokens_per_page = self.max_tokens_per_page

        search_domain_filter: list[str] | None | Unset
        if isinstance(self.search_domain_filter, Unset):
            search_domain_filter = UNSET
        elif isinstance(self.search_domain_filter, list):
            search_domain_filter = self.search_domain_filter

        else:
            search_domain_filter = self.search_domain_filter

        search_tool_name: None | str | Unset
        if isinstance(self.search_tool_name, Unset):
            search_tool_name = UNSET
        else:
            search_tool_name = self.search_tool_name

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_tokens_per_page is not UNSET:
            field_dict["max_tokens_per_page"] = max_tokens_per_page
        if search_domain_filter is not UNSET:
            field_dict["search_domain_filter"] = search_domain_filter
        if search_tool_name is not UNSET:
            field_dict["search_tool_name"] = search_tool_name
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        country = d.pop("country", UNSET)

        max_results = d.pop("max_results", UNSET)

        max_tokens_per_page = d.pop("max_tokens_per_page", UNSET)

        search_domain_filter = d.pop("search_domain_filter", UNSET)
        if search_domain_filter is not None and search_domain_filter is not UNSET:

            def _parse_search_domain_filter(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    search_domain_filter_type_0 = cast(list[str], data)

                    return search_domain_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            search_domain_filter = _parse_search_domain_filter(search_domain_filter)

        search_tool_name = d.pop("search_tool_name", UNSET)

        user = d.pop("user", UNSET)

        search_request = cls(
            query,
            country,
            max_results,
            max_tokens_per_page,
            search_domain_filter,
            search_tool_name,
            user,
        )

        search_request.additional_properties = d
        return search_request

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


class SearchRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`SearchRequest`, as plain values."""

    query: Required[str]
    country: str | None
    max_results: int | None
    max_tokens_per_page: int | None
    search_domain_filter: Sequence[str] | None
    search_tool_name: str | None
    user: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("query",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "country": {"maxLength": 2, "minLength": 2, "type": ["null", "string"]},
    "max_results": {"maximum": 20.0, "minimum": 1.0, "type": ["integer", "null"]},
    "max_tokens_per_page": {"minimum": 1.0, "type": ["integer", "null"]},
    "query": {"minLength": 1, "type": ["string"]},
    "search_domain_filter": {"maxItems": 20, "type": ["array", "null"]},
    "search_tool_name": {"type": ["null", "string"]},
    "user": {"type": ["null", "string"]},
}
