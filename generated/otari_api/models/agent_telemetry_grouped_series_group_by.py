from typing import Literal

AgentTelemetryGroupedSeriesGroupBy = Literal["api_key_id", "user_id"]

AGENT_TELEMETRY_GROUPED_SERIES_GROUP_BY_VALUES: set[AgentTelemetryGroupedSeriesGroupBy] = {
    "api_key_id",
    "user_id",
}


def check_agent_telemetry_grouped_series_group_by(value: str) -> AgentTelemetryGroupedSeriesGroupBy:
    if value in AGENT_TELEMETRY_GROUPED_SERIES_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TELEMETRY_GROUPED_SERIES_GROUP_BY_VALUES!r}")
