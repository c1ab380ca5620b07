from typing import Literal

UsageSeriesQueryGroupBy = Literal["api_key_id", "model", "source", "user_id"]

USAGE_SERIES_QUERY_GROUP_BY_VALUES: set[UsageSeriesQueryGroupBy] = {
    "api_key_id",
    "model",
    "source",
    "user_id",
}


def check_usage_series_query_group_by(value: str) -> UsageSeriesQueryGroupBy:
    if value in USAGE_SERIES_QUERY_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SERIES_QUERY_GROUP_BY_VALUES!r}")
