from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetPasswordRequest")


@_attrs_define
class SetPasswordRequest:
    """
    Attributes:
        new_password (str):
        current_password (None | str | Unset):
        email (None | str | Unset):
    """

    new_password: str
    current_password: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_password = self.new_password

        current_password: None | str | Unset
        if isinstance(self.current_password, Unset):
            current_password = UNSET
        else:
            current_password = self.current_password

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_password": new_password,
            }
        )
        if current_password is not UNSET:
            field_dict["current_password"] = current_password
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_password = d.pop("new_password")

        current_password = d.pop("current_password", UNSET)

        email = d.pop("email", UNSET)

        set_password_request = cls(
            new_password,
            current_password,
            email,
        )

        set_password_request.additional_properties = d
        return set_password_request

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


class SetPasswordRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`SetPasswordRequest`, as plain values."""

    new_password: Required[str]
    current_password: str | None
    email: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("new_password",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "current_password": {"maxLength": 1024, "type": ["null", "string"]},
    "email": {"maxLength": 255, "type": ["null", "string"]},
    "new_password": {"maxLength": 1024, "minLength": 8, "type": ["string"]},
}
