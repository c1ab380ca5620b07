from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignupRequest")


@_attrs_define
class SignupRequest:
    """
    Attributes:
        email (str):
        password (str):
        full_name (None | str | Unset):
        terms_accepted (bool | Unset):
    """

    email: str
    password: str
    full_name: None | str | Unset = UNSET
    terms_accepted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        terms_accepted = self.terms_accepted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if terms_accepted is not UNSET:
            field_dict["terms_accepted"] = terms_accepted

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        full_name = d.pop("full_name", UNSET)

        terms_accepted = d.pop("terms_accepted", UNSET)

        signup_request = cls(
            email,
            password,
            full_name,
            terms_accepted,
        )

        signup_request.additional_properties = d
        return signup_request

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


class SignupRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`SignupRequest`, as plain values."""

    email: Required[str]
    password: Required[str]
    full_name: str | None
    terms_accepted: bool | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "email",
    "password",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "email": {"maxLength": 255, "type": ["string"]},
    "full_name": {"maxLength": 255, "type": ["null", "string"]},
    "password": {"maxLength": 1024, "minLength": 8, "type": ["string"]},
    "terms_accepted": {"type": ["boolean"]},
}
