from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_telemetry_summary_bucket import AgentTelemetrySummaryBucket, check_agent_telemetry_summary_bucket

if TYPE_CHECKING:
    from ..models.agent_telemetry_behavior import AgentTelemetryBehavior
    from ..models.agent_telemetry_measures import AgentTelemetryMeasures
    from ..models.agent_telemetry_outcomes import AgentTelemetryOutcomes
    from ..models.agent_telemetry_series_point import AgentTelemetrySeriesPoint
    from ..models.agent_telemetry_usage import AgentTelemetryUsage


T = TypeVar("T", bound="AgentTelemetrySummary")


@_attrs_define
class AgentTelemetrySummary:
    """
    Attributes:
        behavior (AgentTelemetryBehavior):
        bucket (AgentTelemetrySummaryBucket):
        end_date (str):
        measures (AgentTelemetryMeasures):
        outcomes (AgentTelemetryOutcomes):
        series (list[AgentTelemetrySeriesPoint]):
        start_date (str):
        usage (AgentTelemetryUsage):
    """

    behavior: AgentTelemetryBehavior
    bucket: AgentTelemetrySummaryBucket
    end_date: str
    measures: AgentTelemetryMeasures
    outcomes: AgentTelemetryOutcomes
    series: list[AgentTelemetrySeriesPoint]
    start_date: str
    usage: AgentTelemetryUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        behavior = self.behavior.to_dict()

        bucket: str = self.bucket

        end_date = self.end_date

        measures = self.measures.to_dict()

        outcomes = self.outcomes.to_dict()

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        start_date = self.start_date

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "behavior": behavior,
                "bucket": bucket,
                "end_date": end_date,
                "measures": measures,
                "outcomes": outcomes,
                "series": series,
                "start_date": start_date,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        behavior = AgentTelemetryBehavior.from_dict(d.pop("behavior"))

        bucket = check_agent_telemetry_summary_bucket(d.pop("bucket"))

        end_date = d.pop("end_date")

        measures = AgentTelemetryMeasures.from_dict(d.pop("measures"))

        outcomes = AgentTelemetryOutcomes.from_dict(d.pop("outcomes"))

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = AgentTelemetrySeriesPoint.from_dict(series_item_data)

            series.append(series_item)

        start_date = d.pop("start_date")

        usage = AgentTelemetryUsage.from_dict(d.pop("usage"))

        agent_telemetry_summary = cls(
            behavior,
            bucket,
            end_date,
            measures,
            outcomes,
            series,
            start_date,
            usage,
        )

        agent_telemetry_summary.additional_properties = d
        return agent_telemetry_summary

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
from ..models.agent_telemetry_behavior import AgentTelemetryBehavior  # noqa: E402
from ..models.agent_telemetry_measures import AgentTelemetryMeasures  # noqa: E402
from ..models.agent_telemetry_outcomes import AgentTelemetryOutcomes  # noqa: E402
from ..models.agent_telemetry_series_point import AgentTelemetrySeriesPoint  # noqa: E402
from ..models.agent_telemetry_usage import AgentTelemetryUsage  # noqa: E402
