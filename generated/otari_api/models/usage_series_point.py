from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageSeriesPoint")


@_attrs_define
class UsageSeriesPoint:
    """
    Attributes:
        bucket_start (str):
        cost (float):
        requests (int):
        tokens (int):
        cache_read_tokens (int | Unset):
        cache_write_tokens (int | Unset):
        errors (int | Unset):
        input_tokens (int | Unset):
        output_tokens (int | Unset):
    """

    bucket_start: str
    cost: float
    requests: int
    tokens: int
    cache_read_tokens: int | Unset = UNSET
    cache_write_tokens: int | Unset = UNSET
    errors: int | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_start = self.bucket_start

        cost = self.cost

        requests = self.requests

        tokens = self.tokens

        cache_read_tokens = self.cache_read_tokens

        cache_write_tokens = self.cache_write_tokens

        errors = self.errors

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_start": bucket_start,
                "cost": cost,
                "requests": requests,
                "tokens": tokens,
            }
        )
        if cache_read_tokens is not UNSET:
            field_dict["cache_read_tokens"] = cache_read_tokens
        if cache_write_tokens is not UNSET:
            field_dict["cache_write_tokens"] = cache_write_tokens
        if errors is not UNSET:
            field_dict["errors"] = errors
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_start = d.pop("bucket_start")

        cost = d.pop("cost")

        requests = d.pop("requests")

        tokens = d.pop("tokens")

        cache_read_tokens = d.pop("cache_read_tokens", UNSET)

        cache_write_tokens = d.pop("cache_write_tokens", UNSET)

        errors = d.pop("errors", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        usage_series_point = cls(
            bucket_start,
            cost,
            requests,
            tokens,
            cache_read_tokens,
            cache_write_tokens,
            errors,
            input_tokens,
            output_tokens,
        )

        usage_series_point.additional_properties = d
        return usage_series_point

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
