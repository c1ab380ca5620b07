from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateToolSettingsRequest")


@_attrs_define
class UpdateToolSettingsRequest:
    """
    Attributes:
        guardrails_url (None | str | Unset):
        sandbox_purpose_hint (None | str | Unset):
        sandbox_url (None | str | Unset):
        web_search_engines (None | str | Unset):
        web_search_extract (bool | None | Unset):
        web_search_intercept (bool | None | Unset):
        web_search_max_results (int | None | Unset):
        web_search_purpose_hint (None | str | Unset):
        web_search_url (None | str | Unset):
    """

    guardrails_url: None | str | Unset = UNSET
    sandbox_purpose_hint: None | str | Unset = UNSET
    sandbox_url: None | str | Unset = UNSET
    web_search_engines: None | str | Unset = UNSET
    web_search_extract: bool | None | Unset = UNSET
    web_search_intercept: bool | None | Unset = UNSET
    web_search_max_results: int | None | Unset = UNSET
    web_search_purpose_hint: None | str | Unset = UNSET
    web_search_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guardrails_url: None | str | Unset
        if isinstance(self.guardrails_url, Unset):
            guardrails_url = UNSET
        else:
            guardrails_url = self.guardrails_url

        sandbox_purpose_hint: None | str | Unset
        if isinstance(self.sandbox_purpose_hint, Unset):
            sandbox_purpose_hint = UNSET
        else:
            sandbox_purpose_hint = self.sandbox_purpose_hint

        sandbox_url: None | str | Unset
        if isinstance(self.sandbox_url, Unset):
            sandbox_url = UNSET
        else:
            sandbox_url = self.sandbox_url

        web_search_engines: None | str | Unset
        if isinstance(self.web_search_engines, Unset):
            web_search_engines = UNSET
        else:
            web_search_engines = self.web_search_engines

        web_search_extract: bool | None | Unset
        if isinstance(self.web_search_extract, Unset):
            web_search_extract = UNSET
        else:
            web_search_extract = self.web_search_extract

        web_search_intercept: bool | None | Unset
        if isinstance(self.web_search_intercept, Unset):
            web_search_intercept = UNSET
        else:
            web_search_intercept = self.web_search_intercept

        web_search_max_results: int | None | Unset
        if isinstance(self.web_search_max_results, Unset):
            web_search_max_results = UNSET
        else:
            web_search_max_results = self.web_search_max_results

        web_search_purpose_hint: None | str | Unset
        if isinstance(self.web_search_purpose_hint, Unset):
            web_search_purpose_hint = UNSET
        else:
            web_search_purpose_hint = self.web_search_purpose_hint

        web_search_url: None | str | Unset
        if isinstance(self.web_search_url, Unset):
            web_search_url = UNSET
        else:
            web_search_url = self.web_search_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guardrails_url is not UNSET:
            field_dict["guardrails_url"] = guardrails_url
        if sandbox_purpose_hint is not UNSET:
            field_dict["sandbox_purpose_hint"] = sandbox_purpose_hint
        if sandbox_url is not UNSET:
            field_dict["sandbox_url"] = sandbox_url
        if web_search_engines is not UNSET:
            field_dict["web_search_engines"] = web_search_engines
        if web_search_extract is not UNSET:
            field_dict["web_search_extract"] = web_search_extract
        if web_search_intercept is not UNSET:
            field_dict["web_search_intercept"] = web_search_intercept
        if web_search_max_results is not UNSET:
            field_dict["web_search_max_results"] = web_search_max_results
        if web_search_purpose_hint is not UNSET:
            field_dict["web_search_purpose_hint"] = web_search_purpose_hint
        if web_search_url is not UNSET:
            field_dict["web_search_url"] = web_search_url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        guardrails_url = d.pop("guardrails_url", UNSET)

        sandbox_purpose_hint = d.pop("sandbox_purpose_hint", UNSET)

        sandbox_url = d.pop("sandbox_url", UNSET)

        web_search_engines = d.pop("web_search_engines", UNSET)

        web_search_extract = d.pop("web_search_extract", UNSET)

        web_search_intercept = d.pop("web_search_intercept", UNSET)

        web_search_max_results = d.pop("web_search_max_results", UNSET)

        web_search_purpose_hint = d.pop("web_search_purpose_hint", UNSET)

        web_search_url = d.pop("web_search_url", UNSET)

        update_tool_settings_request = cls(
            guardrails_url,
            sandbox_purpose_hint,
            sandbox_url,
            web_search_engines,
            web_search_extract,
            web_search_intercept,
            web_search_max_results,
            web_search_purpose_hint,
            web_search_url,
        )

        update_tool_settings_request.additional_properties = d
        return update_tool_settings_request

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


class UpdateToolSettingsRequestParams(TypedDict, total=False):
    """Keyword arguments with the fields of :class:`UpdateToolSettingsRequest`, as plain values."""

    guardrails_url: str | None
    sandbox_purpose_hint: str | None
    sandbox_url: str | None
    web_search_engines: str | None
    web_search_extract: bool | None
    web_search_intercept: bool | None
    web_search_max_results: int | None
    web_search_purpose_hint: str | None
    web_search_url: str | None


#: The arguments that must be given.
REQUIRED: tuple[str, ...] = ()
#: What the otari shell checks of each argument before sending it (JSON types, bounds, date formats).
CHECKS: dict[str, dict[str, Any]] = {
    "guardrails_url": {"type": ["null", "string"]},
    "sandbox_purpose_hint": {"type": ["null", "string"]},
    "sandbox_url": {"type": ["null", "string"]},
    "web_search_engines": {"type": ["null", "string"]},
    "web_search_extract": {"type": ["boolean", "null"]},
    "web_search_intercept": {"type": ["boolean", "null"]},
    "web_search_max_results": {"minimum": 1.0, "type": ["integer", "null"]},
    "web_search_purpose_hint": {"type": ["null", "string"]},
    "web_search_url": {"type": ["null", "string"]},
}
