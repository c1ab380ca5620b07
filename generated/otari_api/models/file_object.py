from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileObject")


@_attrs_define
class FileObject:
    """A stored file (OpenAI files format).

    Attributes:
        id (str): The file's id, used in later calls.
        object_ (str | Unset): Always 'file'.
        bytes_ (int | None | Unset): Size in bytes.
        created_at (int | None | Unset): Unix time (seconds) of the upload.
        filename (None | str | Unset): Name the file was uploaded under.
        purpose (None | str | Unset): What the file is for, such as 'user_data' or 'batch'.
        status (None | str | Unset): Processing state, when the gateway reports one.
        expires_at (int | None | Unset): Unix time (seconds) the file expires, if it does.
        content_type (None | str | Unset): Media type the file was stored with.
    """

    id: str
    object_: str | Unset = UNSET
    bytes_: int | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    filename: None | str | Unset = UNSET
    purpose: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    content_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        bytes_: int | None | Unset
        if isinstance(self.bytes_, Unset):
            bytes_ = UNSET
        else:
            bytes_ = self.bytes_

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if filename is not UNSET:
            field_dict["filename"] = filename
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if status is not UNSET:
            field_dict["status"] = status
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        created_at = d.pop("created_at", UNSET)

        filename = d.pop("filename", UNSET)

        purpose = d.pop("purpose", UNSET)

        status = d.pop("status", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        content_type = d.pop("content_type", UNSET)

        file_object = cls(
            id,
            object_,
            bytes_,
            created_at,
            filename,
            purpose,
            status,
            expires_at,
            content_type,
        )

        file_object.additional_properties = d
        return file_object

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
    def object(self) -> str | Unset:
        """The ``object`` field (stored as ``object_``)."""
        return self.object_

    @property
    def bytes(self) -> int | None | Unset:
        """The ``bytes`` field (stored as ``bytes_``)."""
        return self.bytes_
