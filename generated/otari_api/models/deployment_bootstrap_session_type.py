from typing import Literal

DeploymentBootstrapSessionType = Literal["hosted_user", "local_operator", "none"]

DEPLOYMENT_BOOTSTRAP_SESSION_TYPE_VALUES: set[DeploymentBootstrapSessionType] = {
    "hosted_user",
    "local_operator",
    "none",
}


def check_deployment_bootstrap_session_type(value: str) -> DeploymentBootstrapSessionType:
    if value in DEPLOYMENT_BOOTSTRAP_SESSION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPLOYMENT_BOOTSTRAP_SESSION_TYPE_VALUES!r}")
