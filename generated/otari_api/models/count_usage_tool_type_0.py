from typing import Literal

CountUsageToolType0 = Literal["any", "code_execution", "web_search"]

COUNT_USAGE_TOOL_TYPE_0_VALUES: set[CountUsageToolType0] = {
    "any",
    "code_execution",
    "web_search",
}


def check_count_usage_tool_type_0(value: str) -> CountUsageToolType0:
    if value in COUNT_USAGE_TOOL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUNT_USAGE_TOOL_TYPE_0_VALUES!r}")
