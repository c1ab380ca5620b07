from typing import Literal

AgentTelemetrySummaryQueryBucket = Literal["day", "hour"]

AGENT_TELEMETRY_SUMMARY_QUERY_BUCKET_VALUES: set[AgentTelemetrySummaryQueryBucket] = {
    "day",
    "hour",
}


def check_agent_telemetry_summary_query_bucket(value: str) -> AgentTelemetrySummaryQueryBucket:
    if value in AGENT_TELEMETRY_SUMMARY_QUERY_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TELEMETRY_SUMMARY_QUERY_BUCKET_VALUES!r}")
