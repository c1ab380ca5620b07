from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentTelemetryDeleteRequest")


@_attrs_define
class AgentTelemetryDeleteRequest:
    """
    Attributes:
        api_key_id (list[str] | None | str | Unset):
        by_filter (bool | Unset):
        end_date (datetime.datetime | None | Unset):
        ids (list[str] | None | Unset):
        name (None | str | Unset):
        start_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | str | Unset):
    """

    api_key_id: list[str] | None | str | Unset = UNSET
    by_filter: bool | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    ids: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    user_id: list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id: list[str] | None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        elif isinstance(self.api_key_id, list):
            api_key_id = self.api_key_id

        else:
            api_key_id = self.api_key_id

        by_filter = self.by_filter

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids

        else:
            ids = self.ids

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        user_id: list[str] | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, list):
            user_id = self.user_id

        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if by_filter is not UNSET:
            field_dict["by_filter"] = by_filter
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if ids is not UNSET:
            field_dict["ids"] = ids
        if name is not UNSET:
            field_dict["name"] = name
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        name = d.pop("name", UNSET)

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

        agent_telemetry_delete_request = cls(
            api_key_id,
            by_filter,
            end_date,
            ids,
            name,
            start_date,
            user_id,
        )

        agent_telemetry_delete_request.additional_properties = d
        return agent_telemetry_delete_request

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


class AgentTelemetryDeleteRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`AgentTelemetryDeleteRequest`, as plain values."""

    api_key_id: str | Sequence[str] | None
    by_filter: bool | None
    end_date: datetime.datetime | datetime.date | str | None
    ids: Sequence[str] | None
    name: str | None
    start_date: datetime.datetime | datetime.date | str | None
    user_id: str | Sequence[str] | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "api_key_id": {"maxItems": 50, "type": ["array", "null", "string"]},
    "by_filter": {"type": ["boolean"]},
    "end_date": {"format": "date-time", "type": ["null", "string"]},
    "ids": {"maxItems": 1000, "type": ["array", "null"]},
    "name": {"type": ["null", "string"]},
    "start_date": {"format": "date-time", "type": ["null", "string"]},
    "user_id": {"maxItems": 50, "type": ["array", "null", "string"]},
}
