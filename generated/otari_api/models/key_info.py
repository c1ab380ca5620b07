from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyInfo")


@_attrs_define
class KeyInfo:
    """
    Attributes:
        created_at (str):
        expires_at (None | str):
        id (str):
        is_active (bool):
        key_name (None | str):
        last_used_at (None | str):
        metadata (Any): Any JSON object, passed through as a plain dict.
        user_id (None | str):
        allowed_models (list[str] | None | Unset):
        capture_agent_telemetry (bool | None | Unset):
        exclude_from_budget (bool | Unset):
        key_prefix (None | str | Unset):
        reject_user_mismatch (bool | None | Unset):
        workspace_id (UUID | Unset):
    """

    created_at: str
    expires_at: None | str
    id: str
    is_active: bool
    key_name: None | str
    last_used_at: None | str
    metadata: Any
    user_id: None | str
    allowed_models: list[str] | None | Unset = UNSET
    capture_agent_telemetry: bool | None | Unset = UNSET
    exclude_from_budget: bool | Unset = UNSET
    key_prefix: None | str | Unset = UNSET
    reject_user_mismatch: bool | None | Unset = UNSET
    workspace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        expires_at: None | str
        expires_at = self.expires_at

        id = self.id

        is_active = self.is_active

        key_name: None | str
        key_name = self.key_name

        last_used_at: None | str
        last_used_at = self.last_used_at

        metadata = self.metadata

        user_id: None | str
        user_id = self.user_id

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        capture_agent_telemetry: bool | None | Unset
        if isinstance(self.capture_agent_telemetry, Unset):
            capture_agent_telemetry = UNSET
        else:
            capture_agent_telemetry = self.capture_agent_telemetry

        exclude_from_budget = self.exclude_from_budget

        key_prefix: None | str | Unset
        if isinstance(self.key_prefix, Unset):
            key_prefix = UNSET
        else:
            key_prefix = self.key_prefix

        reject_user_mismatch: bool | None | Unset
        if isinstance(self.reject_user_mismatch, Unset):
            reject_user_mismatch = UNSET
        else:
            reject_user_mismatch = self.reject_user_mismatch

        workspace_id: str | Unset = UNSET
        if not isinstance(self.workspace_id, Unset):
            workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "expires_at": expires_at,
                "id": id,
                "is_active": is_active,
                "key_name": key_name,
                "last_used_at": last_used_at,
                "metadata": metadata,
                "user_id": user_id,
            }
        )
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if capture_agent_telemetry is not UNSET:
            field_dict["capture_agent_telemetry"] = capture_agent_telemetry
        if exclude_from_budget is not UNSET:
            field_dict["exclude_from_budget"] = exclude_from_budget
        if key_prefix is not UNSET:
            field_dict["key_prefix"] = key_prefix
        if reject_user_mismatch is not UNSET:
            field_dict["reject_user_mismatch"] = reject_user_mismatch
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        expires_at = d.pop("expires_at")

        id = d.pop("id")

        is_active = d.pop("is_active")

        key_name = d.pop("key_name")

        last_used_at = d.pop("last_used_at")

        metadata = d.pop("metadata")

        user_id = d.pop("user_id")

        allowed_models = d.pop("allowed_models", UNSET)
        if allowed_models is not None and allowed_models is not UNSET:

            def _parse_allowed_models(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_models_type_0 = cast(list[str], data)

                    return allowed_models_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            allowed_models = _parse_allowed_models(allowed_models)

        capture_agent_telemetry = d.pop("capture_agent_telemetry", UNSET)

        exclude_from_budget = d.pop("exclude_from_budget", UNSET)

        key_prefix = d.pop("key_prefix", UNSET)

        reject_user_mismatch = d.pop("reject_user_mismatch", UNSET)

        _workspace_id = d.pop("workspace_id", UNSET)
        workspace_id: UUID | Unset
        if isinstance(_workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = UUID(_workspace_id)

        key_info = cls(
            created_at,
            expires_at,
            id,
            is_active,
            key_name,
            last_used_at,
            metadata,
            user_id,
            allowed_models,
            capture_agent_telemetry,
            exclude_from_budget,
            key_prefix,
            reject_user_mismatch,
            workspace_id,
        )

        key_info.additional_properties = d
        return key_info

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
