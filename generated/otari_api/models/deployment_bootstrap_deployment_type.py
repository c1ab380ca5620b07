from typing import Literal

DeploymentBootstrapDeploymentType = Literal["hosted", "hybrid", "standalone"]

DEPLOYMENT_BOOTSTRAP_DEPLOYMENT_TYPE_VALUES: set[DeploymentBootstrapDeploymentType] = {
    "hosted",
    "hybrid",
    "standalone",
}


def check_deployment_bootstrap_deployment_type(value: str) -> DeploymentBootstrapDeploymentType:
    if value in DEPLOYMENT_BOOTSTRAP_DEPLOYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPLOYMENT_BOOTSTRAP_DEPLOYMENT_TYPE_VALUES!r}")
