from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseAnnotation")


@_attrs_define
class ResponseAnnotation:
    """An annotation on output text: url_citation, file_citation, container_file_citation, file_path.

    Attributes:
        type_ (str): Annotation kind.
        url (None | str | Unset): Cited URL.
        title (None | str | Unset): Title of the cited page.
        start_index (int | None | Unset): First character of the cited span.
        end_index (int | None | Unset): Character after the cited span.
        file_id (None | str | Unset): Cited file id.
        filename (None | str | Unset): Cited file name.
        index (int | None | Unset): Position of the file citation in the text.
        container_id (None | str | Unset): Container holding the cited file.
    """

    type_: str
    url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    start_index: int | None | Unset = UNSET
    end_index: int | None | Unset = UNSET
    file_id: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    index: int | None | Unset = UNSET
    container_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        start_index: int | None | Unset
        if isinstance(self.start_index, Unset):
            start_index = UNSET
        else:
            start_index = self.start_index

        end_index: int | None | Unset
        if isinstance(self.end_index, Unset):
            end_index = UNSET
        else:
            end_index = self.end_index

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        container_id: None | str | Unset
        if isinstance(self.container_id, Unset):
            container_id = UNSET
        else:
            container_id = self.container_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if index is not UNSET:
            field_dict["index"] = index
        if container_id is not UNSET:
            field_dict["container_id"] = container_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        url = d.pop("url", UNSET)

        title = d.pop("title", UNSET)

        start_index = d.pop("start_index", UNSET)

        end_index = d.pop("end_index", UNSET)

        file_id = d.pop("file_id", UNSET)

        filename = d.pop("filename", UNSET)

        index = d.pop("index", UNSET)

        container_id = d.pop("container_id", UNSET)

        response_annotation = cls(
            type_,
            url,
            title,
            start_index,
            end_index,
            file_id,
            filename,
            index,
            container_id,
        )

        response_annotation.additional_properties = d
        return response_annotation

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
    def type(self) -> str:
        """The ``type`` field (stored as ``type_``)."""
        return self.type_
