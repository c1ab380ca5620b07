from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyRequest")


@_attrs_define
class PolicyRequest:
    """
    Attributes:
        name (str):
        spec (Any): Any JSON object, passed through as a plain dict.
        rename_from (None | str | Unset):
        user_id (None | str | Unset):
    """

    name: str
    spec: Any
    rename_from: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        spec = self.spec

        rename_from: None | str | Unset
        if isinstance(self.rename_from, Unset):
            rename_from = UNSET
        else:
            rename_from = self.rename_from

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
                "spec": spec,
            }
        )
        if rename_from is not UNSET:
            field_dict["rename_from"] = rename_from
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        spec = d.pop("spec")

        rename_from = d.pop("rename_from", UNSET)

        user_id = d.pop("user_id", UNSET)

        policy_request = cls(
            name,
            spec,
            rename_from,
            user_id,
        )

        policy_request.additional_properties = d
        return policy_request

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


class PolicyRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`PolicyRequest`, as plain values."""

    name: Required[str]
    spec: Required[Any]
    rename_from: str | None
    user_id: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "name",
    "spec",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "name": {"type": ["string"]},
    "rename_from": {"type": ["null", "string"]},
    "spec": {"type": ["object"]},
    "user_id": {"type": ["null", "string"]},
}
