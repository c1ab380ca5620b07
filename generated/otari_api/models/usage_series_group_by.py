from typing import Literal

UsageSeriesGroupBy = Literal["api_key_id", "model", "source", "user_id"]

USAGE_SERIES_GROUP_BY_VALUES: set[UsageSeriesGroupBy] = {
    "api_key_id",
    "model",
    "source",
    "user_id",
}


def check_usage_series_group_by(value: str) -> UsageSeriesGroupBy:
    if value in USAGE_SERIES_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SERIES_GROUP_BY_VALUES!r}")
