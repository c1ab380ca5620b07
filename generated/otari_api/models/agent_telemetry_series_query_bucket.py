from typing import Literal

AgentTelemetrySeriesQueryBucket = Literal["day", "hour"]

AGENT_TELEMETRY_SERIES_QUERY_BUCKET_VALUES: set[AgentTelemetrySeriesQueryBucket] = {
    "day",
    "hour",
}


def check_agent_telemetry_series_query_bucket(value: str) -> AgentTelemetrySeriesQueryBucket:
    if value in AGENT_TELEMETRY_SERIES_QUERY_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TELEMETRY_SERIES_QUERY_BUCKET_VALUES!r}")
