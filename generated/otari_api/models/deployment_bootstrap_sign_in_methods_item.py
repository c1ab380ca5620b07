from typing import Literal

DeploymentBootstrapSignInMethodsItem = Literal["master_key", "password"]

DEPLOYMENT_BOOTSTRAP_SIGN_IN_METHODS_ITEM_VALUES: set[DeploymentBootstrapSignInMethodsItem] = {
    "master_key",
    "password",
}


def check_deployment_bootstrap_sign_in_methods_item(value: str) -> DeploymentBootstrapSignInMethodsItem:
    if value in DEPLOYMENT_BOOTSTRAP_SIGN_IN_METHODS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPLOYMENT_BOOTSTRAP_SIGN_IN_METHODS_ITEM_VALUES!r}")
