from typing import Literal

AgentTelemetryGroupedSeriesBucket = Literal["day", "hour"]

AGENT_TELEMETRY_GROUPED_SERIES_BUCKET_VALUES: set[AgentTelemetryGroupedSeriesBucket] = {
    "day",
    "hour",
}


def check_agent_telemetry_grouped_series_bucket(value: str) -> AgentTelemetryGroupedSeriesBucket:
    if value in AGENT_TELEMETRY_GROUPED_SERIES_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TELEMETRY_GROUPED_SERIES_BUCKET_VALUES!r}")
