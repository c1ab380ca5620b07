from typing import Literal

UsageErrorCodeRowErrorClass = Literal["auth", "client_error", "pricing", "provider_error", "rate_limit", "unknown"]

USAGE_ERROR_CODE_ROW_ERROR_CLASS_VALUES: set[UsageErrorCodeRowErrorClass] = {
    "auth",
    "client_error",
    "pricing",
    "provider_error",
    "rate_limit",
    "unknown",
}


def check_usage_error_code_row_error_class(value: str) -> UsageErrorCodeRowErrorClass:
    if value in USAGE_ERROR_CODE_ROW_ERROR_CLASS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_ERROR_CODE_ROW_ERROR_CLASS_VALUES!r}")
