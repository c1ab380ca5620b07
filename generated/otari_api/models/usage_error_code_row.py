from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_error_code_row_error_class import (
    UsageErrorCodeRowErrorClass,
    check_usage_error_code_row_error_class,
)

T = TypeVar("T", bound="UsageErrorCodeRow")


@_attrs_define
class UsageErrorCodeRow:
    """
    Attributes:
        error_class (UsageErrorCodeRowErrorClass):
        requests (int):
        status_code (int | None):
    """

    error_class: UsageErrorCodeRowErrorClass
    requests: int
    status_code: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_class: str = self.error_class

        requests = self.requests

        status_code: int | None
        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_class": error_class,
                "requests": requests,
                "status_code": status_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_class = check_usage_error_code_row_error_class(d.pop("error_class"))

        requests = d.pop("requests")

        status_code = d.pop("status_code")

        usage_error_code_row = cls(
            error_class,
            requests,
            status_code,
        )

        usage_error_code_row.additional_properties = d
        return usage_error_code_row

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
