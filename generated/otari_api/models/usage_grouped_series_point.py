from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageGroupedSeriesPoint")


@_attrs_define
class UsageGroupedSeriesPoint:
    """
    Attributes:
        bucket_start (str):
        cost (float):
        key (None | str):
        requests (int):
        tokens (int):
        is_other (bool | Unset):
    """

    bucket_start: str
    cost: float
    key: None | str
    requests: int
    tokens: int
    is_other: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_start = self.bucket_start

        cost = self.cost

        key: None | str
        key = self.key

        requests = self.requests

        tokens = self.tokens

        is_other = self.is_other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_start": bucket_start,
                "cost": cost,
                "key": key,
                "requests": requests,
                "tokens": tokens,
            }
        )
        if is_other is not UNSET:
            field_dict["is_other"] = is_other

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_start = d.pop("bucket_start")

        cost = d.pop("cost")

        key = d.pop("key")

        requests = d.pop("requests")

        tokens = d.pop("tokens")

        is_other = d.pop("is_other", UNSET)

        usage_grouped_series_point = cls(
            bucket_start,
            cost,
            key,
            requests,
            tokens,
            is_other,
        )

        usage_grouped_series_point.additional_properties = d
        return usage_grouped_series_point

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
