from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scored_example import ScoredExample


T = TypeVar("T", bound="RankRequest")


@_attrs_define
class RankRequest:
    """
    Attributes:
        examples (list[ScoredExample]):
        user_id (str):
    """

    examples: list[ScoredExample]
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        examples = []
        _examples = d.pop("examples")
        for examples_item_data in _examples:
            examples_item = ScoredExample.from_dict(examples_item_data)

            examples.append(examples_item)

        user_id = d.pop("user_id")

        rank_request = cls(
            examples,
            user_id,
        )

        rank_request.additional_properties = d
        return rank_request

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


class RankRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`RankRequest`, as plain values."""

    examples: Required[Sequence[Mapping[str, Any] | ScoredExample]]
    user_id: Required[str]


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = (
    "examples",
    "user_id",
)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "examples": {"maxItems": 100, "minItems": 1, "type": ["array"]},
    "user_id": {"type": ["string"]},
}


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.scored_example import ScoredExample  # noqa: E402
