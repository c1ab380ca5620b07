from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationRequest")


@_attrs_define
class ModerationRequest:
    """
    Attributes:
        input_ (list[Any] | list[str] | str):
        model (str):
        user (None | str | Unset):
    """

    input_: list[Any] | list[str] | str
    model: str
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[Any] | list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        model = self.model

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
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_input_(data: object) -> list[Any] | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_2 = cast(list[Any], data)

                return input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | list[str] | str, data)

        input_ = _parse_input_(d.pop("input"))

        model = d.pop("model")

        user = d.pop("user", UNSET)

        moderation_request = cls(
            input_,
            model,
            user,
        )

        moderation_request.additional_properties = d
        return moderation_request

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
    def input(self) -> list[Any] | list[str] | str:
        """The ``input`` field (stored as ``input_``)."""
        return self.input_


class ModerationRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`ModerationRequest`, as plain values."""

    input: Required[str | Sequence[str] | Sequence[Any]]
    model: Required[str]
    user: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "input",
    "model",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "input": {"type": ["array", "string"]},
    "model": {"type": ["string"]},
    "user": {"type": ["null", "string"]},
}
