from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall


T = TypeVar("T", bound="ChatCompletionMessageToolCall")


@_attrs_define
class ChatCompletionMessageToolCall:
    """A tool call made by the model.

    Attributes:
        id (str): Tool call id, echoed back in the tool result message.
        type_ (str): Tool type, normally 'function'.
        function (ChatCompletionFunctionCall): Function name and JSON-encoded arguments.
        custom (Any | None | Unset): Custom tool call payload (name, input), for type 'custom'.
    """

    id: str
    type_: str
    function: ChatCompletionFunctionCall
    custom: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        function = self.function.to_dict()

        custom: Any | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        else:
            custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "function": function,
            }
        )
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        function = ChatCompletionFunctionCall.from_dict(d.pop("function"))

        custom = d.pop("custom", UNSET)

        chat_completion_message_tool_call = cls(
            id,
            type_,
            function,
            custom,
        )

        chat_completion_message_tool_call.additional_properties = d
        return chat_completion_message_tool_call

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
from ..models.chat_completion_function_call import ChatCompletionFunctionCall  # noqa: E402
