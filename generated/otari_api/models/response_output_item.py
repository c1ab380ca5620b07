from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_output_content import ResponseOutputContent
    from ..models.response_summary_part import ResponseSummaryPart


T = TypeVar("T", bound="ResponseOutputItem")


@_attrs_define
class ResponseOutputItem:
    """One output item; the fields present depend on type (message, function_call, reasoning, web_search_call, ...).

    Attributes:
        type_ (str): Item kind: message, function_call, reasoning, web_search_call, file_search_call, custom_tool_call,
            mcp_call, image_generation_call, ...
        id (None | str | Unset): Item id.
        status (None | str | Unset): in_progress, completed, incomplete, searching, failed, ...
        role (None | str | Unset): Author role, for message items.
        content (list[ResponseOutputContent] | None | Unset): Content parts, for message (and reasoning) items.
        call_id (None | str | Unset): Id tying a tool call to its output.
        name (None | str | Unset): Tool or function name.
        arguments (None | str | Unset): Tool arguments as a JSON string.
        input_ (Any | None | str | Unset): Tool input, for custom tool calls.
        output (list[Any] | None | str | Unset): Tool output, for items that carry one.
        summary (list[ResponseSummaryPart] | None | Unset): Reasoning summary parts, for reasoning items.
        encrypted_content (None | str | Unset): Opaque reasoning state to pass back in later turns.
        action (Any | None | Unset): Action taken, for web search and computer calls.
        queries (list[str] | None | Unset): Search queries, for file search calls.
        results (list[Any] | None | Unset): Search results, for file search calls.
        result (None | str | Unset): Base64 image, for image generation calls.
        server_label (None | str | Unset): MCP server label, for MCP items.
        error (Any | None | str | Unset): Error of a failed tool call.
    """

    type_: str
    id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    content: list[ResponseOutputContent] | None | Unset = UNSET
    call_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    arguments: None | str | Unset = UNSET
    input_: Any | None | str | Unset = UNSET
    output: list[Any] | None | str | Unset = UNSET
    summary: list[ResponseSummaryPart] | None | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    action: Any | None | Unset = UNSET
    queries: list[str] | None | Unset = UNSET
    results: list[Any] | None | Unset = UNSET
    result: None | str | Unset = UNSET
    server_label: None | str | Unset = UNSET
    error: Any | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        arguments: None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        else:
            arguments = self.arguments

        input_: Any | None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_

        output: list[Any] | None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = self.output

        else:
            output = self.output

        summary: list[dict[str, Any]] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, list):
            summary = []
            for summary_type_0_item_data in self.summary:
                summary_type_0_item = summary_type_0_item_data.to_dict()
                summary.append(summary_type_0_item)

        else:
            summary = self.summary

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        action: Any | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        queries: list[str] | None | Unset
        if isinstance(self.queries, Unset):
            queries = UNSET
        elif isinstance(self.queries, list):
            queries = self.queries

        else:
            queries = self.queries

        results: list[Any] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = self.results

        else:
            results = self.results

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        server_label: None | str | Unset
        if isinstance(self.server_label, Unset):
            server_label = UNSET
        else:
            server_label = self.server_label

        error: Any | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if summary is not UNSET:
            field_dict["summary"] = summary
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if action is not UNSET:
            field_dict["action"] = action
        if queries is not UNSET:
            field_dict["queries"] = queries
        if results is not UNSET:
            field_dict["results"] = results
        if result is not UNSET:
            field_dict["result"] = result
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        role = d.pop("role", UNSET)

        content = d.pop("content", UNSET)
        if content is not None and content is not UNSET:

            def _parse_content(data: object) -> list[ResponseOutputContent] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:
                        content_type_0_item = ResponseOutputContent.from_dict(content_type_0_item_data)

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ResponseOutputContent] | None | Unset, data)

            content = _parse_content(content)

        call_id = d.pop("call_id", UNSET)

        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        input_ = d.pop("input", UNSET)

        output = d.pop("output", UNSET)
        if output is not None and output is not UNSET:

            def _parse_output(data: object) -> list[Any] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    output_type_1 = cast(list[Any], data)

                    return output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Any] | None | str | Unset, data)

            output = _parse_output(output)

        summary = d.pop("summary", UNSET)
        if summary is not None and summary is not UNSET:

            def _parse_summary(data: object) -> list[ResponseSummaryPart] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    summary_type_0 = []
                    _summary_type_0 = data
                    for summary_type_0_item_data in _summary_type_0:
                        summary_type_0_item = ResponseSummaryPart.from_dict(summary_type_0_item_data)

                        summary_type_0.append(summary_type_0_item)

                    return summary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ResponseSummaryPart] | None | Unset, data)

            summary = _parse_summary(summary)

        encrypted_content = d.pop("encrypted_content", UNSET)

        action = d.pop("action", UNSET)

        queries = d.pop("queries", UNSET)
        if queries is not None and queries is not UNSET:

            def _parse_queries(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    queries_type_0 = cast(list[str], data)

                    return queries_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            queries = _parse_queries(queries)

        results = d.pop("results", UNSET)
        if results is not None and results is not UNSET:

            def _parse_results(data: object) -> list[Any] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    results_type_0 = cast(list[Any], data)

                    return results_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Any] | None | Unset, data)

            results = _parse_results(results)

        result = d.pop("result", UNSET)

        server_label = d.pop("server_label", UNSET)

        error = d.pop("error", UNSET)

        response_output_item = cls(
            type_,
            id,
            status,
            role,
            content,
            call_id,
            name,
            arguments,
            input_,
            output,
            summary,
            encrypted_content,
            action,
            queries,
            results,
            result,
            server_label,
            error,
        )

        response_output_item.additional_properties = d
        return response_output_item

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

    @property
    def input(self) -> Any | None | str | Unset:
        """The ``input`` field (stored as ``input_``)."""
        return self.input_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.response_output_content import ResponseOutputContent  # noqa: E402
from ..models.response_summary_part import ResponseSummaryPart  # noqa: E402
