from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_capabilities_schema import ProviderCapabilitiesSchema


T = TypeVar("T", bound="ProviderInfoSchema")


@_attrs_define
class ProviderInfoSchema:
    """
    Attributes:
        capabilities (ProviderCapabilitiesSchema):
        instance (str):
        name (str):
        provider_type (str):
        description (None | str | Unset):
        doc_url (None | str | Unset):
        env_key (None | str | Unset):
        pricing_urls (list[str] | Unset):
    """

    capabilities: ProviderCapabilitiesSchema
    instance: str
    name: str
    provider_type: str
    description: None | str | Unset = UNSET
    doc_url: None | str | Unset = UNSET
    env_key: None | str | Unset = UNSET
    pricing_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capabilities = self.capabilities.to_dict()

        instance = self.instance

        name = self.name

        provider_type = self.provider_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        doc_url: None | str | Unset
        if isinstance(self.doc_url, Unset):
            doc_url = UNSET
        else:
            doc_url = self.doc_url

        env_key: None | str | Unset
        if isinstance(self.env_key, Unset):
            env_key = UNSET
        else:
            env_key = self.env_key

        pricing_urls: list[str] | Unset = UNSET
        if not isinstance(self.pricing_urls, Unset):
            pricing_urls = self.pricing_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capabilities": capabilities,
                "instance": instance,
                "name": name,
                "provider_type": provider_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if doc_url is not UNSET:
            field_dict["doc_url"] = doc_url
        if env_key is not UNSET:
            field_dict["env_key"] = env_key
        if pricing_urls is not UNSET:
            field_dict["pricing_urls"] = pricing_urls

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capabilities = ProviderCapabilitiesSchema.from_dict(d.pop("capabilities"))

        instance = d.pop("instance")

        name = d.pop("name")

        provider_type = d.pop("provider_type")

        description = d.pop("description", UNSET)

        doc_url = d.pop("doc_url", UNSET)

        env_key = d.pop("env_key", UNSET)

        pricing_urls = cast(list[str], d.pop("pricing_urls", UNSET))

        provider_info_schema = cls(
            capabilities,
            instance,
            name,
            provider_type,
            description,
            doc_url,
            env_key,
            pricing_urls,
        )

        provider_info_schema.additional_properties = d
        return provider_info_schema

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
from ..models.provider_capabilities_schema import ProviderCapabilitiesSchema  # noqa: E402
