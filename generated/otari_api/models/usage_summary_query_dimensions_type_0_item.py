from typing import Literal

UsageSummaryQueryDimensionsType0Item = Literal[
    "api_key", "endpoint", "model", "none", "provider", "source", "source_label", "status_code", "tool", "user"
]

USAGE_SUMMARY_QUERY_DIMENSIONS_TYPE_0_ITEM_VALUES: set[UsageSummaryQueryDimensionsType0Item] = {
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


def check_usage_summary_query_dimensions_type_0_item(value: str) -> UsageSummaryQueryDimensionsType0Item:
    if value in USAGE_SUMMARY_QUERY_DIMENSIONS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_SUMMARY_QUERY_DIMENSIONS_TYPE_0_ITEM_VALUES!r}"
    )
