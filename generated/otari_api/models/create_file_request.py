from __future__ import annotations

import builtins
import os
from collections.abc import Mapping
from io import BytesIO
from typing import IO, Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateFileRequest")


@_attrs_define
class CreateFileRequest:
    """
    Attributes:
        file (File):
        purpose (str | Unset):
        user (None | str | Unset):
    """

    file: File
    purpose: str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        purpose = self.purpose

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.purpose, Unset) and self.purpose is not None:
            files.append(("purpose", (None, str(self.purpose).encode(), "text/plain")))

        if not isinstance(self.user, Unset) and self.user is not None:
            if isinstance(self.user, str):
                files.append(("user", (None, str(self.user).encode(), "text/plain")))
            else:
                files.append(("user", (None, str(self.user).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            if prop is None:
                continue
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        purpose = d.pop("purpose", UNSET)

        user = d.pop("user", UNSET)

        create_file_request = cls(
            file,
            purpose,
            user,
        )

        create_file_request.additional_properties = d
        return create_file_request

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


class CreateFileRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`CreateFileRequest`, as plain values."""

    file: Required[bytes | str | os.PathLike[str] | IO[bytes]]
    purpose: str | None
    user: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ("file",)
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "file": {"format": "binary"},
    "purpose": {"type": ["string"]},
    "user": {"type": ["null", "string"]},
}
