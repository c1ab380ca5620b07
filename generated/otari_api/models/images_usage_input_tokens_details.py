from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagesUsageInputTokensDetails")


@_attrs_define
class ImagesUsageInputTokensDetails:
    """Breakdown of image-generation input tokens.

    Attributes:
        image_tokens (int | None | Unset):
        text_tokens (int | None | Unset):
    """

    image_tokens: int | None | Unset = UNSET
    text_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_tokens: int | None | Unset
        if isinstance(self.image_tokens, Unset):
            image_tokens = UNSET
        else:
            image_tokens = self.image_tokens

        text_tokens: int | None | Unset
        if isinstance(self.text_tokens, Unset):
            text_tokens = UNSET
        else:
            text_tokens = self.text_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_tokens = d.pop("image_tokens", UNSET)

        text_tokens = d.pop("text_tokens", UNSET)

        images_usage_input_tokens_details = cls(
            image_tokens,
            text_tokens,
        )

        images_usage_input_tokens_details.additional_properties = d
        return images_usage_input_tokens_details

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
