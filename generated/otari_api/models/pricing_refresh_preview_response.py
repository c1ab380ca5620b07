from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pricing_refresh_change_response import PricingRefreshChangeResponse


T = TypeVar("T", bound="PricingRefreshPreviewResponse")


@_attrs_define
class PricingRefreshPreviewResponse:
    """
    Attributes:
        added_count (int):
        changed_count (int):
        changes (list[PricingRefreshChangeResponse]):
        changes_truncated (bool):
        fetched_at (datetime.datetime):
        protected_model_count (int):
        removed_count (int):
    """

    added_count: int
    changed_count: int
    changes: list[PricingRefreshChangeResponse]
    changes_truncated: bool
    fetched_at: datetime.datetime
    protected_model_count: int
    removed_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_count = self.added_count

        changed_count = self.changed_count

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        changes_truncated = self.changes_truncated

        fetched_at = self.fetched_at.isoformat()

        protected_model_count = self.protected_model_count

        removed_count = self.removed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added_count": added_count,
                "changed_count": changed_count,
                "changes": changes,
                "changes_truncated": changes_truncated,
                "fetched_at": fetched_at,
                "protected_model_count": protected_model_count,
                "removed_count": removed_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        added_count = d.pop("added_count")

        changed_count = d.pop("changed_count")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = PricingRefreshChangeResponse.from_dict(changes_item_data)

            changes.append(changes_item)

        changes_truncated = d.pop("changes_truncated")

        fetched_at = datetime.datetime.fromisoformat(d.pop("fetched_at"))

        protected_model_count = d.pop("protected_model_count")

        removed_count = d.pop("removed_count")

        pricing_refresh_preview_response = cls(
            added_count,
            changed_count,
            changes,
            changes_truncated,
            fetched_at,
            protected_model_count,
            removed_count,
        )

        pricing_refresh_preview_response.additional_properties = d
        return pricing_refresh_preview_response

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
from ..models.pricing_refresh_change_response import PricingRefreshChangeResponse  # noqa: E402
