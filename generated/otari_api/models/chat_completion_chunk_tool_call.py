from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_function import ChatCompletionChunkFunction


T = TypeVar("T", bound="ChatCompletionChunkToolCall")


@_attrs_define
class ChatCompletionChunkToolCall:
    """A fragment of a tool call; fragments with the same index concatenate.

    Attributes:
        index (int): Which tool call of the message this fragment extends.
        id (None | str | Unset): Tool call id, on the first fragment.
        type_ (None | str | Unset): Tool type, on the first fragment.
        function (ChatCompletionChunkFunction | None | Unset): Name and/or arguments fragment.
    """

    index: int
    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    function: ChatCompletionChunkFunction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        function: dict[str, Any] | None | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        elif isinstance(self.function, ChatCompletionChunkFunction):
            function = self.function.to_dict()
        else:
            function = self.function

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        function = d.pop("function", UNSET)
        if function is not None and function is not UNSET:

            def _parse_function(data: object) -> ChatCompletionChunkFunction | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    function_type_0 = ChatCompletionChunkFunction.from_dict(data)

                    return function_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatCompletionChunkFunction | None | Unset, data)

            function = _parse_function(function)

        chat_completion_chunk_tool_call = cls(
            index,
            id,
            type_,
            function,
        )

        chat_completion_chunk_tool_call.additional_properties = d
        return chat_completion_chunk_tool_call

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
    def type(self) -> None | str | Unset:
        """The ``type`` field (stored as ``type_``)."""
        return self.type_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.chat_completion_chunk_function import ChatCompletionChunkFunction  # noqa: E402
