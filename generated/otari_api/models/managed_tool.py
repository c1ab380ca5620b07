from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagedTool")


@_attrs_define
class ManagedTool:
    """
    Attributes:
        accepted_types (list[str]):
        available (bool):
        description (str):
        example (Any): Any JSON object, passed through as a plain dict.
        id (str):
        input_schema (Any): Any JSON object, passed through as a plain dict.
        object_ (Literal['tool'] | Unset):
    """

    accepted_types: list[str]
    available: bool
    description: str
    example: Any
    id: str
    input_schema: Any
    object_: Literal["tool"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_types = self.accepted_types

        available = self.available

        description = self.description

        example = self.example

        id = self.id

        input_schema = self.input_schema

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted_types": accepted_types,
                "available": available,
                "description": description,
                "example": example,
                "id": id,
                "input_schema": input_schema,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted_types = cast(list[str], d.pop("accepted_types"))

        available = d.pop("available")

        description = d.pop("description")

        example = d.pop("example")

        id = d.pop("id")

        input_schema = d.pop("input_schema")

        object_ = cast(Literal["tool"] | Unset, d.pop("object", UNSET))
        if object_ != "tool" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'tool', got '{object_}'")

        managed_tool = cls(
            accepted_types,
            available,
            description,
            example,
            id,
            input_schema,
            object_,
        )

        managed_tool.additional_properties = d
        return managed_tool

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

    @property
    def object(self) -> Literal["tool"] | Unset:
        """The ``object`` field (stored as ``object_``)."""
        return self.object_
