from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any, Required, TypedDict

from ..models.agent_telemetry_series_query_bucket import (
    AgentTelemetrySeriesQueryBucket,
)
from ..models.agent_telemetry_series_query_group_by import (
    AgentTelemetrySeriesQueryGroupBy,
)


class AgentTelemetrySeriesQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    group_by: Required[AgentTelemetrySeriesQueryGroupBy]
    start_date: datetime.datetime | datetime.date | str | None
    end_date: datetime.datetime | datetime.date | str | None
    user_id: Sequence[str] | None
    api_key_id: Sequence[str] | None
    name: str | None
    bucket: AgentTelemetrySeriesQueryBucket | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("group_by",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "api_key_id": {"maxItems": 50, "type": ["array", "null"]},
    "bucket": {"type": ["string"]},
    "end_date": {"format": "date-time", "type": ["null", "string"]},
    "group_by": {"type": ["string"]},
    "name": {"type": ["null", "string"]},
    "start_date": {"format": "date-time", "type": ["null", "string"]},
    "user_id": {"maxItems": 50, "type": ["array", "null"]},
}
