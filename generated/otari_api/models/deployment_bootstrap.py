from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_bootstrap_deployment_type import (
    DeploymentBootstrapDeploymentType,
    check_deployment_bootstrap_deployment_type,
)
from ..models.deployment_bootstrap_session_type import (
    DeploymentBootstrapSessionType,
    check_deployment_bootstrap_session_type,
)
from ..models.deployment_bootstrap_sign_in_methods_item import (
    DeploymentBootstrapSignInMethodsItem,
    check_deployment_bootstrap_sign_in_methods_item,
)

T = TypeVar("T", bound="DeploymentBootstrap")


@_attrs_define
class DeploymentBootstrap:
    """
    Attributes:
        deployment_type (DeploymentBootstrapDeploymentType):
        mail_ready (bool):
        management_url (None | str):
        session_type (DeploymentBootstrapSessionType):
        sign_in_methods (list[DeploymentBootstrapSignInMethodsItem]):
        surfaces (list[str]):
    """

    deployment_type: DeploymentBootstrapDeploymentType
    mail_ready: bool
    management_url: None | str
    session_type: DeploymentBootstrapSessionType
    sign_in_methods: list[DeploymentBootstrapSignInMethodsItem]
    surfaces: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_type: str = self.deployment_type

        mail_ready = self.mail_ready

        management_url: None | str
        management_url = self.management_url

        session_type: str = self.session_type

        sign_in_methods = []
        for sign_in_methods_item_data in self.sign_in_methods:
            sign_in_methods_item: str = sign_in_methods_item_data
            sign_in_methods.append(sign_in_methods_item)

        surfaces = self.surfaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployment_type": deployment_type,
                "mail_ready": mail_ready,
                "management_url": management_url,
                "session_type": session_type,
                "sign_in_methods": sign_in_methods,
                "surfaces": surfaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deployment_type = check_deployment_bootstrap_deployment_type(d.pop("deployment_type"))

        mail_ready = d.pop("mail_ready")

        management_url = d.pop("management_url")

        session_type = check_deployment_bootstrap_session_type(d.pop("session_type"))

        sign_in_methods = []
        _sign_in_methods = d.pop("sign_in_methods")
        for sign_in_methods_item_data in _sign_in_methods:
            sign_in_methods_item = check_deployment_bootstrap_sign_in_methods_item(sign_in_methods_item_data)

            sign_in_methods.append(sign_in_methods_item)

        surfaces = cast(list[str], d.pop("surfaces"))

        deployment_bootstrap = cls(
            deployment_type,
            mail_ready,
            management_url,
            session_type,
            sign_in_methods,
            surfaces,
        )

        deployment_bootstrap.additional_properties = d
        return deployment_bootstrap

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
