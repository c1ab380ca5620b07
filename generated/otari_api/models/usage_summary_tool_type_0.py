from typing import Literal

UsageSummaryToolType0 = Literal["any", "code_execution", "web_search"]

USAGE_SUMMARY_TOOL_TYPE_0_VALUES: set[UsageSummaryToolType0] = {
    "any",
    "code_execution",
    "web_search",
}


def check_usage_summary_tool_type_0(value: str) -> UsageSummaryToolType0:
    if value in USAGE_SUMMARY_TOOL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SUMMARY_TOOL_TYPE_0_VALUES!r}")
