from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageEntry")


@_attrs_define
class UsageEntry:
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

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_api_key_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id"))

        def _parse_completion_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        completion_tokens = _parse_completion_tokens(d.pop("completion_tokens"))

        def _parse_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cost = _parse_cost(d.pop("cost"))

        endpoint = d.pop("endpoint")

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("error_message"))

        id = d.pop("id")

        model = d.pop("model")

        def _parse_prompt_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        prompt_tokens = _parse_prompt_tokens(d.pop("prompt_tokens"))

        def _parse_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider = _parse_provider(d.pop("provider"))

        status = d.pop("status")

        timestamp = d.pop("timestamp")

        def _parse_total_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_tokens = _parse_total_tokens(d.pop("total_tokens"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        usage_entry = cls(
            api_key_id=api_key_id,
            completion_tokens=completion_tokens,
            cost=cost,
            endpoint=endpoint,
            error_message=error_message,
            id=id,
            model=model,
            prompt_tokens=prompt_tokens,
            provider=provider,
            status=status,
            timestamp=timestamp,
            total_tokens=total_tokens,
            user_id=user_id,
        )

        usage_entry.additional_properties = d
        return usage_entry

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
