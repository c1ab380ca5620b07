from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        completion_window (str | Unset):  Default: '24h'.
        metadata (Any | None | Unset):
    """

    model: str
    requests: list[BatchRequestItem]
    completion_window: str | Unset = "24h"
    metadata: Any | None | Unset = UNSET
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

        create_batch_request = cls(
            model,
            requests,
            completion_window,
            metadata,
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


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.batch_request_item import BatchRequestItem  # noqa: E402
