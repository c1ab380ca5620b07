from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_usage_input_token_details import TranscriptionUsageInputTokenDetails


T = TypeVar("T", bound="TranscriptionUsage")


@_attrs_define
class TranscriptionUsage:
    """Transcription billing: type tokens (token counts) or duration (seconds).

    Attributes:
        type_ (str): tokens or duration.
        input_tokens (int | None | Unset):
        input_token_details (None | TranscriptionUsageInputTokenDetails | Unset): Breakdown of input tokens.
        output_tokens (int | None | Unset):
        total_tokens (int | None | Unset):
        seconds (float | None | Unset): Billed audio seconds, for duration usage.
    """

    type_: str
    input_tokens: int | None | Unset = UNSET
    input_token_details: None | TranscriptionUsageInputTokenDetails | Unset = UNSET
    output_tokens: int | None | Unset = UNSET
    total_tokens: int | None | Unset = UNSET
    seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        input_tokens: int | None | Unset
        if isinstance(self.input_tokens, Unset):
            input_tokens = UNSET
        else:
            input_tokens = self.input_tokens

        input_token_details: dict[str, Any] | None | Unset
        if isinstance(self.input_token_details, Unset):
            input_token_details = UNSET
        elif isinstance(self.input_token_details, TranscriptionUsageInputTokenDetails):
            input_token_details = self.input_token_details.to_dict()
        else:
            input_token_details = self.input_token_details

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

        seconds: float | None | Unset
        if isinstance(self.seconds, Unset):
            seconds = UNSET
        else:
            seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        input_tokens = d.pop("input_tokens", UNSET)

        input_token_details = d.pop("input_token_details", UNSET)
        if input_token_details is not None and input_token_details is not UNSET:

            def _parse_input_token_details(data: object) -> None | TranscriptionUsageInputTokenDetails | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    input_token_details_type_0 = TranscriptionUsageInputTokenDetails.from_dict(data)

                    return input_token_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | TranscriptionUsageInputTokenDetails | Unset, data)

            input_token_details = _parse_input_token_details(input_token_details)

        output_tokens = d.pop("output_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        seconds = d.pop("seconds", UNSET)

        transcription_usage = cls(
            type_,
            input_tokens,
            input_token_details,
            output_tokens,
            total_tokens,
            seconds,
        )

        transcription_usage.additional_properties = d
        return transcription_usage

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
    def type(self) -> str:
        """The ``type`` field (stored as ``type_``)."""
        return self.type_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.transcription_usage_input_token_details import TranscriptionUsageInputTokenDetails  # noqa: E402
