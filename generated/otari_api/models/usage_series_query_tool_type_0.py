from typing import Literal

UsageSeriesQueryToolType0 = Literal["any", "code_execution", "web_search"]

USAGE_SERIES_QUERY_TOOL_TYPE_0_VALUES: set[UsageSeriesQueryToolType0] = {
    "any",
    "code_execution",
    "web_search",
}


def check_usage_series_query_tool_type_0(value: str) -> UsageSeriesQueryToolType0:
    if value in USAGE_SERIES_QUERY_TOOL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SERIES_QUERY_TOOL_TYPE_0_VALUES!r}")
