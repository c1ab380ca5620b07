from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recorded_pool import RecordedPool


T = TypeVar("T", bound="RankResponse")


@_attrs_define
class RankResponse:
    """
    Attributes:
        pools (list[RecordedPool]):
        recorded (int):
        seed_count (int):
    """

    pools: list[RecordedPool]
    recorded: int
    seed_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pools = []
        for pools_item_data in self.pools:
            pools_item = pools_item_data.to_dict()
            pools.append(pools_item)

        recorded = self.recorded

        seed_count = self.seed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pools": pools,
                "recorded": recorded,
                "seed_count": seed_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pools = []
        _pools = d.pop("pools")
        for pools_item_data in _pools:
            pools_item = RecordedPool.from_dict(pools_item_data)

            pools.append(pools_item)

        recorded = d.pop("recorded")

        seed_count = d.pop("seed_count")

        rank_response = cls(
            pools,
            recorded,
            seed_count,
        )

        rank_response.additional_properties = d
        return rank_response

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
from ..models.recorded_pool import RecordedPool  # noqa: E402
