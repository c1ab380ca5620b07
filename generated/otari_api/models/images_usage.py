from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails


T = TypeVar("T", bound="ImagesUsage")


@_attrs_define
class ImagesUsage:
    """Token usage of an image generation.

    Attributes:
        input_tokens (int | None | Unset):
        input_tokens_details (ImagesUsageInputTokensDetails | None | Unset): Breakdown of input tokens.
        output_tokens (int | None | Unset):
        total_tokens (int | None | Unset):
    """

    input_tokens: int | None | Unset = UNSET
    input_tokens_details: ImagesUsageInputTokensDetails | None | Unset = UNSET
    output_tokens: int | None | Unset = UNSET
    total_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens: int | None | Unset
        if isinstance(self.input_tokens, Unset):
            input_tokens = UNSET
        else:
            input_tokens = self.input_tokens

        input_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.input_tokens_details, Unset):
            input_tokens_details = UNSET
        elif isinstance(self.input_tokens_details, ImagesUsageInputTokensDetails):
            input_tokens_details = self.input_tokens_details.to_dict()
        else:
            input_tokens_details = self.input_tokens_details

        output_tokens: int | None | Unset
        if isinstance(self.output_tokens, Unset):
            output_tokens = UNSET
        else:
            output_tokens = self.output_tokens

        total_tokens: int | None | Unset
        if isinstance(self.total_tokens, Unset):
            total_tokens = UNSET
        else:
            total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if input_tokens_details is not UNSET:
            field_dict["input_tokens_details"] = input_tokens_details
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", UNSET)

        input_tokens_details = d.pop("input_tokens_details", UNSET)
        if input_tokens_details is not None and input_tokens_details is not UNSET:

            def _parse_input_tokens_details(data: object) -> ImagesUsageInputTokensDetails | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    input_tokens_details_type_0 = ImagesUsageInputTokensDetails.from_dict(data)

                    return input_tokens_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ImagesUsageInputTokensDetails | None | Unset, data)

            input_tokens_details = _parse_input_tokens_details(input_tokens_details)

        output_tokens = d.pop("output_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        images_usage = cls(
            input_tokens,
            input_tokens_details,
            output_tokens,
            total_tokens,
        )

        images_usage.additional_properties = d
        return images_usage

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


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails  # noqa: E402
