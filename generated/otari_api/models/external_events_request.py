from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_usage_event import ExternalUsageEvent


T = TypeVar("T", bound="ExternalEventsRequest")


@_attrs_define
class ExternalEventsRequest:
    """
    Attributes:
        events (list[ExternalUsageEvent]):
        source (str):
        user_id (None | str | Unset):
    """

    events: list[ExternalUsageEvent]
    source: str
    user_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        source = self.source

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
                "source": source,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = ExternalUsageEvent.from_dict(events_item_data)

            events.append(events_item)

        source = d.pop("source")

        user_id = d.pop("user_id", UNSET)

        external_events_request = cls(
            events,
            source,
            user_id,
        )

        return external_events_request


class ExternalEventsRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`ExternalEventsRequest`, as plain values."""

    events: Required[Sequence[Mapping[str, Any] | ExternalUsageEvent]]
    source: Required[str]
    user_id: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "events",
    "source",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "events": {"maxItems": 1000, "minItems": 1, "type": ["array"]},
    "source": {"maxLength": 64, "type": ["string"]},
    "user_id": {"maxLength": 256, "minLength": 1, "type": ["null", "string"]},
}


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.external_usage_event import ExternalUsageEvent  # noqa: E402
