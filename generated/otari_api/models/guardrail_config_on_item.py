from typing import Literal

GuardrailConfigOnItem = Literal["input", "output"]

GUARDRAIL_CONFIG_ON_ITEM_VALUES: set[GuardrailConfigOnItem] = {
    "input",
    "output",
}


def check_guardrail_config_on_item(value: str) -> GuardrailConfigOnItem:
    if value in GUARDRAIL_CONFIG_ON_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUARDRAIL_CONFIG_ON_ITEM_VALUES!r}")
