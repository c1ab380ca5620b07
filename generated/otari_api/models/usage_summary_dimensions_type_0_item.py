from typing import Literal

UsageSummaryDimensionsType0Item = Literal[
    "api_key", "endpoint", "model", "none", "provider", "source", "source_label", "status_code", "tool", "user"
]

USAGE_SUMMARY_DIMENSIONS_TYPE_0_ITEM_VALUES: set[UsageSummaryDimensionsType0Item] = {
    "api_key",
    "endpoint",
    "model",
    "none",
    "provider",
    "source",
    "source_label",
    "status_code",
    "tool",
    "user",
}


def check_usage_summary_dimensions_type_0_item(value: str) -> UsageSummaryDimensionsType0Item:
    if value in USAGE_SUMMARY_DIMENSIONS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SUMMARY_DIMENSIONS_TYPE_0_ITEM_VALUES!r}")
