from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_config_mode import GuardrailConfigMode, check_guardrail_config_mode
from ..models.guardrail_config_on_item import GuardrailConfigOnItem, check_guardrail_config_on_item
from ..models.guardrail_config_on_unavailable import GuardrailConfigOnUnavailable, check_guardrail_config_on_unavailable
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuardrailConfig")


@_attrs_define
class GuardrailConfig:
    """
    Attributes:
        profile (str):
        mode (GuardrailConfigMode | Unset):
        on (list[GuardrailConfigOnItem] | Unset):
        on_unavailable (GuardrailConfigOnUnavailable | Unset):
        url (None | str | Unset):
        validate_kwargs (Any | Unset): Any JSON object, passed through as a plain dict.
    """

    profile: str
    mode: GuardrailConfigMode | Unset = UNSET
    on: list[GuardrailConfigOnItem] | Unset = UNSET
    on_unavailable: GuardrailConfigOnUnavailable | Unset = UNSET
    url: None | str | Unset = UNSET
    validate_kwargs: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile = self.profile

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        on: list[str] | Unset = UNSET
        if not isinstance(self.on, Unset):
            on = []
            for on_item_data in self.on:
                on_item: str = on_item_data
                on.append(on_item)

        on_unavailable: str | Unset = UNSET
        if not isinstance(self.on_unavailable, Unset):
            on_unavailable = self.on_unavailable

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        validate_kwargs = self.validate_kwargs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile": profile,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if on is not UNSET:
            field_dict["on"] = on
        if on_unavailable is not UNSET:
            field_dict["on_unavailable"] = on_unavailable
        if url is not UNSET:
            field_dict["url"] = url
        if validate_kwargs is not UNSET:
            field_dict["validate_kwargs"] = validate_kwargs

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile = d.pop("profile")

        _mode = d.pop("mode", UNSET)
        mode: GuardrailConfigMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_guardrail_config_mode(_mode)

        _on = d.pop("on", UNSET)
        on: list[GuardrailConfigOnItem] | Unset = UNSET
        if _on is not UNSET:
            on = []
            for on_item_data in _on:
                on_item = check_guardrail_config_on_item(on_item_data)

                on.append(on_item)

        _on_unavailable = d.pop("on_unavailable", UNSET)
        on_unavailable: GuardrailConfigOnUnavailable | Unset
        if isinstance(_on_unavailable, Unset):
            on_unavailable = UNSET
        else:
            on_unavailable = check_guardrail_config_on_unavailable(_on_unavailable)

        url = d.pop("url", UNSET)

        validate_kwargs = d.pop("validate_kwargs", UNSET)

        guardrail_config = cls(
            profile,
            mode,
            on,
            on_unavailable,
            url,
            validate_kwargs,
        )

        guardrail_config.additional_properties = d
        return guardrail_config

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
