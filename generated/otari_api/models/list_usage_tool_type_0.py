from typing import Literal

ListUsageToolType0 = Literal["any", "code_execution", "web_search"]

LIST_USAGE_TOOL_TYPE_0_VALUES: set[ListUsageToolType0] = {
    "any",
    "code_execution",
    "web_search",
}


def check_list_usage_tool_type_0(value: str) -> ListUsageToolType0:
    if value in LIST_USAGE_TOOL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_USAGE_TOOL_TYPE_0_VALUES!r}")
