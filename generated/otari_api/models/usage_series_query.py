from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any, Required, TypedDict
from uuid import UUID

from ..models.usage_series_query_bucket import UsageSeriesQueryBucket
from ..models.usage_series_query_group_by import UsageSeriesQueryGroupBy
from ..models.usage_series_query_tool_type_0 import UsageSeriesQueryToolType0


class UsageSeriesQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    group_by: Required[UsageSeriesQueryGroupBy]
    start_date: datetime.datetime | datetime.date | str | None
    end_date: datetime.datetime | datetime.date | str | None
    user_id: Sequence[str] | None
    status: str | None
    status_code: int | None
    model: Sequence[str] | None
    endpoint: str | None
    provider: str | None
    source: str | None
    source_label: str | None
    api_key_id: Sequence[str] | None
    priced: bool | None
    tool: UsageSeriesQueryToolType0 | None
    counts_toward_budget: bool | None
    workspace_id: UUID | str | None
    bucket: UsageSeriesQueryBucket | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("group_by",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "api_key_id": {"maxItems": 50, "type": ["array", "null"]},
    "bucket": {"type": ["string"]},
    "counts_toward_budget": {"type": ["boolean", "null"]},
    "end_date": {"format": "date-time", "type": ["null", "string"]},
    "endpoint": {"type": ["null", "string"]},
    "group_by": {"type": ["string"]},
    "model": {"maxItems": 50, "type": ["array", "null"]},
    "priced": {"type": ["boolean", "null"]},
    "provider": {"type": ["null", "string"]},
    "source": {"type": ["null", "string"]},
    "source_label": {"type": ["null", "string"]},
    "start_date": {"format": "date-time", "type": ["null", "string"]},
    "status": {"type": ["null", "string"]},
    "status_code": {"type": ["integer", "null"]},
    "tool": {"type": ["null", "string"]},
    "user_id": {"maxItems": 50, "type": ["array", "null"]},
    "workspace_id": {"type": ["null", "string"]},
}
