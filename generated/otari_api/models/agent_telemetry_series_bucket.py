from typing import Literal

AgentTelemetrySeriesBucket = Literal["day", "hour"]

AGENT_TELEMETRY_SERIES_BUCKET_VALUES: set[AgentTelemetrySeriesBucket] = {
    "day",
    "hour",
}


def check_agent_telemetry_series_bucket(value: str) -> AgentTelemetrySeriesBucket:
    if value in AGENT_TELEMETRY_SERIES_BUCKET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TELEMETRY_SERIES_BUCKET_VALUES!r}")
