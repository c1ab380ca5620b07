from typing import Literal

AgentTelemetrySummaryBucket = Literal["day", "hour"]

AGENT_TELEMETRY_SUMMARY_BUCKET_VALUES: set[AgentTelemetrySummaryBucket] = {
    "day",
    "hour",
}


def check_agent_telemetry_summary_bucket(value: str) -> AgentTelemetrySummaryBucket:
    if value in AGENT_TELEMETRY_SUMMARY_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TELEMETRY_SUMMARY_BUCKET_VALUES!r}")
