from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learned_policy import LearnedPolicy
    from ..models.pool_status import PoolStatus
    from ..models.task_pool import TaskPool


T = TypeVar("T", bound="RouterStatus")


@_attrs_define
class RouterStatus:
    """
    Attributes:
        alpha (float):
        confidence_floor (float):
        default_pool (PoolStatus):
        embedding_model (str):
        granularity (str):
        k (int):
        policies (list[LearnedPolicy]):
        seed_count (int):
        tasks (list[TaskPool]):
        user_id (str):
    """

    alpha: float
    confidence_floor: float
    default_pool: PoolStatus
    embedding_model: str
    granularity: str
    k: int
    policies: list[LearnedPolicy]
    seed_count: int
    tasks: list[TaskPool]
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alpha = self.alpha

        confidence_floor = self.confidence_floor

        default_pool = self.default_pool.to_dict()

        embedding_model = self.embedding_model

        granularity = self.granularity

        k = self.k

        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)

        seed_count = self.seed_count

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alpha": alpha,
                "confidence_floor": confidence_floor,
                "default_pool": default_pool,
                "embedding_model": embedding_model,
                "granularity": granularity,
                "k": k,
                "policies": policies,
                "seed_count": seed_count,
                "tasks": tasks,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alpha = d.pop("alpha")

        confidence_floor = d.pop("confidence_floor")

        default_pool = PoolStatus.from_dict(d.pop("default_pool"))

        embedding_model = d.pop("embedding_model")

        granularity = d.pop("granularity")

        k = d.pop("k")

        policies = []
        _policies = d.pop("policies")
        for policies_item_data in _policies:
            policies_item = LearnedPolicy.from_dict(policies_item_data)

            policies.append(policies_item)

        seed_count = d.pop("seed_count")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskPool.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        user_id = d.pop("user_id")

        router_status = cls(
            alpha,
            confidence_floor,
            default_pool,
            embedding_model,
            granularity,
            k,
            policies,
            seed_count,
            tasks,
            user_id,
        )

        router_status.additional_properties = d
        return router_status

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
from ..models.learned_policy import LearnedPolicy  # noqa: E402
from ..models.pool_status import PoolStatus  # noqa: E402
from ..models.task_pool import TaskPool  # noqa: E402
