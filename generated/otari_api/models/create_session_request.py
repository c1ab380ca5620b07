from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSessionRequest")


@_attrs_define
class CreateSessionRequest:
    """
    Attributes:
        email (None | str | Unset):
        master_key (None | str | Unset):
        password (None | str | Unset):
    """

    email: None | str | Unset = UNSET
    master_key: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        master_key: None | str | Unset
        if isinstance(self.master_key, Unset):
            master_key = UNSET
        else:
            master_key = self.master_key

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if master_key is not UNSET:
            field_dict["master_key"] = master_key
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        master_key = d.pop("master_key", UNSET)

        password = d.pop("password", UNSET)

        create_session_request = cls(
            email,
            master_key,
            password,
        )

        create_session_request.additional_properties = d
        return create_session_request

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


class CreateSessionRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`CreateSessionRequest`, as plain values."""

    email: str | None
    master_key: str | None
    password: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "email": {"maxLength": 255, "type": ["null", "string"]},
    "master_key": {"maxLength": 512, "type": ["null", "string"]},
    "password": {"maxLength": 72, "type": ["null", "string"]},
}
