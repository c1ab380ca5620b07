from typing import Literal

UsageGroupedSeriesGroupBy = Literal["api_key_id", "model", "source", "user_id"]

USAGE_GROUPED_SERIES_GROUP_BY_VALUES: set[UsageGroupedSeriesGroupBy] = {
    "api_key_id",
    "model",
    "source",
    "user_id",
}


def check_usage_grouped_series_group_by(value: str) -> UsageGroupedSeriesGroupBy:
    if value in USAGE_GROUPED_SERIES_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_GROUPED_SERIES_GROUP_BY_VALUES!r}")
