from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.config_search_tool_schema import ConfigSearchToolSchema
    from ..models.stored_search_tool_schema import StoredSearchToolSchema


T = TypeVar("T", bound="SearchToolsResponse")


@_attrs_define
class SearchToolsResponse:
    """
    Attributes:
        config (list[ConfigSearchToolSchema]):
        stored (list[StoredSearchToolSchema]):
    """

    config: list[ConfigSearchToolSchema]
    stored: list[StoredSearchToolSchema]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = []
        for config_item_data in self.config:
            config_item = config_item_data.to_dict()
            config.append(config_item)

        stored = []
        for stored_item_data in self.stored:
            stored_item = stored_item_data.to_dict()
            stored.append(stored_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "stored": stored,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = []
        _config = d.pop("config")
        for config_item_data in _config:
            config_item = ConfigSearchToolSchema.from_dict(config_item_data)

            config.append(config_item)

        stored = []
        _stored = d.pop("stored")
        for stored_item_data in _stored:
            stored_item = StoredSearchToolSchema.from_dict(stored_item_data)

            stored.append(stored_item)

        search_tools_response = cls(
            config,
            stored,
        )

        search_tools_response.additional_properties = d
        return search_tools_response

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
from ..models.config_search_tool_schema import ConfigSearchToolSchema  # noqa: E402
from ..models.stored_search_tool_schema import StoredSearchToolSchema  # noqa: E402
