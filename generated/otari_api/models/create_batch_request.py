from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_request_item import BatchRequestItem


T = TypeVar("T", bound="CreateBatchRequest")


@_attrs_define
class CreateBatchRequest:
    """
    Attributes:
        model (str):
        requests (list[BatchRequestItem]):
        completion_window (str | Unset):
        metadata (Any | None | Unset):
        user (None | str | Unset):
    """

    model: str
    requests: list[BatchRequestItem]
    completion_window: str | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        completion_window = self.completion_window

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "requests": requests,
            }
        )
        if completion_window is not UNSET:
            field_dict["completion_window"] = completion_window
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = BatchRequestItem.from_dict(requests_item_data)

            requests.append(requests_item)

        completion_window = d.pop("completion_window", UNSET)

        metadata = d.pop("metadata", UNSET)

        user = d.pop("user", UNSET)

        create_batch_request = cls(
            model,
            requests,
            completion_window,
            metadata,
            user,
        )

        create_batch_request.additional_properties = d
        return create_batch_request

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


class CreateBatchRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`CreateBatchRequest`, as plain values."""

    model: Required[str]
    requests: Required[Sequence[Mapping[str, Any] | BatchRequestItem]]
    completion_window: str | None
    metadata: Any
    user: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "model",
    "requests",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "completion_window": {"type": ["string"]},
    "metadata": {"type": ["null", "object"]},
    "model": {"type": ["string"]},
    "requests": {"maxItems": 10000, "minItems": 1, "type": ["array"]},
    "user": {"type": ["null", "string"]},
}


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.batch_request_item import BatchRequestItem  # noqa: E402
