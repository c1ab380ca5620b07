from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.candidate_response import CandidateResponse
    from ..models.dropped_response import DroppedResponse


T = TypeVar("T", bound="ExplainResponse")


@_attrs_define
class ExplainResponse:
    """
    Attributes:
        candidates (list[CandidateResponse]):
        dropped (list[DroppedResponse]):
        guardrails (list[Any]):
        is_dynamic (bool):
        name (str):
        selection_reason (str):
        router_backend (None | str | Unset):
        router_candidates (list[str] | Unset):
        router_weights (Any | Unset): Any JSON object, passed through as a plain dict.
    """

    candidates: list[CandidateResponse]
    dropped: list[DroppedResponse]
    guardrails: list[Any]
    is_dynamic: bool
    name: str
    selection_reason: str
    router_backend: None | str | Unset = UNSET
    router_candidates: list[str] | Unset = UNSET
    router_weights: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        dropped = []
        for dropped_item_data in self.dropped:
            dropped_item = dropped_item_data.to_dict()
            dropped.append(dropped_item)

        guardrails = self.guardrails

        is_dynamic = self.is_dynamic

        name = self.name

        selection_reason = self.selection_reason

        router_backend: None | str | Unset
        if isinstance(self.router_backend, Unset):
            router_backend = UNSET
        else:
            router_backend = self.router_backend

        router_candidates: list[str] | Unset = UNSET
        if not isinstance(self.router_candidates, Unset):
            router_candidates = self.router_candidates

        router_weights = self.router_weights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidates": candidates,
                "dropped": dropped,
                "guardrails": guardrails,
                "is_dynamic": is_dynamic,
                "name": name,
                "selection_reason": selection_reason,
            }
        )
        if router_backend is not UNSET:
            field_dict["router_backend"] = router_backend
        if router_candidates is not UNSET:
            field_dict["router_candidates"] = router_candidates
        if router_weights is not UNSET:
            field_dict["router_weights"] = router_weights

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = CandidateResponse.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        dropped = []
        _dropped = d.pop("dropped")
        for dropped_item_data in _dropped:
            dropped_item = DroppedResponse.from_dict(dropped_item_data)

            dropped.append(dropped_item)

        guardrails = cast(list[Any], d.pop("guardrails"))

        is_dynamic = d.pop("is_dynamic")

        name = d.pop("name")

        selection_reason = d.pop("selection_reason")

        router_backend = d.pop("router_backend", UNSET)

        router_candidates = cast(list[str], d.pop("router_candidates", UNSET))

        router_weights = d.pop("router_weights", UNSET)

        explain_response = cls(
            candidates,
            dropped,
            guardrails,
            is_dynamic,
            name,
            selection_reason,
            router_backend,
            router_candidates,
            router_weights,
        )

        explain_response.additional_properties = d
        return explain_response

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
from ..models.candidate_response import CandidateResponse  # noqa: E402
from ..models.dropped_response import DroppedResponse  # noqa: E402
