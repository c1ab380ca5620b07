from typing import Literal

GatewaySettingsMasterKeySource = Literal["configured", "generated"]

GATEWAY_SETTINGS_MASTER_KEY_SOURCE_VALUES: set[GatewaySettingsMasterKeySource] = {
    "configured",
    "generated",
}


def check_gateway_settings_master_key_source(value: str) -> GatewaySettingsMasterKeySource:
    if value in GATEWAY_SETTINGS_MASTER_KEY_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GATEWAY_SETTINGS_MASTER_KEY_SOURCE_VALUES!r}")
