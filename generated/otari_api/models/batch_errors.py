from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_error import BatchError


T = TypeVar("T", bound="BatchErrors")


@_attrs_define
class BatchErrors:
    """List of batch-level errors.

    Attributes:
        object_ (None | str | Unset): Always 'list'.
        data (list[BatchError] | None | Unset): The errors.
    """

    object_: None | str | Unset = UNSET
    data: list[BatchError] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        data = d.pop("data", UNSET)
        if data is not None and data is not UNSET:

            def _parse_data(data: object) -> list[BatchError] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    data_type_0 = []
                    _data_type_0 = data
                    for data_type_0_item_data in _data_type_0:
                        data_type_0_item = BatchError.from_dict(data_type_0_item_data)

                        data_type_0.append(data_type_0_item)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[BatchError] | None | Unset, data)

            data = _parse_data(data)

        batch_errors = cls(
            object_,
            data,
        )

        batch_errors.additional_properties = d
        return batch_errors

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
    def object(self) -> None | str | Unset:
        """The ``object`` field (stored as ``object_``)."""
        return self.object_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.batch_error import BatchError  # noqa: E402
