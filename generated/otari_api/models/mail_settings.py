from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MailSettings")


@_attrs_define
class MailSettings:
    """
    Attributes:
        enabled (bool):
        from_email (None | str):
        from_name (str):
        missing (list[str]):
        public_base_url (None | str):
        ready (bool):
        transport (str):
    """

    enabled: bool
    from_email: None | str
    from_name: str
    missing: list[str]
    public_base_url: None | str
    ready: bool
    transport: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        from_email: None | str
        from_email = self.from_email

        from_name = self.from_name

        missing = self.missing

        public_base_url: None | str
        public_base_url = self.public_base_url

        ready = self.ready

        transport = self.transport

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "from_email": from_email,
                "from_name": from_name,
                "missing": missing,
                "public_base_url": public_base_url,
                "ready": ready,
                "transport": transport,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        from_email = d.pop("from_email")

        from_name = d.pop("from_name")

        missing = cast(list[str], d.pop("missing"))

        public_base_url = d.pop("public_base_url")

        ready = d.pop("ready")

        transport = d.pop("transport")

        mail_settings = cls(
            enabled,
            from_email,
            from_name,
            missing,
            public_base_url,
            ready,
            transport,
        )

        mail_settings.additional_properties = d
        return mail_settings

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
