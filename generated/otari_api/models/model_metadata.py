from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelMetadata")


@_attrs_define
class ModelMetadata:
    """
    Attributes:
        attachment (bool | Unset):
        context_window (int | None | Unset):
        cost_input (float | None | Unset):
        cost_output (float | None | Unset):
        deprecated (bool | Unset):
        description (None | str | Unset):
        family (None | str | Unset):
        input_modalities (list[str] | Unset):
        knowledge_cutoff (None | str | Unset):
        last_updated (None | str | Unset):
        max_output_tokens (int | None | Unset):
        name (None | str | Unset):
        open_weights (bool | Unset):
        output_modalities (list[str] | Unset):
        reasoning (bool | Unset):
        release_date (None | str | Unset):
        structured_output (bool | Unset):
        temperature (bool | Unset):
        tool_call (bool | Unset):
    """

    attachment: bool | Unset = UNSET
    context_window: int | None | Unset = UNSET
    cost_input: float | None | Unset = UNSET
    cost_output: float | None | Unset = UNSET
    deprecated: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    family: None | str | Unset = UNSET
    input_modalities: list[str] | Unset = UNSET
    knowledge_cutoff: None | str | Unset = UNSET
    last_updated: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    open_weights: bool | Unset = UNSET
    output_modalities: list[str] | Unset = UNSET
    reasoning: bool | Unset = UNSET
    release_date: None | str | Unset = UNSET
    structured_output: bool | Unset = UNSET
    temperature: bool | Unset = UNSET
    tool_call: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment = self.attachment

        context_window: int | None | Unset
        if isinstance(self.context_window, Unset):
            context_window = UNSET
        else:
            context_window = self.context_window

        cost_input: float | None | Unset
        if isinstance(self.cost_input, Unset):
            cost_input = UNSET
        else:
            cost_input = self.cost_input

        cost_output: float | None | Unset
        if isinstance(self.cost_output, Unset):
            cost_output = UNSET
        else:
            cost_output = self.cost_output

        deprecated = self.deprecated

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        family: None | str | Unset
        if isinstance(self.family, Unset):
            family = UNSET
        else:
            family = self.family

        input_modalities: list[str] | Unset = UNSET
        if not isinstance(self.input_modalities, Unset):
            input_modalities = self.input_modalities

        knowledge_cutoff: None | str | Unset
        if isinstance(self.knowledge_cutoff, Unset):
            knowledge_cutoff = UNSET
        else:
            knowledge_cutoff = self.knowledge_cutoff

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = self.last_updated

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        open_weights = self.open_weights

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = self.output_modalities

        reasoning = self.reasoning

        release_date: None | str | Unset
        if isinstance(self.release_date, Unset):
            release_date = UNSET
        else:
            release_date = self.release_date

        structured_output = self.structured_output

        temperature = self.temperature

        tool_call = self.tool_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if context_window is not UNSET:
            field_dict["context_window"] = context_window
        if cost_input is not UNSET:
            field_dict["cost_input"] = cost_input
        if cost_output is not UNSET:
            field_dict["cost_output"] = cost_output
        if deprecated is not UNSET:
            field_dict["deprecated"] = deprecated
        if description is not UNSET:
            field_dict["description"] = description
        if family is not UNSET:
            field_dict["family"] = family
        if input_modalities is not UNSET:
            field_dict["input_modalities"] = input_modalities
        if knowledge_cutoff is not UNSET:
            field_dict["knowledge_cutoff"] = knowledge_cutoff
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if name is not UNSET:
            field_dict["name"] = name
        if open_weights is not UNSET:
            field_dict["open_weights"] = open_weights
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if release_date is not UNSET:
            field_dict["release_date"] = release_date
        if structured_output is not UNSET:
            field_dict["structured_output"] = structured_output
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_call is not UNSET:
            field_dict["tool_call"] = tool_call

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment = d.pop("attachment", UNSET)

        context_window = d.pop("context_window", UNSET)

        cost_input = d.pop("cost_input", UNSET)

        cost_output = d.pop("cost_output", UNSET)

        deprecated = d.pop("deprecated", UNSET)

        description = d.pop("description", UNSET)

        family = d.pop("family", UNSET)

        input_modalities = cast(list[str], d.pop("input_modalities", UNSET))

        knowledge_cutoff = d.pop("knowledge_cutoff", UNSET)

        last_updated = d.pop("last_updated", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        name = d.pop("name", UNSET)

        open_weights = d.pop("open_weights", UNSET)

        output_modalities = cast(list[str], d.pop("output_modalities", UNSET))

        reasoning = d.pop("reasoning", UNSET)

        release_date = d.pop("release_date", UNSET)

        structured_output = d.pop("structured_output", UNSET)

        temperature = d.pop("temperature", UNSET)

        tool_call = d.pop("tool_call", UNSET)

        model_metadata = cls(
            attachment,
            context_window,
            cost_input,
            cost_output,
            deprecated,
            description,
            family,
            input_modalities,
            knowledge_cutoff,
            last_updated,
            max_output_tokens,
            name,
            open_weights,
            output_modalities,
            reasoning,
            release_date,
            structured_output,
            temperature,
            tool_call,
        )

        model_metadata.additional_properties = d
        return model_metadata

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
