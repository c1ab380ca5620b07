from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnedPolicy")


@_attrs_define
class LearnedPolicy:
    """
    Attributes:
        backend (str):
        candidates (list[str]):
        default_target (str):
        name (str):
    """

    backend: str
    candidates: list[str]
    default_target: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backend = self.backend

        candidates = self.candidates

        default_target = self.default_target

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backend": backend,
                "candidates": candidates,
                "default_target": default_target,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backend = d.pop("backend")

        candidates = cast(list[str], d.pop("candidates"))

        default_target = d.pop("default_target")

        name = d.pop("name")

        learned_policy = cls(
            backend,
            candidates,
            default_target,
            name,
        )

        learned_policy.additional_properties = d
        return learned_policy

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
