from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExplainRequest")


@_attrs_define
class ExplainRequest:
    """
    Attributes:
        allowed_models (list[str] | None | Unset):
        budget_remaining_usd (float | None | Unset):
        budget_used_pct (float | None | Unset):
        key_id (None | str | Unset):
        name (None | str | Unset):
        spec (Any | None | Unset):
        user_id (None | str | Unset):
    """

    allowed_models: list[str] | None | Unset = UNSET
    budget_remaining_usd: float | None | Unset = UNSET
    budget_used_pct: float | None | Unset = UNSET
    key_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    spec: Any | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        budget_remaining_usd: float | None | Unset
        if isinstance(self.budget_remaining_usd, Unset):
            budget_remaining_usd = UNSET
        else:
            budget_remaining_usd = self.budget_remaining_usd

        budget_used_pct: float | None | Unset
        if isinstance(self.budget_used_pct, Unset):
            budget_used_pct = UNSET
        else:
            budget_used_pct = self.budget_used_pct

        key_id: None | str | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        spec: Any | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        else:
            spec = self.spec

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if budget_remaining_usd is not UNSET:
            field_dict["budget_remaining_usd"] = budget_remaining_usd
        if budget_used_pct is not UNSET:
            field_dict["budget_used_pct"] = budget_used_pct
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if name is not UNSET:
            field_dict["name"] = name
        if spec is not UNSET:
            field_dict["spec"] = spec
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_models = d.pop("allowed_models", UNSET)
        if allowed_models is not None and allowed_models is not UNSET:

            def _parse_allowed_models(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_models_type_0 = cast(list[str], data)

                    return allowed_models_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            allowed_models = _parse_allowed_models(allowed_models)

        budget_remaining_usd = d.pop("budget_remaining_usd", UNSET)

        budget_used_pct = d.pop("budget_used_pct", UNSET)

        key_id = d.pop("key_id", UNSET)

        name = d.pop("name", UNSET)

        spec = d.pop("spec", UNSET)

        user_id = d.pop("user_id", UNSET)

        explain_request = cls(
            allowed_models,
            budget_remaining_usd,
            budget_used_pct,
            key_id,
            name,
            spec,
            user_id,
        )

        explain_request.additional_properties = d
        return explain_request

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


class ExplainRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`ExplainRequest`, as plain values."""

    allowed_models: Sequence[str] | None
    budget_remaining_usd: float | None
    budget_used_pct: float | None
    key_id: str | None
    name: str | None
    spec: Any
    user_id: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "allowed_models": {"type": ["array", "null"]},
    "budget_remaining_usd": {"type": ["null", "number"]},
    "budget_used_pct": {"type": ["null", "number"]},
    "key_id": {"type": ["null", "string"]},
    "name": {"type": ["null", "string"]},
    "spec": {"type": ["null", "object"]},
    "user_id": {"type": ["null", "string"]},
}
