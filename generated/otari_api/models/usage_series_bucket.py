from typing import Literal

UsageSeriesBucket = Literal["day", "hour"]

USAGE_SERIES_BUCKET_VALUES: set[UsageSeriesBucket] = {
    "day",
    "hour",
}


def check_usage_series_bucket(value: str) -> UsageSeriesBucket:
    if value in USAGE_SERIES_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SERIES_BUCKET_VALUES!r}")
