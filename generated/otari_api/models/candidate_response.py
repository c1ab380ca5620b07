from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CandidateResponse")


@_attrs_define
class CandidateResponse:
    """
    Attributes:
        dispatch_model (str):
        instance (str):
        model (str):
        position (int):
        selection_reason (str):
    """

    dispatch_model: str
    instance: str
    model: str
    position: int
    selection_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dispatch_model = self.dispatch_model

        instance = self.instance

        model = self.model

        position = self.position

        selection_reason = self.selection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dispatch_model": dispatch_model,
                "instance": instance,
                "model": model,
                "position": position,
                "selection_reason": selection_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dispatch_model = d.pop("dispatch_model")

        instance = d.pop("instance")

        model = d.pop("model")

        position = d.pop("position")

        selection_reason = d.pop("selection_reason")

        candidate_response = cls(
            dispatch_model,
            instance,
            model,
            position,
            selection_reason,
        )

        candidate_response.additional_properties = d
        return candidate_response

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
