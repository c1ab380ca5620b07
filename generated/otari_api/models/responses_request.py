from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesRequest")


@_attrs_define
class ResponsesRequest:
    """
    Attributes:
        input_ (Any):
        model (str):
        stream (bool | Unset):  Default: False.
        user (None | str | Unset):
    """

    input_: Any
    model: str
    stream: bool | Unset = False
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        model = self.model

        stream = self.stream

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")

        model = d.pop("model")

        stream = d.pop("stream", UNSET)

        user = d.pop("user", UNSET)

        responses_request = cls(
            input_,
            model,
            stream,
            user,
        )

        responses_request.additional_properties = d
        return responses_request

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
    def input(self) -> Any:
        """The ``input`` field (stored as ``input_``)."""
        return self.input_
