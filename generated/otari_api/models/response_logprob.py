from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_top_logprob import ResponseTopLogprob


T = TypeVar("T", bound="ResponseLogprob")


@_attrs_define
class ResponseLogprob:
    """Log probability of one output token.

    Attributes:
        token (str):
        logprob (float): Natural log of the token probability.
        bytes_ (list[int] | None | Unset): UTF-8 bytes of the token.
        top_logprobs (list[ResponseTopLogprob] | None | Unset): Most likely alternatives at this position.
    """

    token: str
    logprob: float
    bytes_: list[int] | None | Unset = UNSET
    top_logprobs: list[ResponseTopLogprob] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        bytes_: list[int] | None | Unset
        if isinstance(self.bytes_, Unset):
            bytes_ = UNSET
        elif isinstance(self.bytes_, list):
            bytes_ = self.bytes_

        else:
            bytes_ = self.bytes_

        top_logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        elif isinstance(self.top_logprobs, list):
            top_logprobs = []
            for top_logprobs_type_0_item_data in self.top_logprobs:
                top_logprobs_type_0_item = top_logprobs_type_0_item_data.to_dict()
                top_logprobs.append(top_logprobs_type_0_item)

        else:
            top_logprobs = self.top_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        logprob = d.pop("logprob")

        bytes_ = d.pop("bytes", UNSET)
        if bytes_ is not None and bytes_ is not UNSET:

            def _parse_bytes_(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    bytes_type_0 = cast(list[int], data)

                    return bytes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            bytes_ = _parse_bytes_(bytes_)

        top_logprobs = d.pop("top_logprobs", UNSET)
        if top_logprobs is not None and top_logprobs is not UNSET:

            def _parse_top_logprobs(data: object) -> list[ResponseTopLogprob] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    top_logprobs_type_0 = []
                    _top_logprobs_type_0 = data
                    for top_logprobs_type_0_item_data in _top_logprobs_type_0:
                        top_logprobs_type_0_item = ResponseTopLogprob.from_dict(top_logprobs_type_0_item_data)

                        top_logprobs_type_0.append(top_logprobs_type_0_item)

                    return top_logprobs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ResponseTopLogprob] | None | Unset, data)

            top_logprobs = _parse_top_logprobs(top_logprobs)

        response_logprob = cls(
            token,
            logprob,
            bytes_,
            top_logprobs,
        )

        response_logprob.additional_properties = d
        return response_logprob

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
    def bytes(self) -> list[int] | None | Unset:
        """The ``bytes`` field (stored as ``bytes_``)."""
        return self.bytes_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.response_top_logprob import ResponseTopLogprob  # noqa: E402
