from typing import Literal

ConfigFieldType = Literal["bool", "float", "int", "list", "str"]

CONFIG_FIELD_TYPE_VALUES: set[ConfigFieldType] = {
    "bool",
    "float",
    "int",
    "list",
    "str",
}


def check_config_field_type(value: str) -> ConfigFieldType:
    if value in CONFIG_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFIG_FIELD_TYPE_VALUES!r}")
