from __future__ import annotations

import datetime
from typing import Any, TypedDict


class DeletePricingQuery(TypedDict, total=False):
    """Keyword arguments of the query parameters, as plain values."""

    effective_at: datetime.datetime | datetime.date | str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"effective_at": {"format": "date-time", "type": ["null", "string"]}}
