from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.config_field_type import ConfigFieldType, check_config_field_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigField")


@_attrs_define
class ConfigField:
    """
    Attributes:
        group (str):
        key (str):
        settable (bool):
        type_ (ConfigFieldType):
        value (bool | float | int | list[str] | None | str):
        description (None | str | Unset):
        exclusive_minimum (float | None | Unset):
        minimum (float | None | Unset):
        options (list[str] | None | Unset):
    """

    group: str
    key: str
    settable: bool
    type_: ConfigFieldType
    value: bool | float | int | list[str] | None | str
    description: None | str | Unset = UNSET
    exclusive_minimum: float | None | Unset = UNSET
    minimum: float | None | Unset = UNSET
    options: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        key = self.key

        settable = self.settable

        type_: str = self.type_

        value: bool | float | int | list[str] | None | str
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        exclusive_minimum: float | None | Unset
        if isinstance(self.exclusive_minimum, Unset):
            exclusive_minimum = UNSET
        else:
            exclusive_minimum = self.exclusive_minimum

        minimum: float | None | Unset
        if isinstance(self.minimum, Unset):
            minimum = UNSET
        else:
            minimum = self.minimum

        options: list[str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "key": key,
                "settable": settable,
                "type": type_,
                "value": value,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if exclusive_minimum is not UNSET:
            field_dict["exclusive_minimum"] = exclusive_minimum
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group")

        key = d.pop("key")

        settable = d.pop("settable")

        type_ = check_config_field_type(d.pop("type"))

        value = d.pop("value")
        if value is not None:

            def _parse_value(data: object) -> bool | float | int | list[str] | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    value_type_4 = cast(list[str], data)

                    return value_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | float | int | list[str] | None | str, data)

            value = _parse_value(value)

        description = d.pop("description", UNSET)

        exclusive_minimum = d.pop("exclusive_minimum", UNSET)

        minimum = d.pop("minimum", UNSET)

        options = d.pop("options", UNSET)
        if options is not None and options is not UNSET:

            def _parse_options(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    options_type_0 = cast(list[str], data)

                    return options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            options = _parse_options(options)

        config_field = cls(
            group,
            key,
            settable,
            type_,
            value,
            description,
            exclusive_minimum,
            minimum,
            options,
        )

        config_field.additional_properties = d
        return config_field

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

    @property
    def type(self) -> ConfigFieldType:
        """The ``type`` field (stored as ``type_``)."""
        return self.type_
