from typing import Literal

CountUsageQueryToolType0 = Literal["any", "code_execution", "web_search"]

COUNT_USAGE_QUERY_TOOL_TYPE_0_VALUES: set[CountUsageQueryToolType0] = {
    "any",
    "code_execution",
    "web_search",
}


def check_count_usage_query_tool_type_0(value: str) -> CountUsageQueryToolType0:
    if value in COUNT_USAGE_QUERY_TOOL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUNT_USAGE_QUERY_TOOL_TYPE_0_VALUES!r}")
