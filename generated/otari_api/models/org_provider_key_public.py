from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgProviderKeyPublic")


@_attrs_define
class OrgProviderKeyPublic:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        is_org_default (bool):
        name (str):
        organization_id (UUID):
        provider (str):
        api_base (None | str | Unset):
        archived_at (datetime.datetime | None | Unset):
        client_args (Any | None | Unset):
        last4 (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    is_org_default: bool
    name: str
    organization_id: UUID
    provider: str
    api_base: None | str | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    client_args: Any | None | Unset = UNSET
    last4: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        is_org_default = self.is_org_default

        name = self.name

        organization_id = str(self.organization_id)

        provider = self.provider

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        client_args: Any | None | Unset
        if isinstance(self.client_args, Unset):
            client_args = UNSET
        else:
            client_args = self.client_args

        last4: None | str | Unset
        if isinstance(self.last4, Unset):
            last4 = UNSET
        else:
            last4 = self.last4

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_org_default": is_org_default,
                "name": name,
                "organization_id": organization_id,
                "provider": provider,
            }
        )
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if client_args is not UNSET:
            field_dict["client_args"] = client_args
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        is_org_default = d.pop("is_org_default")

        name = d.pop("name")

        organization_id = UUID(d.pop("organization_id"))

        provider = d.pop("provider")

        api_base = d.pop("api_base", UNSET)

        archived_at = d.pop("archived_at", UNSET)
        if archived_at is not None and archived_at is not UNSET:

            def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    archived_at_type_0 = datetime.datetime.fromisoformat(data)

                    return archived_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            archived_at = _parse_archived_at(archived_at)

        client_args = d.pop("client_args", UNSET)

        last4 = d.pop("last4", UNSET)

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is not None and updated_at is not UNSET:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            updated_at = _parse_updated_at(updated_at)

        org_provider_key_public = cls(
            created_at,
            id,
            is_org_default,
            name,
            organization_id,
            provider,
            api_base,
            archived_at,
            client_args,
            last4,
            updated_at,
        )

        org_provider_key_public.additional_properties = d
        return org_provider_key_public

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
