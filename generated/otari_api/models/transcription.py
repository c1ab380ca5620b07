from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_logprob import TranscriptionLogprob
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.transcription_usage import TranscriptionUsage
    from ..models.transcription_word import TranscriptionWord


T = TypeVar("T", bound="Transcription")


@_attrs_define
class Transcription:
    """Transcribed text; verbose_json adds language, duration, words and segments.

    Attributes:
        text (str): The transcribed text.
        task (None | str | Unset): Always 'transcribe' in verbose output.
        language (None | str | Unset): Detected or given language.
        duration (float | None | Unset): Audio length in seconds.
        words (list[TranscriptionWord] | None | Unset): Word timestamps, when requested.
        segments (list[TranscriptionSegment] | None | Unset): Segment details, when requested.
        logprobs (list[TranscriptionLogprob] | None | Unset): Token log probabilities, when requested.
        usage (None | TranscriptionUsage | Unset): Billing usage: tokens or seconds.
    """

    text: str
    task: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    words: list[TranscriptionWord] | None | Unset = UNSET
    segments: list[TranscriptionSegment] | None | Unset = UNSET
    logprobs: list[TranscriptionLogprob] | None | Unset = UNSET
    usage: None | TranscriptionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        task: None | str | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        else:
            task = self.task

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        words: list[dict[str, Any]] | None | Unset
        if isinstance(self.words, Unset):
            words = UNSET
        elif isinstance(self.words, list):
            words = []
            for words_type_0_item_data in self.words:
                words_type_0_item = words_type_0_item_data.to_dict()
                words.append(words_type_0_item)

        else:
            words = self.words

        segments: list[dict[str, Any]] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, list):
            segments = []
            for segments_type_0_item_data in self.segments:
                segments_type_0_item = segments_type_0_item_data.to_dict()
                segments.append(segments_type_0_item)

        else:
            segments = self.segments

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TranscriptionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if task is not UNSET:
            field_dict["task"] = task
        if language is not UNSET:
            field_dict["language"] = language
        if duration is not UNSET:
            field_dict["duration"] = duration
        if words is not UNSET:
            field_dict["words"] = words
        if segments is not UNSET:
            field_dict["segments"] = segments
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        task = d.pop("task", UNSET)

        language = d.pop("language", UNSET)

        duration = d.pop("duration", UNSET)

        words = d.pop("words", UNSET)
        if words is not None and words is not UNSET:

            def _parse_words(data: object) -> list[TranscriptionWord] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    words_type_0 = []
                    _words_type_0 = data
                    for words_type_0_item_data in _words_type_0:
                        words_type_0_item = TranscriptionWord.from_dict(words_type_0_item_data)

                        words_type_0.append(words_type_0_item)

                    return words_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[TranscriptionWord] | None | Unset, data)

            words = _parse_words(words)

        segments = d.pop("segments", UNSET)
        if segments is not None and segments is not UNSET:

            def _parse_segments(data: object) -> list[TranscriptionSegment] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    segments_type_0 = []
                    _segments_type_0 = data
                    for segments_type_0_item_data in _segments_type_0:
                        segments_type_0_item = TranscriptionSegment.from_dict(segments_type_0_item_data)

                        segments_type_0.append(segments_type_0_item)

                    return segments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[TranscriptionSegment] | None | Unset, data)

            segments = _parse_segments(segments)

        logprobs = d.pop("logprobs", UNSET)
        if logprobs is not None and logprobs is not UNSET:

            def _parse_logprobs(data: object) -> list[TranscriptionLogprob] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    logprobs_type_0 = []
                    _logprobs_type_0 = data
                    for logprobs_type_0_item_data in _logprobs_type_0:
                        logprobs_type_0_item = TranscriptionLogprob.from_dict(logprobs_type_0_item_data)

                        logprobs_type_0.append(logprobs_type_0_item)

                    return logprobs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[TranscriptionLogprob] | None | Unset, data)

            logprobs = _parse_logprobs(logprobs)

        usage = d.pop("usage", UNSET)
        if usage is not None and usage is not UNSET:

            def _parse_usage(data: object) -> None | TranscriptionUsage | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    usage_type_0 = TranscriptionUsage.from_dict(data)

                    return usage_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | TranscriptionUsage | Unset, data)

            usage = _parse_usage(usage)

        transcription = cls(
            text,
            task,
            language,
            duration,
            words,
            segments,
            logprobs,
            usage,
        )

        transcription.additional_properties = d
        return transcription

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
from ..models.transcription_logprob import TranscriptionLogprob  # noqa: E402
from ..models.transcription_segment import TranscriptionSegment  # noqa: E402
from ..models.transcription_usage import TranscriptionUsage  # noqa: E402
from ..models.transcription_word import TranscriptionWord  # noqa: E402
