from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageLogResponse")


@_attrs_define
class UsageLogResponse:
    """
    Attributes:
        api_key_id (None | str):
        completion_tokens (int | None):
        cost (float | None):
        endpoint (str):
        error_message (None | str):
        id (str):
        model (str):
        prompt_tokens (int | None):
        provider (None | str):
        status (str):
        timestamp (str):
        total_tokens (int | None):
        user_id (None | str):
        latency_ms (int | None | Unset):
    """

    api_key_id: None | str
    completion_tokens: int | None
    cost: float | None
    endpoint: str
    error_message: None | str
    id: str
    model: str
    prompt_tokens: int | None
    provider: None | str
    status: str
    timestamp: str
    total_tokens: int | None
    user_id: None | str
    latency_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id: None | str
        api_key_id = self.api_key_id

        completion_tokens: int | None
        completion_tokens = self.completion_tokens

        cost: float | None
        cost = self.cost

        endpoint = self.endpoint

        error_message: None | str
        error_message = self.error_message

        id = self.id

        model = self.model

        prompt_tokens: int | None
        prompt_tokens = self.prompt_tokens

        provider: None | str
        provider = self.provider

        status = self.status

        timestamp = self.timestamp

        total_tokens: int | None
        total_tokens = self.total_tokens

        user_id: None | str
        user_id = self.user_id

        latency_ms: int | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "completion_tokens": completion_tokens,
                "cost": cost,
                "endpoint": endpoint,
                "error_message": error_message,
                "id": id,
                "model": model,
                "prompt_tokens": prompt_tokens,
                "provider": provider,
                "status": status,
                "timestamp": timestamp,
                "total_tokens": total_tokens,
                "user_id": user_id,
            }
        )
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id")

        completion_tokens = d.pop("completion_tokens")

        cost = d.pop("cost")

        endpoint = d.pop("endpoint")

        error_message = d.pop("error_message")

        id = d.pop("id")

        model = d.pop("model")

        prompt_tokens = d.pop("prompt_tokens")

        provider = d.pop("provider")

        status = d.pop("status")

        timestamp = d.pop("timestamp")

        total_tokens = d.pop("total_tokens")

        user_id = d.pop("user_id")

        latency_ms = d.pop("latency_ms", UNSET)

        usage_log_response = cls(
            api_key_id,
            completion_tokens,
            cost,
            endpoint,
            error_message,
            id,
            model,
            prompt_tokens,
            provider,
            status,
            timestamp,
            total_tokens,
            user_id,
            latency_ms,
        )

        usage_log_response.additional_properties = d
        return usage_log_response

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
