from typing import Literal

UpdateSettingsRequestStreamMissingUsagePolicyType0 = Literal["allow_free", "estimate", "fail"]

UPDATE_SETTINGS_REQUEST_STREAM_MISSING_USAGE_POLICY_TYPE_0_VALUES: set[
    UpdateSettingsRequestStreamMissingUsagePolicyType0
] = {
    "allow_free",
    "estimate",
    "fail",
}


def check_update_settings_request_stream_missing_usage_policy_type_0(
    value: str,
) -> UpdateSettingsRequestStreamMissingUsagePolicyType0:
    if value in UPDATE_SETTINGS_REQUEST_STREAM_MISSING_USAGE_POLICY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SETTINGS_REQUEST_STREAM_MISSING_USAGE_POLICY_TYPE_0_VALUES!r}"
    )
