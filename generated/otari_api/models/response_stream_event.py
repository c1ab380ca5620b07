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
    from ..models.response_object import ResponseObject
    from ..models.response_output_content import ResponseOutputContent
    from ..models.response_output_item import ResponseOutputItem


T = TypeVar("T", bound="ResponseStreamEvent")


@_attrs_define
class ResponseStreamEvent:
    """One server-sent event of a streamed response; the fields present depend on type.

    Attributes:
        type_ (str): Event kind: response.created, response.output_item.added, response.output_text.delta,
            response.completed, error, ...
        sequence_number (int | None | Unset): Position of the event in the stream.
        response (None | ResponseObject | Unset): Response snapshot, for response.* lifecycle events.
        output_index (int | None | Unset): Index of the output item the event is about.
        item_id (None | str | Unset): Id of the output item the event is about.
        content_index (int | None | Unset): Index of the content part the event is about.
        summary_index (int | None | Unset): Index of the reasoning summary part.
        item (None | ResponseOutputItem | Unset): The item, for output_item.added/done.
        part (None | ResponseOutputContent | Unset): The part, for content_part.added/done and reasoning_summary_part.*.
        delta (None | str | Unset): Next piece of text or arguments, for *.delta events.
        text (None | str | Unset): Full text, for *.done text events.
        arguments (None | str | Unset): Full arguments, for function_call_arguments.done.
        name (None | str | Unset): Function name, for function_call_arguments.done.
        refusal (None | str | Unset): Full refusal, for refusal.done.
        annotation (None | ResponseAnnotation | Unset): New annotation, for output_text.annotation.added.
        annotation_index (int | None | Unset): Index of the new annotation.
        logprobs (list[ResponseLogprob] | None | Unset): Token log probabilities of the delta.
        code (None | str | Unset): Error code, for error events.
        message (None | str | Unset): Error message, for error events.
        param (None | str | Unset): Offending parameter, for error events.
    """

    type_: str
    sequence_number: int | None | Unset = UNSET
    response: None | ResponseObject | Unset = UNSET
    output_index: int | None | Unset = UNSET
    item_id: None | str | Unset = UNSET
    content_index: int | None | Unset = UNSET
    summary_index: int | None | Unset = UNSET
    item: None | ResponseOutputItem | Unset = UNSET
    part: None | ResponseOutputContent | Unset = UNSET
    delta: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    arguments: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    annotation: None | ResponseAnnotation | Unset = UNSET
    annotation_index: int | None | Unset = UNSET
    logprobs: list[ResponseLogprob] | None | Unset = UNSET
    code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, ResponseObject):
            response = self.response.to_dict()
        else:
            response = self.response

        output_index: int | None | Unset
        if isinstance(self.output_index, Unset):
            output_index = UNSET
        else:
            output_index = self.output_index

        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        content_index: int | None | Unset
        if isinstance(self.content_index, Unset):
            content_index = UNSET
        else:
            content_index = self.content_index

        summary_index: int | None | Unset
        if isinstance(self.summary_index, Unset):
            summary_index = UNSET
        else:
            summary_index = self.summary_index

        item: dict[str, Any] | None | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        elif isinstance(self.item, ResponseOutputItem):
            item = self.item.to_dict()
        else:
            item = self.item

        part: dict[str, Any] | None | Unset
        if isinstance(self.part, Unset):
            part = UNSET
        elif isinstance(self.part, ResponseOutputContent):
            part = self.part.to_dict()
        else:
            part = self.part

        delta: None | str | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        else:
            delta = self.delta

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        arguments: None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        else:
            arguments = self.arguments

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        annotation: dict[str, Any] | None | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        elif isinstance(self.annotation, ResponseAnnotation):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation

        annotation_index: int | None | Unset
        if isinstance(self.annotation_index, Unset):
            annotation_index = UNSET
        else:
            annotation_index = self.annotation_index

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

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if response is not UNSET:
            field_dict["response"] = response
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if summary_index is not UNSET:
            field_dict["summary_index"] = summary_index
        if item is not UNSET:
            field_dict["item"] = item
        if part is not UNSET:
            field_dict["part"] = part
        if delta is not UNSET:
            field_dict["delta"] = delta
        if text is not UNSET:
            field_dict["text"] = text
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if name is not UNSET:
            field_dict["name"] = name
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if annotation_index is not UNSET:
            field_dict["annotation_index"] = annotation_index
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        sequence_number = d.pop("sequence_number", UNSET)

        response = d.pop("response", UNSET)
        if response is not None and response is not UNSET:

            def _parse_response(data: object) -> None | ResponseObject | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_type_0 = ResponseObject.from_dict(data)

                    return response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseObject | Unset, data)

            response = _parse_response(response)

        output_index = d.pop("output_index", UNSET)

        item_id = d.pop("item_id", UNSET)

        content_index = d.pop("content_index", UNSET)

        summary_index = d.pop("summary_index", UNSET)

        item = d.pop("item", UNSET)
        if item is not None and item is not UNSET:

            def _parse_item(data: object) -> None | ResponseOutputItem | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    item_type_0 = ResponseOutputItem.from_dict(data)

                    return item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseOutputItem | Unset, data)

            item = _parse_item(item)

        part = d.pop("part", UNSET)
        if part is not None and part is not UNSET:

            def _parse_part(data: object) -> None | ResponseOutputContent | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    part_type_0 = ResponseOutputContent.from_dict(data)

                    return part_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseOutputContent | Unset, data)

            part = _parse_part(part)

        delta = d.pop("delta", UNSET)

        text = d.pop("text", UNSET)

        arguments = d.pop("arguments", UNSET)

        name = d.pop("name", UNSET)

        refusal = d.pop("refusal", UNSET)

        annotation = d.pop("annotation", UNSET)
        if annotation is not None and annotation is not UNSET:

            def _parse_annotation(data: object) -> None | ResponseAnnotation | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    annotation_type_0 = ResponseAnnotation.from_dict(data)

                    return annotation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseAnnotation | Unset, data)

            annotation = _parse_annotation(annotation)

        annotation_index = d.pop("annotation_index", UNSET)

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

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        param = d.pop("param", UNSET)

        response_stream_event = cls(
            type_,
            sequence_number,
            response,
            output_index,
            item_id,
            content_index,
            summary_index,
            item,
            part,
            delta,
            text,
            arguments,
            name,
            refusal,
            annotation,
            annotation_index,
            logprobs,
            code,
            message,
            param,
        )

        response_stream_event.additional_properties = d
        return response_stream_event

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
from ..models.response_object import ResponseObject  # noqa: E402
from ..models.response_output_content import ResponseOutputContent  # noqa: E402
from ..models.response_output_item import ResponseOutputItem  # noqa: E402
