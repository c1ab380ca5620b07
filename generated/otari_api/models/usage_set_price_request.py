from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageSetPriceRequest")


@_attrs_define
class UsageSetPriceRequest:
    """
    Attributes:
        input_price_per_million (float):
        output_price_per_million (float):
        api_key_id (list[str] | None | str | Unset):
        by_filter (bool | Unset):
        cache_read_price_per_million (float | None | Unset):
        cache_write_price_per_million (float | None | Unset):
        end_date (datetime.datetime | None | Unset):
        endpoint (None | str | Unset):
        ids (list[str] | None | Unset):
        model (list[str] | None | str | Unset):
        priced (bool | None | Unset):
        provider (None | str | Unset):
        source (None | str | Unset):
        source_label (None | str | Unset):
        start_date (datetime.datetime | None | Unset):
        status (None | str | Unset):
        tool (None | str | Unset):
        user_id (list[str] | None | str | Unset):
        workspace_id (None | Unset | UUID):
    """

    input_price_per_million: float
    output_price_per_million: float
    api_key_id: list[str] | None | str | Unset = UNSET
    by_filter: bool | Unset = UNSET
    cache_read_price_per_million: float | None | Unset = UNSET
    cache_write_price_per_million: float | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    ids: list[str] | None | Unset = UNSET
    model: list[str] | None | str | Unset = UNSET
    priced: bool | None | Unset = UNSET
    provider: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    source_label: None | str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    status: None | str | Unset = UNSET
    tool: None | str | Unset = UNSET
    user_id: list[str] | None | str | Unset = UNSET
    workspace_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_price_per_million = self.input_price_per_million

        output_price_per_million = self.output_price_per_million

        api_key_id: list[str] | None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        elif isinstance(self.api_key_id, list):
            api_key_id = self.api_key_id

        else:
            api_key_id = self.api_key_id

        by_filter = self.by_filter

        cache_read_price_per_million: float | None | Unset
        if isinstance(self.cache_read_price_per_million, Unset):
            cache_read_price_per_million = UNSET
        else:
            cache_read_price_per_million = self.cache_read_price_per_million

        cache_write_price_per_million: float | None | Unset
        if isinstance(self.cache_write_price_per_million, Unset):
            cache_write_price_per_million = UNSET
        else:
            cache_write_price_per_million = self.cache_write_price_per_million

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids

        else:
            ids = self.ids

        model: list[str] | None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, list):
            model = self.model

        else:
            model = self.model

        priced: bool | None | Unset
        if isinstance(self.priced, Unset):
            priced = UNSET
        else:
            priced = self.priced

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_label: None | str | Unset
        if isinstance(self.source_label, Unset):
            source_label = UNSET
        else:
            source_label = self.source_label

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        tool: None | str | Unset
        if isinstance(self.tool, Unset):
            tool = UNSET
        else:
            tool = self.tool

        user_id: list[str] | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, list):
            user_id = self.user_id

        else:
            user_id = self.user_id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        elif isinstance(self.workspace_id, UUID):
            workspace_id = str(self.workspace_id)
        else:
            workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_price_per_million": input_price_per_million,
                "output_price_per_million": output_price_per_million,
            }
        )
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if by_filter is not UNSET:
            field_dict["by_filter"] = by_filter
        if cache_read_price_per_million is not UNSET:
            field_dict["cache_read_price_per_million"] = cache_read_price_per_million
        if cache_write_price_per_million is not UNSET:
            field_dict["cache_write_price_per_million"] = cache_write_price_per_million
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if ids is not UNSET:
            field_dict["ids"] = ids
        if model is not UNSET:
            field_dict["model"] = model
        if priced is not UNSET:
            field_dict["priced"] = priced
        if provider is not UNSET:
            field_dict["provider"] = provider
        if source is not UNSET:
            field_dict["source"] = source
        if source_label is not UNSET:
            field_dict["source_label"] = source_label
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if tool is not UNSET:
            field_dict["tool"] = tool
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_price_per_million = d.pop("input_price_per_million")

        output_price_per_million = d.pop("output_price_per_million")

        api_key_id = d.pop("api_key_id", UNSET)
        if api_key_id is not None and api_key_id is not UNSET:

            def _parse_api_key_id(data: object) -> list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    api_key_id_type_1 = cast(list[str], data)

                    return api_key_id_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | str | Unset, data)

            api_key_id = _parse_api_key_id(api_key_id)

        by_filter = d.pop("by_filter", UNSET)

        cache_read_price_per_million = d.pop("cache_read_price_per_million", UNSET)

        cache_write_price_per_million = d.pop("cache_write_price_per_million", UNSET)

        end_date = d.pop("end_date", UNSET)
        if end_date is not None and end_date is not UNSET:

            def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    end_date_type_0 = datetime.datetime.fromisoformat(data)

                    return end_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            end_date = _parse_end_date(end_date)

        endpoint = d.pop("endpoint", UNSET)

        ids = d.pop("ids", UNSET)
        if ids is not None and ids is not UNSET:

            def _parse_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    ids_type_0 = cast(list[str], data)

                    return ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            ids = _parse_ids(ids)

        model = d.pop("model", UNSET)
        if model is not None and model is not UNSET:

            def _parse_model(data: object) -> list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    model_type_1 = cast(list[str], data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | str | Unset, data)

            model = _parse_model(model)

        priced = d.pop("priced", UNSET)

        provider = d.pop("provider", UNSET)

        source = d.pop("source", UNSET)

        source_label = d.pop("source_label", UNSET)

        start_date = d.pop("start_date", UNSET)
        if start_date is not None and start_date is not UNSET:

            def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    start_date_type_0 = datetime.datetime.fromisoformat(data)

                    return start_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            start_date = _parse_start_date(start_date)

        status = d.pop("status", UNSET)

        tool = d.pop("tool", UNSET)

        user_id = d.pop("user_id", UNSET)
        if user_id is not None and user_id is not UNSET:

            def _parse_user_id(data: object) -> list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    user_id_type_1 = cast(list[str], data)

                    return user_id_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | str | Unset, data)

            user_id = _parse_user_id(user_id)

        workspace_id = d.pop("workspace_id", UNSET)
        if workspace_id is not None and workspace_id is not UNSET:

            def _parse_workspace_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    workspace_id_type_0 = UUID(data)

                    return workspace_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            workspace_id = _parse_workspace_id(workspace_id)

        usage_set_price_request = cls(
            input_price_per_million,
            output_price_per_million,
            api_key_id,
            by_filter,
            cache_read_price_per_million,
            cache_write_price_per_million,
            end_date,
            endpoint,
            ids,
            model,
            priced,
            provider,
            source,
            source_label,
            start_date,
            status,
            tool,
            user_id,
            workspace_id,
        )

        usage_set_price_request.additional_properties = d
        return usage_set_price_request

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


class UsageSetPriceRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`UsageSetPriceRequest`, as plain values."""

    input_price_per_million: Required[float]
    output_price_per_million: Required[float]
    api_key_id: str | Sequence[str] | None
    by_filter: bool | None
    cache_read_price_per_million: float | None
    cache_write_price_per_million: float | None
    end_date: datetime.datetime | datetime.date | str | None
    endpoint: str | None
    ids: Sequence[str] | None
    model: str | Sequence[str] | None
    priced: bool | None
    provider: str | None
    source: str | None
    source_label: str | None
    start_date: datetime.datetime | datetime.date | str | None
    status: str | None
    tool: str | None
    user_id: str | Sequence[str] | None
    workspace_id: UUID | str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "input_price_per_million",
    "output_price_per_million",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "api_key_id": {"maxItems": 50, "type": ["array", "null", "string"]},
    "by_filter": {"type": ["boolean"]},
    "cache_read_price_per_million": {"minimum": 0.0, "type": ["null", "number"]},
    "cache_write_price_per_million": {"minimum": 0.0, "type": ["null", "number"]},
    "end_date": {"format": "date-time", "type": ["null", "string"]},
    "endpoint": {"type": ["null", "string"]},
    "ids": {"maxItems": 1000, "type": ["array", "null"]},
    "input_price_per_million": {"minimum": 0.0, "type": ["number"]},
    "model": {"maxItems": 50, "type": ["array", "null", "string"]},
    "output_price_per_million": {"minimum": 0.0, "type": ["number"]},
    "priced": {"type": ["boolean", "null"]},
    "provider": {"type": ["null", "string"]},
    "source": {"type": ["null", "string"]},
    "source_label": {"type": ["null", "string"]},
    "start_date": {"format": "date-time", "type": ["null", "string"]},
    "status": {"type": ["null", "string"]},
    "tool": {"type": ["null", "string"]},
    "user_id": {"maxItems": 50, "type": ["array", "null", "string"]},
    "workspace_id": {"type": ["null", "string"]},
}
