from typing import Literal

ActivationAttemptPublicStatus = Literal["failed", "success"]

ACTIVATION_ATTEMPT_PUBLIC_STATUS_VALUES: set[ActivationAttemptPublicStatus] = {
    "failed",
    "success",
}


def check_activation_attempt_public_status(value: str) -> ActivationAttemptPublicStatus:
    if value in ACTIVATION_ATTEMPT_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVATION_ATTEMPT_PUBLIC_STATUS_VALUES!r}")
