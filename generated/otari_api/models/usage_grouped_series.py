from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_grouped_series_bucket import UsageGroupedSeriesBucket, check_usage_grouped_series_bucket
from ..models.usage_grouped_series_group_by import UsageGroupedSeriesGroupBy, check_usage_grouped_series_group_by

if TYPE_CHECKING:
    from ..models.usage_group_row import UsageGroupRow
    from ..models.usage_grouped_series_point import UsageGroupedSeriesPoint


T = TypeVar("T", bound="UsageGroupedSeries")


@_attrs_define
class UsageGroupedSeries:
    """
    Attributes:
        bucket (UsageGroupedSeriesBucket):
        end_date (str):
        group_by (UsageGroupedSeriesGroupBy):
        groups (list[UsageGroupRow]):
        points (list[UsageGroupedSeriesPoint]):
        start_date (str):
    """

    bucket: UsageGroupedSeriesBucket
    end_date: str
    group_by: UsageGroupedSeriesGroupBy
    groups: list[UsageGroupRow]
    points: list[UsageGroupedSeriesPoint]
    start_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket: str = self.bucket

        end_date = self.end_date

        group_by: str = self.group_by

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
                "end_date": end_date,
                "group_by": group_by,
                "groups": groups,
                "points": points,
                "start_date": start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket = check_usage_grouped_series_bucket(d.pop("bucket"))

        end_date = d.pop("end_date")

        group_by = check_usage_grouped_series_group_by(d.pop("group_by"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = UsageGroupRow.from_dict(groups_item_data)

            groups.append(groups_item)

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = UsageGroupedSeriesPoint.from_dict(points_item_data)

            points.append(points_item)

        start_date = d.pop("start_date")

        usage_grouped_series = cls(
            bucket,
            end_date,
            group_by,
            groups,
            points,
            start_date,
        )

        usage_grouped_series.additional_properties = d
        return usage_grouped_series

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
from ..models.usage_group_row import UsageGroupRow  # noqa: E402
from ..models.usage_grouped_series_point import UsageGroupedSeriesPoint  # noqa: E402
