from typing import Literal

WorkspaceActivationPublicStatus = Literal["activated", "failed", "waiting"]

WORKSPACE_ACTIVATION_PUBLIC_STATUS_VALUES: set[WorkspaceActivationPublicStatus] = {
    "activated",
    "failed",
    "waiting",
}


def check_workspace_activation_public_status(value: str) -> WorkspaceActivationPublicStatus:
    if value in WORKSPACE_ACTIVATION_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKSPACE_ACTIVATION_PUBLIC_STATUS_VALUES!r}")
