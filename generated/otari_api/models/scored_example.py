from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoredExample")


@_attrs_define
class ScoredExample:
    """
    Attributes:
        prompt (str):
        scores (Any): Any JSON object, passed through as a plain dict.
        label_source (str | Unset):
        task_id (None | str | Unset):
    """

    prompt: str
    scores: Any
    label_source: str | Unset = UNSET
    task_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        scores = self.scores

        label_source = self.label_source

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "scores": scores,
            }
        )
        if label_source is not UNSET:
            field_dict["label_source"] = label_source
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        scores = d.pop("scores")

        label_source = d.pop("label_source", UNSET)

        task_id = d.pop("task_id", UNSET)

        scored_example = cls(
            prompt,
            scores,
            label_source,
            task_id,
        )

        scored_example.additional_properties = d
        return scored_example

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
