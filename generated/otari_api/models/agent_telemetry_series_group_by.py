from typing import Literal

AgentTelemetrySeriesGroupBy = Literal["api_key_id", "user_id"]

AGENT_TELEMETRY_SERIES_GROUP_BY_VALUES: set[AgentTelemetrySeriesGroupBy] = {
    "api_key_id",
    "user_id",
}


def check_agent_telemetry_series_group_by(value: str) -> AgentTelemetrySeriesGroupBy:
    if value in AGENT_TELEMETRY_SERIES_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TELEMETRY_SERIES_GROUP_BY_VALUES!r}")
