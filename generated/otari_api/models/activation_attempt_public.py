from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activation_attempt_public_error_category_type_0 import (
    ActivationAttemptPublicErrorCategoryType0,
    check_activation_attempt_public_error_category_type_0,
)
from ..models.activation_attempt_public_status import (
    ActivationAttemptPublicStatus,
    check_activation_attempt_public_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivationAttemptPublic")


@_attrs_define
class ActivationAttemptPublic:
    """
    Attributes:
        occurred_at (str):
        request_id (str):
        status (ActivationAttemptPublicStatus):
        cost_usd (float | None | Unset):
        error_category (ActivationAttemptPublicErrorCategoryType0 | None | Unset):
        latency_ms (int | None | Unset):
        model (None | str | Unset):
        provider (None | str | Unset):
    """

    occurred_at: str
    request_id: str
    status: ActivationAttemptPublicStatus
    cost_usd: float | None | Unset = UNSET
    error_category: ActivationAttemptPublicErrorCategoryType0 | None | Unset = UNSET
    latency_ms: int | None | Unset = UNSET
    model: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occurred_at = self.occurred_at

        request_id = self.request_id

        status: str = self.status

        cost_usd: float | None | Unset
        if isinstance(self.cost_usd, Unset):
            cost_usd = UNSET
        else:
            cost_usd = self.cost_usd

        error_category: None | str | Unset
        if isinstance(self.error_category, Unset):
            error_category = UNSET
        elif isinstance(self.error_category, str):
            error_category = self.error_category
        else:
            error_category = self.error_category

        latency_ms: int | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "occurred_at": occurred_at,
                "request_id": request_id,
                "status": status,
            }
        )
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd
        if error_category is not UNSET:
            field_dict["error_category"] = error_category
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occurred_at = d.pop("occurred_at")

        request_id = d.pop("request_id")

        status = check_activation_attempt_public_status(d.pop("status"))

        cost_usd = d.pop("cost_usd", UNSET)

        error_category = d.pop("error_category", UNSET)
        if error_category is not None and error_category is not UNSET:

            def _parse_error_category(data: object) -> ActivationAttemptPublicErrorCategoryType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    error_category_type_0 = check_activation_attempt_public_error_category_type_0(data)

                    return error_category_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ActivationAttemptPublicErrorCategoryType0 | None | Unset, data)

            error_category = _parse_error_category(error_category)

        latency_ms = d.pop("latency_ms", UNSET)

        model = d.pop("model", UNSET)

        provider = d.pop("provider", UNSET)

        activation_attempt_public = cls(
            occurred_at,
            request_id,
            status,
            cost_usd,
            error_category,
            latency_ms,
            model,
            provider,
        )

        activation_attempt_public.additional_properties = d
        return activation_attempt_public

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
