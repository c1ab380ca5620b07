from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_setting_field_service import ToolSettingFieldService, check_tool_setting_field_service
from ..models.tool_setting_field_type import ToolSettingFieldType, check_tool_setting_field_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSettingField")


@_attrs_define
class ToolSettingField:
    """
    Attributes:
        key (str):
        service (ToolSettingFieldService):
        type_ (ToolSettingFieldType):
        value (bool | int | None | str):
        description (None | str | Unset):
    """

    key: str
    service: ToolSettingFieldService
    type_: ToolSettingFieldType
    value: bool | int | None | str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        service: str = self.service

        type_: str = self.type_

        value: bool | int | None | str
        value = self.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "service": service,
                "type": type_,
                "value": value,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        service = check_tool_setting_field_service(d.pop("service"))

        type_ = check_tool_setting_field_type(d.pop("type"))

        value = d.pop("value")

        description = d.pop("description", UNSET)

        tool_setting_field = cls(
            key,
            service,
            type_,
            value,
            description,
        )

        tool_setting_field.additional_properties = d
        return tool_setting_field

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
    def type(self) -> ToolSettingFieldType:
        """The ``type`` field (stored as ``type_``)."""
        return self.type_
