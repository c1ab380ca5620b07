from typing import Literal

UsageSummaryQueryBucket = Literal["day", "hour"]

USAGE_SUMMARY_QUERY_BUCKET_VALUES: set[UsageSummaryQueryBucket] = {
    "day",
    "hour",
}


def check_usage_summary_query_bucket(value: str) -> UsageSummaryQueryBucket:
    if value in USAGE_SUMMARY_QUERY_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SUMMARY_QUERY_BUCKET_VALUES!r}")
