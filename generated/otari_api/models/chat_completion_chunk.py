from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
    from ..models.completion_usage import CompletionUsage


T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """One server-sent event of a streamed chat completion.

    Attributes:
        id (str): Completion id, the same on every chunk.
        object_ (str): Always 'chat.completion.chunk'.
        created (int): Unix time (seconds) the completion was created.
        model (str): Model that produced the completion.
        choices (list[ChatCompletionChunkChoice]): Deltas per choice; empty on the final usage chunk.
        usage (CompletionUsage | None | Unset): Token counts; only on the last chunk when requested.
        system_fingerprint (None | str | Unset): Backend configuration fingerprint.
        service_tier (None | str | Unset): Processing tier used.
    """

    id: str
    object_: str
    created: int
    model: str
    choices: list[ChatCompletionChunkChoice]
    usage: CompletionUsage | None | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        usage = d.pop("usage", UNSET)
        if usage is not None and usage is not UNSET:

            def _parse_usage(data: object) -> CompletionUsage | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    usage_type_0 = CompletionUsage.from_dict(data)

                    return usage_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CompletionUsage | None | Unset, data)

            usage = _parse_usage(usage)

        system_fingerprint = d.pop("system_fingerprint", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        chat_completion_chunk = cls(
            id,
            object_,
            created,
            model,
            choices,
            usage,
            system_fingerprint,
            service_tier,
        )

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk

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
    def object(self) -> str:
        """The ``object`` field (stored as ``object_``)."""
        return self.object_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
