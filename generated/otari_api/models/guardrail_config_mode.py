from typing import Literal

GuardrailConfigMode = Literal["block", "monitor"]

GUARDRAIL_CONFIG_MODE_VALUES: set[GuardrailConfigMode] = {
    "block",
    "monitor",
}


def check_guardrail_config_mode(value: str) -> GuardrailConfigMode:
    if value in GUARDRAIL_CONFIG_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUARDRAIL_CONFIG_MODE_VALUES!r}")
