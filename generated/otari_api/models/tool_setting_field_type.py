from typing import Literal

ToolSettingFieldType = Literal["bool", "int", "str", "url"]

TOOL_SETTING_FIELD_TYPE_VALUES: set[ToolSettingFieldType] = {
    "bool",
    "int",
    "str",
    "url",
}


def check_tool_setting_field_type(value: str) -> ToolSettingFieldType:
    if value in TOOL_SETTING_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_SETTING_FIELD_TYPE_VALUES!r}")
