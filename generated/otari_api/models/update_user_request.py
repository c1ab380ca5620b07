from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRequest")


@_attrs_define
class UpdateUserRequest:
    """
    Attributes:
        alias (None | str | Unset):
        allowed_models (list[str] | None | Unset):
        blocked (bool | None | Unset):
        budget_id (None | str | Unset):
        metadata (Any | None | Unset):
    """

    alias: None | str | Unset = UNSET
    allowed_models: list[str] | None | Unset = UNSET
    blocked: bool | None | Unset = UNSET
    budget_id: None | str | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

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

        blocked = d.pop("blocked", UNSET)

        budget_id = d.pop("budget_id", UNSET)

        metadata = d.pop("metadata", UNSET)

        update_user_request = cls(
            alias,
            allowed_models,
            blocked,
            budget_id,
            metadata,
        )

        update_user_request.additional_properties = d
        return update_user_request

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


class UpdateUserRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`UpdateUserRequest`, as plain values."""

    alias: str | None
    allowed_models: Sequence[str] | None
    blocked: bool | None
    budget_id: str | None
    metadata: Any


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "alias": {"type": ["null", "string"]},
    "allowed_models": {"type": ["array", "null"]},
    "blocked": {"type": ["boolean", "null"]},
    "budget_id": {"type": ["null", "string"]},
    "metadata": {"type": ["null", "object"]},
}
