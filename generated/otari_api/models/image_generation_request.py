from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerationRequest")


@_attrs_define
class ImageGenerationRequest:
    """
    Attributes:
        model (str):
        prompt (str):
        n (int | None | Unset):
        quality (None | str | Unset):
        response_format (None | str | Unset):
        size (None | str | Unset):
        style (None | str | Unset):
        user (None | str | Unset):
    """

    model: str
    prompt: str
    n: int | None | Unset = UNSET
    quality: None | str | Unset = UNSET
    response_format: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    style: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        response_format: None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        else:
            response_format = self.response_format

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if n is not UNSET:
            field_dict["n"] = n
        if quality is not UNSET:
            field_dict["quality"] = quality
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if size is not UNSET:
            field_dict["size"] = size
        if style is not UNSET:
            field_dict["style"] = style
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        n = d.pop("n", UNSET)

        quality = d.pop("quality", UNSET)

        response_format = d.pop("response_format", UNSET)

        size = d.pop("size", UNSET)

        style = d.pop("style", UNSET)

        user = d.pop("user", UNSET)

        image_generation_request = cls(
            model,
            prompt,
            n,
            quality,
            response_format,
            size,
            style,
            user,
        )

        image_generation_request.additional_properties = d
        return image_generation_request

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


class ImageGenerationRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`ImageGenerationRequest`, as plain values."""

    model: Required[str]
    prompt: Required[str]
    n: int | None
    quality: str | None
    response_format: str | None
    size: str | None
    style: str | None
    user: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "model",
    "prompt",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "model": {"type": ["string"]},
    "n": {"type": ["integer", "null"]},
    "prompt": {"type": ["string"]},
    "quality": {"type": ["null", "string"]},
    "response_format": {"type": ["null", "string"]},
    "size": {"type": ["null", "string"]},
    "style": {"type": ["null", "string"]},
    "user": {"type": ["null", "string"]},
}
