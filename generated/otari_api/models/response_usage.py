from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_input_tokens_details import ResponseInputTokensDetails
    from ..models.response_output_tokens_details import ResponseOutputTokensDetails


T = TypeVar("T", bound="ResponseUsage")


@_attrs_define
class ResponseUsage:
    """Token usage in Responses-API shape (also used by batches).

    Attributes:
        input_tokens (int): Input tokens.
        output_tokens (int): Output tokens.
        total_tokens (int): Input plus output tokens.
        input_tokens_details (None | ResponseInputTokensDetails | Unset): Breakdown of input tokens.
        output_tokens_details (None | ResponseOutputTokensDetails | Unset): Breakdown of output tokens.
    """

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: None | ResponseInputTokensDetails | Unset = UNSET
    output_tokens_details: None | ResponseOutputTokensDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.input_tokens_details, Unset):
            input_tokens_details = UNSET
        elif isinstance(self.input_tokens_details, ResponseInputTokensDetails):
            input_tokens_details = self.input_tokens_details.to_dict()
        else:
            input_tokens_details = self.input_tokens_details

        output_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.output_tokens_details, Unset):
            output_tokens_details = UNSET
        elif isinstance(self.output_tokens_details, ResponseOutputTokensDetails):
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = self.output_tokens_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
            }
        )
        if input_tokens_details is not UNSET:
            field_dict["input_tokens_details"] = input_tokens_details
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        total_tokens = d.pop("total_tokens")

        input_tokens_details = d.pop("input_tokens_details", UNSET)
        if input_tokens_details is not None and input_tokens_details is not UNSET:

            def _parse_input_tokens_details(data: object) -> None | ResponseInputTokensDetails | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    input_tokens_details_type_0 = ResponseInputTokensDetails.from_dict(data)

                    return input_tokens_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseInputTokensDetails | Unset, data)

            input_tokens_details = _parse_input_tokens_details(input_tokens_details)

        output_tokens_details = d.pop("output_tokens_details", UNSET)
        if output_tokens_details is not None and output_tokens_details is not UNSET:

            def _parse_output_tokens_details(data: object) -> None | ResponseOutputTokensDetails | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_tokens_details_type_0 = ResponseOutputTokensDetails.from_dict(data)

                    return output_tokens_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseOutputTokensDetails | Unset, data)

            output_tokens_details = _parse_output_tokens_details(output_tokens_details)

        response_usage = cls(
            input_tokens,
            output_tokens,
            total_tokens,
            input_tokens_details,
            output_tokens_details,
        )

        response_usage.additional_properties = d
        return response_usage

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
from ..models.response_input_tokens_details import ResponseInputTokensDetails  # noqa: E402
from ..models.response_output_tokens_details import ResponseOutputTokensDetails  # noqa: E402
