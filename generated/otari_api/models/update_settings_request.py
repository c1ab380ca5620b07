from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_settings_request_stream_missing_usage_policy_type_0 import (
    UpdateSettingsRequestStreamMissingUsagePolicyType0,
    check_update_settings_request_stream_missing_usage_policy_type_0,
)
from ..models.update_settings_request_vision_strategy_type_0 import (
    UpdateSettingsRequestVisionStrategyType0,
    check_update_settings_request_vision_strategy_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSettingsRequest")


@_attrs_define
class UpdateSettingsRequest:
    """
    Attributes:
        budget_estimate_default_output_tokens (int | None | Unset):
        default_pricing (bool | None | Unset):
        file_understanding_enabled (bool | None | Unset):
        model_cache_ttl_seconds (int | None | Unset):
        model_discovery (bool | None | Unset):
        model_discovery_negative_ttl_seconds (float | None | Unset):
        model_discovery_timeout_seconds (float | None | Unset):
        models_dev_cache_ttl_seconds (int | None | Unset):
        models_dev_metadata (bool | None | Unset):
        reject_user_mismatch (bool | None | Unset):
        require_pricing (bool | None | Unset):
        stream_missing_usage_policy (None | Unset | UpdateSettingsRequestStreamMissingUsagePolicyType0):
        vision_describe_max_tokens (int | None | Unset):
        vision_describe_model (None | str | Unset):
        vision_strategy (None | Unset | UpdateSettingsRequestVisionStrategyType0):
    """

    budget_estimate_default_output_tokens: int | None | Unset = UNSET
    default_pricing: bool | None | Unset = UNSET
    file_understanding_enabled: bool | None | Unset = UNSET
    model_cache_ttl_seconds: int | None | Unset = UNSET
    model_discovery: bool | None | Unset = UNSET
    model_discovery_negative_ttl_seconds: float | None | Unset = UNSET
    model_discovery_timeout_seconds: float | None | Unset = UNSET
    models_dev_cache_ttl_seconds: int | None | Unset = UNSET
    models_dev_metadata: bool | None | Unset = UNSET
    reject_user_mismatch: bool | None | Unset = UNSET
    require_pricing: bool | None | Unset = UNSET
    stream_missing_usage_policy: None | Unset | UpdateSettingsRequestStreamMissingUsagePolicyType0 = UNSET
    vision_describe_max_tokens: int | None | Unset = UNSET
    vision_describe_model: None | str | Unset = UNSET
    vision_strategy: None | Unset | UpdateSettingsRequestVisionStrategyType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_estimate_default_output_tokens: int | None | Unset
        if isinstance(self.budget_estimate_default_output_tokens, Unset):
            budget_estimate_default_output_tokens = UNSET
        else:
            budget_estimate_default_output_tokens = self.budget_estimate_default_output_tokens

        default_pricing: bool | None | Unset
        if isinstance(self.default_pricing, Unset):
            default_pricing = UNSET
        else:
            default_pricing = self.default_pricing

        file_understanding_enabled: bool | None | Unset
        if isinstance(self.file_understanding_enabled, Unset):
            file_understanding_enabled = UNSET
        else:
            file_understanding_enabled = self.file_understanding_enabled

        model_cache_ttl_seconds: int | None | Unset
        if isinstance(self.model_cache_ttl_seconds, Unset):
            model_cache_ttl_seconds = UNSET
        else:
            model_cache_ttl_seconds = self.model_cache_ttl_seconds

        model_discovery: bool | None | Unset
        if isinstance(self.model_discovery, Unset):
            model_discovery = UNSET
        else:
            model_discovery = self.model_discovery

        model_discovery_negative_ttl_seconds: float | None | Unset
        if isinstance(self.model_discovery_negative_ttl_seconds, Unset):
            model_discovery_negative_ttl_seconds = UNSET
        else:
            model_discovery_negative_ttl_seconds = self.model_discovery_negative_ttl_seconds

        model_discovery_timeout_seconds: float | None | Unset
        if isinstance(self.model_discovery_timeout_seconds, Unset):
            model_discovery_timeout_seconds = UNSET
        else:
            model_discovery_timeout_seconds = self.model_discovery_timeout_seconds

        models_dev_cache_ttl_seconds: int | None | Unset
        if isinstance(self.models_dev_cache_ttl_seconds, Unset):
            models_dev_cache_ttl_seconds = UNSET
        else:
            models_dev_cache_ttl_seconds = self.models_dev_cache_ttl_seconds

        models_dev_metadata: bool | None | Unset
        if isinstance(self.models_dev_metadata, Unset):
            models_dev_metadata = UNSET
        else:
            models_dev_metadata = self.models_dev_metadata

        reject_user_mismatch: bool | None | Unset
        if isinstance(self.reject_user_mismatch, Unset):
            reject_user_mismatch = UNSET
        else:
            reject_user_mismatch = self.reject_user_mismatch

        require_pricing: bool | None | Unset
        if isinstance(self.require_pricing, Unset):
            require_pricing = UNSET
        else:
            require_pricing = self.require_pricing

        stream_missing_usage_policy: None | str | Unset
        if isinstance(self.stream_missing_usage_policy, Unset):
            stream_missing_usage_policy = UNSET
        elif isinstance(self.stream_missing_usage_policy, str):
            stream_missing_usage_policy = self.stream_missing_usage_policy
        else:
            stream_missing_usage_policy = self.stream_missing_usage_policy

        vision_describe_max_tokens: int | None | Unset
        if isinstance(self.vision_describe_max_tokens, Unset):
            vision_describe_max_tokens = UNSET
        else:
            vision_describe_max_tokens = self.vision_describe_max_tokens

        vision_describe_model: None | str | Unset
        if isinstance(self.vision_describe_model, Unset):
            vision_describe_model = UNSET
        else:
            vision_describe_model = self.vision_describe_model

        vision_strategy: None | str | Unset
        if isinstance(self.vision_strategy, Unset):
            vision_strategy = UNSET
        elif isinstance(self.vision_strategy, str):
            vision_strategy = self.vision_strategy
        else:
            vision_strategy = self.vision_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_estimate_default_output_tokens is not UNSET:
            field_dict["budget_estimate_default_output_tokens"] = budget_estimate_default_output_tokens
        if default_pricing is not UNSET:
            field_dict["default_pricing"] = default_pricing
        if file_understanding_enabled is not UNSET:
            field_dict["file_understanding_enabled"] = file_understanding_enabled
        if model_cache_ttl_seconds is not UNSET:
            field_dict["model_cache_ttl_seconds"] = model_cache_ttl_seconds
        if model_discovery is not UNSET:
            field_dict["model_discovery"] = model_discovery
        if model_discovery_negative_ttl_seconds is not UNSET:
            field_dict["model_discovery_negative_ttl_seconds"] = model_discovery_negative_ttl_seconds
        if model_discovery_timeout_seconds is not UNSET:
            field_dict["model_discovery_timeout_seconds"] = model_discovery_timeout_seconds
        if models_dev_cache_ttl_seconds is not UNSET:
            field_dict["models_dev_cache_ttl_seconds"] = models_dev_cache_ttl_seconds
        if models_dev_metadata is not UNSET:
            field_dict["models_dev_metadata"] = models_dev_metadata
        if reject_user_mismatch is not UNSET:
            field_dict["reject_user_mismatch"] = reject_user_mismatch
        if require_pricing is not UNSET:
            field_dict["require_pricing"] = require_pricing
        if stream_missing_usage_policy is not UNSET:
            field_dict["stream_missing_usage_policy"] = stream_missing_usage_policy
        if vision_describe_max_tokens is not UNSET:
            field_dict["vision_describe_max_tokens"] = vision_describe_max_tokens
        if vision_describe_model is not UNSET:
            field_dict["vision_describe_model"] = vision_describe_model
        if vision_strategy is not UNSET:
            field_dict["vision_strategy"] = vision_strategy

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_estimate_default_output_tokens = d.pop("budget_estimate_default_output_tokens", UNSET)

        default_pricing = d.pop("default_pricing", UNSET)

        file_understanding_enabled = d.pop("file_understanding_enabled", UNSET)

        model_cache_ttl_seconds = d.pop("model_cache_ttl_seconds", UNSET)

        model_discovery = d.pop("model_discovery", UNSET)

        model_discovery_negative_ttl_seconds = d.pop("model_discovery_negative_ttl_seconds", UNSET)

        model_discovery_timeout_seconds = d.pop("model_discovery_timeout_seconds", UNSET)

        models_dev_cache_ttl_seconds = d.pop("models_dev_cache_ttl_seconds", UNSET)

        models_dev_metadata = d.pop("models_dev_metadata", UNSET)

        reject_user_mismatch = d.pop("reject_user_mismatch", UNSET)

        require_pricing = d.pop("require_pricing", UNSET)

        stream_missing_usage_policy = d.pop("stream_missing_usage_policy", UNSET)
        if stream_missing_usage_policy is not None and stream_missing_usage_policy is not UNSET:

            def _parse_stream_missing_usage_policy(
                data: object,
            ) -> None | Unset | UpdateSettingsRequestStreamMissingUsagePolicyType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stream_missing_usage_policy_type_0 = (
                        check_update_settings_request_stream_missing_usage_policy_type_0(data)
                    )

                    return stream_missing_usage_policy_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UpdateSettingsRequestStreamMissingUsagePolicyType0, data)

            stream_missing_usage_policy = _parse_stream_missing_usage_policy(stream_missing_usage_policy)

        vision_describe_max_tokens = d.pop("vision_describe_max_tokens", UNSET)

        vision_describe_model = d.pop("vision_describe_model", UNSET)

        vision_strategy = d.pop("vision_strategy", UNSET)
        if vision_strategy is not None and vision_strategy is not UNSET:

            def _parse_vision_strategy(data: object) -> None | Unset | UpdateSettingsRequestVisionStrategyType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    vision_strategy_type_0 = check_update_settings_request_vision_strategy_type_0(data)

                    return vision_strategy_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UpdateSettingsRequestVisionStrategyType0, data)

            vision_strategy = _parse_vision_strategy(vision_strategy)

        update_settings_request = cls(
            budget_estimate_default_output_tokens,
            default_pricing,
            file_understanding_enabled,
            model_cache_ttl_seconds,
            model_discovery,
            model_discovery_negative_ttl_seconds,
            model_discovery_timeout_seconds,
            models_dev_cache_ttl_seconds,
            models_dev_metadata,
            reject_user_mismatch,
            require_pricing,
            stream_missing_usage_policy,
            vision_describe_max_tokens,
            vision_describe_model,
            vision_strategy,
        )

        update_settings_request.additional_properties = d
        return update_settings_request

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


class UpdateSettingsRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`UpdateSettingsRequest`, as plain values."""

    budget_estimate_default_output_tokens: int | None
    default_pricing: bool | None
    file_understanding_enabled: bool | None
    model_cache_ttl_seconds: int | None
    model_discovery: bool | None
    model_discovery_negative_ttl_seconds: float | None
    model_discovery_timeout_seconds: float | None
    models_dev_cache_ttl_seconds: int | None
    models_dev_metadata: bool | None
    reject_user_mismatch: bool | None
    require_pricing: bool | None
    stream_missing_usage_policy: UpdateSettingsRequestStreamMissingUsagePolicyType0 | None
    vision_describe_max_tokens: int | None
    vision_describe_model: str | None
    vision_strategy: UpdateSettingsRequestVisionStrategyType0 | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "budget_estimate_default_output_tokens": {"minimum": 0.0, "type": ["integer", "null"]},
    "default_pricing": {"type": ["boolean", "null"]},
    "file_understanding_enabled": {"type": ["boolean", "null"]},
    "model_cache_ttl_seconds": {"minimum": 0.0, "type": ["integer", "null"]},
    "model_discovery": {"type": ["boolean", "null"]},
    "model_discovery_negative_ttl_seconds": {"minimum": 0.0, "type": ["null", "number"]},
    "model_discovery_timeout_seconds": {"type": ["null", "number"]},
    "models_dev_cache_ttl_seconds": {"minimum": 0.0, "type": ["integer", "null"]},
    "models_dev_metadata": {"type": ["boolean", "null"]},
    "reject_user_mismatch": {"type": ["boolean", "null"]},
    "require_pricing": {"type": ["boolean", "null"]},
    "stream_missing_usage_policy": {"type": ["null", "string"]},
    "vision_describe_max_tokens": {"type": ["integer", "null"]},
    "vision_describe_model": {"type": ["null", "string"]},
    "vision_strategy": {"type": ["null", "string"]},
}
