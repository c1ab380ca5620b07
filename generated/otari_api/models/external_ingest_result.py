from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_ingest_error import ExternalIngestError


T = TypeVar("T", bound="ExternalIngestResult")


@_attrs_define
class ExternalIngestResult:
    """
    Attributes:
        accepted (int | Unset):
        duplicate (int | Unset):
        errors (list[ExternalIngestError] | Unset):
        rejected (int | Unset):
    """

    accepted: int | Unset = UNSET
    duplicate: int | Unset = UNSET
    errors: list[ExternalIngestError] | Unset = UNSET
    rejected: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        duplicate = self.duplicate

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        rejected = self.rejected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if errors is not UNSET:
            field_dict["errors"] = errors
        if rejected is not UNSET:
            field_dict["rejected"] = rejected

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted", UNSET)

        duplicate = d.pop("duplicate", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ExternalIngestError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ExternalIngestError.from_dict(errors_item_data)

                errors.append(errors_item)

        rejected = d.pop("rejected", UNSET)

        external_ingest_result = cls(
            accepted,
            duplicate,
            errors,
            rejected,
        )

        external_ingest_result.additional_properties = d
        return external_ingest_result

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
from ..models.external_ingest_error import ExternalIngestError  # noqa: E402
