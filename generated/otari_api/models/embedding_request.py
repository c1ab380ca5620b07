from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingRequest")


@_attrs_define
class EmbeddingRequest:
    """
    Attributes:
        input_ (list[str] | str):
        model (str):
        dimensions (int | None | Unset):
        encoding_format (None | str | Unset):
        user (None | str | Unset):
    """

    input_: list[str] | str
    model: str
    dimensions: int | None | Unset = UNSET
    encoding_format: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        model = self.model

        dimensions: int | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = self.dimensions

        encoding_format: None | str | Unset
        if isinstance(self.encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = self.encoding_format

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
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_input_(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        input_ = _parse_input_(d.pop("input"))

        model = d.pop("model")

        dimensions = d.pop("dimensions", UNSET)

        encoding_format = d.pop("encoding_format", UNSET)

        user = d.pop("user", UNSET)

        embedding_request = cls(
            input_,
            model,
            dimensions,
            encoding_format,
            user,
        )

        embedding_request.additional_properties = d
        return embedding_request

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
    def input(self) -> list[str] | str:
        """The ``input`` field (stored as ``input_``)."""
        return self.input_


class EmbeddingRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`EmbeddingRequest`, as plain values."""

    input: Required[str | Sequence[str]]
    model: Required[str]
    dimensions: int | None
    encoding_format: str | None
    user: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "input",
    "model",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "dimensions": {"type": ["integer", "null"]},
    "encoding_format": {"type": ["null", "string"]},
    "input": {"type": ["array", "string"]},
    "model": {"type": ["string"]},
    "user": {"type": ["null", "string"]},
}
