from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_annotation import ResponseAnnotation
    from ..models.response_logprob import ResponseLogprob


T = TypeVar("T", bound="ResponseOutputContent")


@_attrs_define
class ResponseOutputContent:
    """A content part: output_text, refusal, reasoning_text, summary_text, ...

    Attributes:
        type_ (str): Part kind: output_text, refusal, reasoning_text, ...
        text (None | str | Unset): Text, for text parts.
        annotations (list[ResponseAnnotation] | None | Unset): Citations and file references in the text.
        logprobs (list[ResponseLogprob] | None | Unset): Token log probabilities, when requested.
        refusal (None | str | Unset): Refusal text, for refusal parts.
    """

    type_: str
    text: None | str | Unset = UNSET
    annotations: list[ResponseAnnotation] | None | Unset = UNSET
    logprobs: list[ResponseLogprob] | None | Unset = UNSET
    refusal: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item = annotations_type_0_item_data.to_dict()
                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

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

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if refusal is not UNSET:
            field_dict["refusal"] = refusal

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        text = d.pop("text", UNSET)

        annotations = d.pop("annotations", UNSET)
        if annotations is not None and annotations is not UNSET:

            def _parse_annotations(data: object) -> list[ResponseAnnotation] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    annotations_type_0 = []
                    _annotations_type_0 = data
                    for annotations_type_0_item_data in _annotations_type_0:
                        annotations_type_0_item = ResponseAnnotation.from_dict(annotations_type_0_item_data)

                        annotations_type_0.append(annotations_type_0_item)

                    return annotations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ResponseAnnotation] | None | Unset, data)

            annotations = _parse_annotations(annotations)

        logprobs = d.pop("logprobs", UNSET)
        if logprobs is not None and logprobs is not UNSET:

            def _parse_logprobs(data: object) -> list[ResponseLogprob] | None | Unset:
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
                        logprobs_type_0_item = ResponseLogprob.from_dict(logprobs_type_0_item_data)

                        logprobs_type_0.append(logprobs_type_0_item)

                    return logprobs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ResponseLogprob] | None | Unset, data)

            logprobs = _parse_logprobs(logprobs)

        refusal = d.pop("refusal", UNSET)

        response_output_content = cls(
            type_,
            text,
            annotations,
            logprobs,
            refusal,
        )

        response_output_content.additional_properties = d
        return response_output_content

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
from ..models.response_annotation import ResponseAnnotation  # noqa: E402
from ..models.response_logprob import ResponseLogprob  # noqa: E402
