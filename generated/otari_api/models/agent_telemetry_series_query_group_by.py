from typing import Literal

AgentTelemetrySeriesQueryGroupBy = Literal["api_key_id", "user_id"]

AGENT_TELEMETRY_SERIES_QUERY_GROUP_BY_VALUES: set[AgentTelemetrySeriesQueryGroupBy] = {
    "api_key_id",
    "user_id",
}


def check_agent_telemetry_series_query_group_by(value: str) -> AgentTelemetrySeriesQueryGroupBy:
    if value in AGENT_TELEMETRY_SERIES_QUERY_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TELEMETRY_SERIES_QUERY_GROUP_BY_VALUES!r}")
