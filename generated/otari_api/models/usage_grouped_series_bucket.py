from typing import Literal

UsageGroupedSeriesBucket = Literal["day", "hour"]

USAGE_GROUPED_SERIES_BUCKET_VALUES: set[UsageGroupedSeriesBucket] = {
    "day",
    "hour",
}


def check_usage_grouped_series_bucket(value: str) -> UsageGroupedSeriesBucket:
    if value in USAGE_GROUPED_SERIES_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_GROUPED_SERIES_BUCKET_VALUES!r}")
