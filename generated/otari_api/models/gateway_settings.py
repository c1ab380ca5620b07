from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_settings_master_key_source import (
    GatewaySettingsMasterKeySource,
    check_gateway_settings_master_key_source,
)

if TYPE_CHECKING:
    from ..models.config_field import ConfigField


T = TypeVar("T", bound="GatewaySettings")


@_attrs_define
class GatewaySettings:
    """
    Attributes:
        config (list[ConfigField]):
        default_pricing (bool):
        master_key_source (GatewaySettingsMasterKeySource):
        mode (str):
        model_discovery (bool):
        require_pricing (bool):
        secret_key_configured (bool):
        version (str):
    """

    config: list[ConfigField]
    default_pricing: bool
    master_key_source: GatewaySettingsMasterKeySource
    mode: str
    model_discovery: bool
    require_pricing: bool
    secret_key_configured: bool
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = []
        for config_item_data in self.config:
            config_item = config_item_data.to_dict()
            config.append(config_item)

        default_pricing = self.default_pricing

        master_key_source: str = self.master_key_source

        mode = self.mode

        model_discovery = self.model_discovery

        require_pricing = self.require_pricing

        secret_key_configured = self.secret_key_configured

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "default_pricing": default_pricing,
                "master_key_source": master_key_source,
                "mode": mode,
                "model_discovery": model_discovery,
                "require_pricing": require_pricing,
                "secret_key_configured": secret_key_configured,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = []
        _config = d.pop("config")
        for config_item_data in _config:
            config_item = ConfigField.from_dict(config_item_data)

            config.append(config_item)

        default_pricing = d.pop("default_pricing")

        master_key_source = check_gateway_settings_master_key_source(d.pop("master_key_source"))

        mode = d.pop("mode")

        model_discovery = d.pop("model_discovery")

        require_pricing = d.pop("require_pricing")

        secret_key_configured = d.pop("secret_key_configured")

        version = d.pop("version")

        gateway_settings = cls(
            config,
            default_pricing,
            master_key_source,
            mode,
            model_discovery,
            require_pricing,
            secret_key_configured,
            version,
        )

        gateway_settings.additional_properties = d
        return gateway_settings

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


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.config_field import ConfigField  # noqa: E402
