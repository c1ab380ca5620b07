from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_cache_creation import MessageCacheCreation
    from ..models.message_server_tool_usage import MessageServerToolUsage


T = TypeVar("T", bound="MessageUsage")


@_attrs_define
class MessageUsage:
    """Token usage of a message.

    Attributes:
        input_tokens (int): Input tokens not read from or written to cache.
        output_tokens (int): Output tokens.
        cache_creation_input_tokens (int | None | Unset): Input tokens written to the prompt cache.
        cache_read_input_tokens (int | None | Unset): Input tokens read from the prompt cache.
        cache_creation (MessageCacheCreation | None | Unset): Cache writes by time-to-live.
        server_tool_use (MessageServerToolUsage | None | Unset): Server tool invocations.
        service_tier (None | str | Unset): standard, priority or batch.
    """

    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int | None | Unset = UNSET
    cache_read_input_tokens: int | None | Unset = UNSET
    cache_creation: MessageCacheCreation | None | Unset = UNSET
    server_tool_use: MessageServerToolUsage | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cache_creation_input_tokens: int | None | Unset
        if isinstance(self.cache_creation_input_tokens, Unset):
            cache_creation_input_tokens = UNSET
        else:
            cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens: int | None | Unset
        if isinstance(self.cache_read_input_tokens, Unset):
            cache_read_input_tokens = UNSET
        else:
            cache_read_input_tokens = self.cache_read_input_tokens

        cache_creation: dict[str, Any] | None | Unset
        if isinstance(self.cache_creation, Unset):
            cache_creation = UNSET
        elif isinstance(self.cache_creation, MessageCacheCreation):
            cache_creation = self.cache_creation.to_dict()
        else:
            cache_creation = self.cache_creation

        server_tool_use: dict[str, Any] | None | Unset
        if isinstance(self.server_tool_use, Unset):
            server_tool_use = UNSET
        elif isinstance(self.server_tool_use, MessageServerToolUsage):
            server_tool_use = self.server_tool_use.to_dict()
        else:
            server_tool_use = self.server_tool_use

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
            }
        )
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        cache_creation = d.pop("cache_creation", UNSET)
        if cache_creation is not None and cache_creation is not UNSET:

            def _parse_cache_creation(data: object) -> MessageCacheCreation | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    cache_creation_type_0 = MessageCacheCreation.from_dict(data)

                    return cache_creation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageCacheCreation | None | Unset, data)

            cache_creation = _parse_cache_creation(cache_creation)

        server_tool_use = d.pop("server_tool_use", UNSET)
        if server_tool_use is not None and server_tool_use is not UNSET:

            def _parse_server_tool_use(data: object) -> MessageServerToolUsage | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    server_tool_use_type_0 = MessageServerToolUsage.from_dict(data)

                    return server_tool_use_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageServerToolUsage | None | Unset, data)

            server_tool_use = _parse_server_tool_use(server_tool_use)

        service_tier = d.pop("service_tier", UNSET)

        message_usage = cls(
            input_tokens,
            output_tokens,
            cache_creation_input_tokens,
            cache_read_input_tokens,
            cache_creation,
            server_tool_use,
            service_tier,
        )

        message_usage.additional_properties = d
        return message_usage

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
from ..models.message_cache_creation import MessageCacheCreation  # noqa: E402
from ..models.message_server_tool_usage import MessageServerToolUsage  # noqa: E402
