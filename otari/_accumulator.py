"""Rebuild a whole :class:`ChatCompletion` from the chunks of a stream."""

from __future__ import annotations

from typing import Any

from otari_api.models.chat_completion import ChatCompletion
from otari_api.models.chat_completion_chunk import ChatCompletionChunk
from otari_api.types import Unset


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


class ChatCompletionAccumulator:
    """Collects streamed chat chunks into the completion they add up to.

    Feed it every chunk with :meth:`add` (it returns the chunk, so it fits in a
    loop that also prints), then call :meth:`completion`. Content and refusal
    deltas are joined, tool calls are assembled by ``index`` (their ``arguments``
    joined), and the last ``finish_reason`` and ``usage`` seen win.
    """

    def __init__(self) -> None:
        self._id = ""
        self._model = ""
        self._created = 0
        self._extra: dict[str, Any] = {}
        self._choices: dict[int, dict[str, Any]] = {}
        self._usage: Any = None

    def add(self, chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        self._id = self._id or chunk.id
        self._model = self._model or chunk.model
        self._created = self._created or chunk.created
        for key in ("system_fingerprint", "service_tier"):
            value = _value(getattr(chunk, key, None))
            if value is not None:
                self._extra[key] = value
        usage = _value(chunk.usage)
        if usage is not None:
            self._usage = usage.to_dict()
        for choice in chunk.choices:
            state = self._choices.setdefault(
                choice.index, {"content": [], "refusal": [], "role": "assistant", "tools": {}, "finish": None}
            )
            finish = _value(choice.finish_reason)
            if finish is not None:
                state["finish"] = finish
            delta = choice.delta
            if _value(delta.role):
                state["role"] = delta.role
            if _value(delta.content):
                state["content"].append(delta.content)
            if _value(delta.refusal):
                state["refusal"].append(delta.refusal)
            for call in _value(delta.tool_calls) or ():
                tool = state["tools"].setdefault(call.index, {"id": None, "type": "function", "name": [], "args": []})
                if _value(call.id):
                    tool["id"] = call.id
                if _value(call.type_):
                    tool["type"] = call.type_
                function = _value(call.function)
                if function is not None:
                    if _value(function.name):
                        tool["name"].append(function.name)
                    if _value(function.arguments):
                        tool["args"].append(function.arguments)
        return chunk

    def completion(self) -> ChatCompletion:
        """The completion the chunks so far add up to."""
        choices = []
        for index in sorted(self._choices):
            state = self._choices[index]
            message: dict[str, Any] = {
                "role": state["role"],
                "content": "".join(state["content"]) if state["content"] else None,
            }
            if state["refusal"]:
                message["refusal"] = "".join(state["refusal"])
            if state["tools"]:
                message["tool_calls"] = [
                    {
                        "id": tool["id"] or "",
                        "type": tool["type"],
                        "function": {"name": "".join(tool["name"]), "arguments": "".join(tool["args"])},
                    }
                    for _, tool in sorted(state["tools"].items())
                ]
            choices.append({"index": index, "message": message, "finish_reason": state["finish"]})
        data: dict[str, Any] = {
            "id": self._id,
            "object": "chat.completion",
            "created": self._created,
            "model": self._model,
            "choices": choices,
            **self._extra,
        }
        if self._usage is not None:
            data["usage"] = self._usage
        return ChatCompletion.from_dict(data)
