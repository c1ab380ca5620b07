from typing import Literal

GuardrailConfigOnUnavailable = Literal["block", "monitor"]

GUARDRAIL_CONFIG_ON_UNAVAILABLE_VALUES: set[GuardrailConfigOnUnavailable] = {
    "block",
    "monitor",
}


def check_guardrail_config_on_unavailable(value: str) -> GuardrailConfigOnUnavailable:
    if value in GUARDRAIL_CONFIG_ON_UNAVAILABLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUARDRAIL_CONFIG_ON_UNAVAILABLE_VALUES!r}")
