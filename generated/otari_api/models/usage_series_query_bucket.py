from typing import Literal

UsageSeriesQueryBucket = Literal["day", "hour"]

USAGE_SERIES_QUERY_BUCKET_VALUES: set[UsageSeriesQueryBucket] = {
    "day",
    "hour",
}


def check_usage_series_query_bucket(value: str) -> UsageSeriesQueryBucket:
    if value in USAGE_SERIES_QUERY_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SERIES_QUERY_BUCKET_VALUES!r}")
