from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_meters import BillingMeters
    from ..models.token_charge_line import TokenChargeLine
    from ..models.unit_charge_line import UnitChargeLine


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
        api_key_name (None | str | Unset):
        attempt_count (int | None | Unset):
        attempt_position (int | None | Unset):
        billing_meters (Any | BillingMeters | None | Unset):
        cache_read_tokens (int | None | Unset):
        cache_write_1h_tokens (int | None | Unset):
        cache_write_tokens (int | None | Unset):
        counts_toward_budget (bool | Unset):
        latency_ms (int | None | Unset):
        policy_name (None | str | Unset):
        pricing_breakdown (list[Any | TokenChargeLine | UnitChargeLine] | None | Unset):
        request_group_id (None | str | Unset):
        selection_reason (None | str | Unset):
        source (str | Unset):
        source_label (None | str | Unset):
        status_code (int | None | Unset):
        user_alias (None | str | Unset):
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
    api_key_name: None | str | Unset = UNSET
    attempt_count: int | None | Unset = UNSET
    attempt_position: int | None | Unset = UNSET
    billing_meters: Any | BillingMeters | None | Unset = UNSET
    cache_read_tokens: int | None | Unset = UNSET
    cache_write_1h_tokens: int | None | Unset = UNSET
    cache_write_tokens: int | None | Unset = UNSET
    counts_toward_budget: bool | Unset = UNSET
    latency_ms: int | None | Unset = UNSET
    policy_name: None | str | Unset = UNSET
    pricing_breakdown: list[Any | TokenChargeLine | UnitChargeLine] | None | Unset = UNSET
    request_group_id: None | str | Unset = UNSET
    selection_reason: None | str | Unset = UNSET
    source: str | Unset = UNSET
    source_label: None | str | Unset = UNSET
    status_code: int | None | Unset = UNSET
    user_alias: None | str | Unset = UNSET
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

        api_key_name: None | str | Unset
        if isinstance(self.api_key_name, Unset):
            api_key_name = UNSET
        else:
            api_key_name = self.api_key_name

        attempt_count: int | None | Unset
        if isinstance(self.attempt_count, Unset):
            attempt_count = UNSET
        else:
            attempt_count = self.attempt_count

        attempt_position: int | None | Unset
        if isinstance(self.attempt_position, Unset):
            attempt_position = UNSET
        else:
            attempt_position = self.attempt_position

        billing_meters: Any | dict[str, Any] | None | Unset
        if isinstance(self.billing_meters, Unset):
            billing_meters = UNSET
        elif isinstance(self.billing_meters, BillingMeters):
            billing_meters = self.billing_meters.to_dict()
        else:
            billing_meters = self.billing_meters

        cache_read_tokens: int | None | Unset
        if isinstance(self.cache_read_tokens, Unset):
            cache_read_tokens = UNSET
        else:
            cache_read_tokens = self.cache_read_tokens

        cache_write_1h_tokens: int | None | Unset
        if isinstance(self.cache_write_1h_tokens, Unset):
            cache_write_1h_tokens = UNSET
        else:
            cache_write_1h_tokens = self.cache_write_1h_tokens

        cache_write_tokens: int | None | Unset
        if isinstance(self.cache_write_tokens, Unset):
            cache_write_tokens = UNSET
        else:
            cache_write_tokens = self.cache_write_tokens

        counts_toward_budget = self.counts_toward_budget

        latency_ms: int | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        policy_name: None | str | Unset
        if isinstance(self.policy_name, Unset):
            policy_name = UNSET
        else:
            policy_name = self.policy_name

        pricing_breakdown: list[Any | dict[str, Any]] | None | Unset
        if isinstance(self.pricing_breakdown, Unset):
            pricing_breakdown = UNSET
        elif isinstance(self.pricing_breakdown, list):
            pricing_breakdown = []
            for pricing_breakdown_type_0_item_data in self.pricing_breakdown:
                pricing_breakdown_type_0_item: Any | dict[str, Any]
                if isinstance(pricing_breakdown_type_0_item_data, TokenChargeLine):
                    pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_data.to_dict()
                elif isinstance(pricing_breakdown_type_0_item_data, UnitChargeLine):
                    pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_data.to_dict()
                else:
                    pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_data
                pricing_breakdown.append(pricing_breakdown_type_0_item)

        else:
            pricing_breakdown = self.pricing_breakdown

        request_group_id: None | str | Unset
        if isinstance(self.request_group_id, Unset):
            request_group_id = UNSET
        else:
            request_group_id = self.request_group_id

        selection_reason: None | str | Unset
        if isinstance(self.selection_reason, Unset):
            selection_reason = UNSET
        else:
            selection_reason = self.selection_reason

        source = self.source

        source_label: None | str | Unset
        if isinstance(self.source_label, Unset):
            source_label = UNSET
        else:
            source_label = self.source_label

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        user_alias: None | str | Unset
        if isinstance(self.user_alias, Unset):
            user_alias = UNSET
        else:
            user_alias = self.user_alias

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
        if api_key_name is not UNSET:
            field_dict["api_key_name"] = api_key_name
        if attempt_count is not UNSET:
            field_dict["attempt_count"] = attempt_count
        if attempt_position is not UNSET:
            field_dict["attempt_position"] = attempt_position
        if billing_meters is not UNSET:
            field_dict["billing_meters"] = billing_meters
        if cache_read_tokens is not UNSET:
            field_dict["cache_read_tokens"] = cache_read_tokens
        if cache_write_1h_tokens is not UNSET:
            field_dict["cache_write_1h_tokens"] = cache_write_1h_tokens
        if cache_write_tokens is not UNSET:
            field_dict["cache_write_tokens"] = cache_write_tokens
        if counts_toward_budget is not UNSET:
            field_dict["counts_toward_budget"] = counts_toward_budget
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if policy_name is not UNSET:
            field_dict["policy_name"] = policy_name
        if pricing_breakdown is not UNSET:
            field_dict["pricing_breakdown"] = pricing_breakdown
        if request_group_id is not UNSET:
            field_dict["request_group_id"] = request_group_id
        if selection_reason is not UNSET:
            field_dict["selection_reason"] = selection_reason
        if source is not UNSET:
            field_dict["source"] = source
        if source_label is not UNSET:
            field_dict["source_label"] = source_label
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if user_alias is not UNSET:
            field_dict["user_alias"] = user_alias

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

        api_key_name = d.pop("api_key_name", UNSET)

        attempt_count = d.pop("attempt_count", UNSET)

        attempt_position = d.pop("attempt_position", UNSET)

        billing_meters = d.pop("billing_meters", UNSET)
        if billing_meters is not None and billing_meters is not UNSET:

            def _parse_billing_meters(data: object) -> Any | BillingMeters | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    billing_meters_type_0 = BillingMeters.from_dict(data)

                    return billing_meters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Any | BillingMeters | None | Unset, data)

            billing_meters = _parse_billing_meters(billing_meters)

        cache_read_tokens = d.pop("cache_read_tokens", UNSET)

        cache_write_1h_tokens = d.pop("cache_write_1h_tokens", UNSET)

        cache_write_tokens = d.pop("cache_write_tokens", UNSET)

        counts_toward_budget = d.pop("counts_toward_budget", UNSET)

        latency_ms = d.pop("latency_ms", UNSET)

        policy_name = d.pop("policy_name", UNSET)

        pricing_breakdown = d.pop("pricing_breakdown", UNSET)
        if pricing_breakdown is not None and pricing_breakdown is not UNSET:

            def _parse_pricing_breakdown(data: object) -> list[Any | TokenChargeLine | UnitChargeLine] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    pricing_breakdown_type_0 = []
                    _pricing_breakdown_type_0 = data
                    for pricing_breakdown_type_0_item_data in _pricing_breakdown_type_0:

                        def _parse_pricing_breakdown_type_0_item(
                            data: object,
                        ) -> Any | TokenChargeLine | UnitChargeLine:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                pricing_breakdown_type_0_item_type_0 = TokenChargeLine.from_dict(data)

                                return pricing_breakdown_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                pricing_breakdown_type_0_item_type_1 = UnitChargeLine.from_dict(data)

                                return pricing_breakdown_type_0_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(Any | TokenChargeLine | UnitChargeLine, data)

                        pricing_breakdown_type_0_item = _parse_pricing_breakdown_type_0_item(
                            pricing_breakdown_type_0_item_data
                        )

                        pricing_breakdown_type_0.append(pricing_breakdown_type_0_item)

                    return pricing_breakdown_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Any | TokenChargeLine | UnitChargeLine] | None | Unset, data)

            pricing_breakdown = _parse_pricing_breakdown(pricing_breakdown)

        request_group_id = d.pop("request_group_id", UNSET)

        selection_reason = d.pop("selection_reason", UNSET)

        source = d.pop("source", UNSET)

        source_label = d.pop("source_label", UNSET)

        status_code = d.pop("status_code", UNSET)

        user_alias = d.pop("user_alias", UNSET)

        usage_entry = cls(
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
            api_key_name,
            attempt_count,
            attempt_position,
            billing_meters,
            cache_read_tokens,
            cache_write_1h_tokens,
            cache_write_tokens,
            counts_toward_budget,
            latency_ms,
            policy_name,
            pricing_breakdown,
            request_group_id,
            selection_reason,
            source,
            source_label,
            status_code,
            user_alias,
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


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.billing_meters import BillingMeters  # noqa: E402
from ..models.token_charge_line import TokenChargeLine  # noqa: E402
from ..models.unit_charge_line import UnitChargeLine  # noqa: E402
