from typing import Literal

UsageSummaryBucket = Literal["day", "hour"]

USAGE_SUMMARY_BUCKET_VALUES: set[UsageSummaryBucket] = {
    "day",
    "hour",
}


def check_usage_summary_bucket(value: str) -> UsageSummaryBucket:
    if value in USAGE_SUMMARY_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SUMMARY_BUCKET_VALUES!r}")
