from typing import Literal

UsageSummaryCsvToolType0 = Literal["any", "code_execution", "web_search"]

USAGE_SUMMARY_CSV_TOOL_TYPE_0_VALUES: set[UsageSummaryCsvToolType0] = {
    "any",
    "code_execution",
    "web_search",
}


def check_usage_summary_csv_tool_type_0(value: str) -> UsageSummaryCsvToolType0:
    if value in USAGE_SUMMARY_CSV_TOOL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SUMMARY_CSV_TOOL_TYPE_0_VALUES!r}")
