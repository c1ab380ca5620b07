from typing import Literal

ToolSettingFieldService = Literal["guardrails", "sandbox", "web_search"]

TOOL_SETTING_FIELD_SERVICE_VALUES: set[ToolSettingFieldService] = {
    "guardrails",
    "sandbox",
    "web_search",
}


def check_tool_setting_field_service(value: str) -> ToolSettingFieldService:
    if value in TOOL_SETTING_FIELD_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_SETTING_FIELD_SERVICE_VALUES!r}")
