from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AliasRequest")


@_attrs_define
class AliasRequest:
    """
    Attributes:
        name (str):
        target (str):
        user_id (None | str | Unset):
    """

    name: str
    target: str
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        target = self.target

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "target": target,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        target = d.pop("target")

        user_id = d.pop("user_id", UNSET)

        alias_request = cls(
            name,
            target,
            user_id,
        )

        alias_request.additional_properties = d
        return alias_request

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


class AliasRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`AliasRequest`, as plain values."""

    name: Required[str]
    target: Required[str]
    user_id: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "name",
    "target",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "name": {"type": ["string"]},
    "target": {"type": ["string"]},
    "user_id": {"type": ["null", "string"]},
}
