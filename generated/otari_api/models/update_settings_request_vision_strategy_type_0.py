from typing import Literal

UpdateSettingsRequestVisionStrategyType0 = Literal["describe", "ocr", "off"]

UPDATE_SETTINGS_REQUEST_VISION_STRATEGY_TYPE_0_VALUES: set[UpdateSettingsRequestVisionStrategyType0] = {
    "describe",
    "ocr",
    "off",
}


def check_update_settings_request_vision_strategy_type_0(value: str) -> UpdateSettingsRequestVisionStrategyType0:
    if value in UPDATE_SETTINGS_REQUEST_VISION_STRATEGY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SETTINGS_REQUEST_VISION_STRATEGY_TYPE_0_VALUES!r}"
    )
