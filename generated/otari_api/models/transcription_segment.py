from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionSegment")


@_attrs_define
class TranscriptionSegment:
    """One transcribed segment with decoding statistics.

    Attributes:
        id (int):
        start (float): Start time in seconds.
        end (float): End time in seconds.
        text (str):
        seek (int | None | Unset): Seek offset of the segment.
        tokens (list[int] | None | Unset): Token ids of the text.
        temperature (float | None | Unset): Sampling temperature used.
        avg_logprob (float | None | Unset): Average token log probability.
        compression_ratio (float | None | Unset): Text compression ratio.
        no_speech_prob (float | None | Unset): Probability the segment is silence.
    """

    id: int
    start: float
    end: float
    text: str
    seek: int | None | Unset = UNSET
    tokens: list[int] | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    avg_logprob: float | None | Unset = UNSET
    compression_ratio: float | None | Unset = UNSET
    no_speech_prob: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start = self.start

        end = self.end

        text = self.text

        seek: int | None | Unset
        if isinstance(self.seek, Unset):
            seek = UNSET
        else:
            seek = self.seek

        tokens: list[int] | None | Unset
        if isinstance(self.tokens, Unset):
            tokens = UNSET
        elif isinstance(self.tokens, list):
            tokens = self.tokens

        else:
            tokens = self.tokens

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        avg_logprob: float | None | Unset
        if isinstance(self.avg_logprob, Unset):
            avg_logprob = UNSET
        else:
            avg_logprob = self.avg_logprob

        compression_ratio: float | None | Unset
        if isinstance(self.compression_ratio, Unset):
            compression_ratio = UNSET
        else:
            compression_ratio = self.compression_ratio

        no_speech_prob: float | None | Unset
        if isinstance(self.no_speech_prob, Unset):
            no_speech_prob = UNSET
        else:
            no_speech_prob = self.no_speech_prob

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "start": start,
                "end": end,
                "text": text,
            }
        )
        if seek is not UNSET:
            field_dict["seek"] = seek
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if avg_logprob is not UNSET:
            field_dict["avg_logprob"] = avg_logprob
        if compression_ratio is not UNSET:
            field_dict["compression_ratio"] = compression_ratio
        if no_speech_prob is not UNSET:
            field_dict["no_speech_prob"] = no_speech_prob

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        start = d.pop("start")

        end = d.pop("end")

        text = d.pop("text")

        seek = d.pop("seek", UNSET)

        tokens = d.pop("tokens", UNSET)
        if tokens is not None and tokens is not UNSET:

            def _parse_tokens(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tokens_type_0 = cast(list[int], data)

                    return tokens_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            tokens = _parse_tokens(tokens)

        temperature = d.pop("temperature", UNSET)

        avg_logprob = d.pop("avg_logprob", UNSET)

        compression_ratio = d.pop("compression_ratio", UNSET)

        no_speech_prob = d.pop("no_speech_prob", UNSET)

        transcription_segment = cls(
            id,
            start,
            end,
            text,
            seek,
            tokens,
            temperature,
            avg_logprob,
            compression_ratio,
            no_speech_prob,
        )

        transcription_segment.additional_properties = d
        return transcription_segment

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
