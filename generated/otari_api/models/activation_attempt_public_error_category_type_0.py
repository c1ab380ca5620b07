from typing import Literal

ActivationAttemptPublicErrorCategoryType0 = Literal[
    "configuration", "internal", "invalid_request", "policy", "timeout", "upstream"
]

ACTIVATION_ATTEMPT_PUBLIC_ERROR_CATEGORY_TYPE_0_VALUES: set[ActivationAttemptPublicErrorCategoryType0] = {
    "configuration",
    "internal",
    "invalid_request",
    "policy",
    "timeout",
    "upstream",
}


def check_activation_attempt_public_error_category_type_0(value: str) -> ActivationAttemptPublicErrorCategoryType0:
    if value in ACTIVATION_ATTEMPT_PUBLIC_ERROR_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVATION_ATTEMPT_PUBLIC_ERROR_CATEGORY_TYPE_0_VALUES!r}"
    )
