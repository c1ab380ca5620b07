from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TestServiceRequest")


@_attrs_define
class TestServiceRequest:
    """
    Attributes:
        url (str):
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        test_service_request = cls(
            url,
        )

        test_service_request.additional_properties = d
        return test_service_request

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


class TestServiceRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`TestServiceRequest`, as plain values."""

    url: Required[str]


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("url",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {"url": {"type": ["string"]}}
