from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any, TypedDict
from uuid import UUID

from ..models.list_usage_query_tool_type_0 import ListUsageQueryToolType0


class ListUsageQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

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
    tool: ListUsageQueryToolType0 | None
    counts_toward_budget: bool | None
    request_group_id: Sequence[str] | None
    workspace_id: UUID | str | None
    skip: int | None
    limit: int | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "api_key_id": {"maxItems": 50, "type": ["array", "null"]},
    "counts_toward_budget": {"type": ["boolean", "null"]},
    "end_date": {"format": "date-time", "type": ["null", "string"]},
    "endpoint": {"type": ["null", "string"]},
    "limit": {"maximum": 1000, "minimum": 1, "type": ["integer"]},
    "model": {"maxItems": 50, "type": ["array", "null"]},
    "priced": {"type": ["boolean", "null"]},
    "provider": {"type": ["null", "string"]},
    "request_group_id": {"maxItems": 1000, "type": ["array", "null"]},
    "skip": {"minimum": 0, "type": ["integer"]},
    "source": {"type": ["null", "string"]},
    "source_label": {"type": ["null", "string"]},
    "start_date": {"format": "date-time", "type": ["null", "string"]},
    "status": {"type": ["null", "string"]},
    "status_code": {"type": ["integer", "null"]},
    "tool": {"type": ["null", "string"]},
    "user_id": {"maxItems": 50, "type": ["array", "null"]},
    "workspace_id": {"type": ["null", "string"]},
}
