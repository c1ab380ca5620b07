from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentTelemetryGroupedSeriesPoint")


@_attrs_define
class AgentTelemetryGroupedSeriesPoint:
    """
    Attributes:
        bucket_start (str):
        key (None | str):
        rows (int):
        is_other (bool | Unset):
    """

    bucket_start: str
    key: None | str
    rows: int
    is_other: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_start = self.bucket_start

        key: None | str
        key = self.key

        rows = self.rows

        is_other = self.is_other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_start": bucket_start,
                "key": key,
                "rows": rows,
            }
        )
        if is_other is not UNSET:
            field_dict["is_other"] = is_other

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_start = d.pop("bucket_start")

        key = d.pop("key")

        rows = d.pop("rows")

        is_other = d.pop("is_other", UNSET)

        agent_telemetry_grouped_series_point = cls(
            bucket_start,
            key,
            rows,
            is_other,
        )

        agent_telemetry_grouped_series_point.additional_properties = d
        return agent_telemetry_grouped_series_point

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
