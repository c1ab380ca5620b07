from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProviderCapabilitiesSchema")


@_attrs_define
class ProviderCapabilitiesSchema:
    """
    Attributes:
        audio (bool):
        embeddings (bool):
        image_generation (bool):
        list_models (bool):
        moderation (bool):
        pdf (bool):
        reasoning (bool):
        rerank (bool):
        responses_api (bool):
        streaming (bool):
        vision (bool):
    """

    audio: bool
    embeddings: bool
    image_generation: bool
    list_models: bool
    moderation: bool
    pdf: bool
    reasoning: bool
    rerank: bool
    responses_api: bool
    streaming: bool
    vision: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

        embeddings = self.embeddings

        image_generation = self.image_generation

        list_models = self.list_models

        moderation = self.moderation

        pdf = self.pdf

        reasoning = self.reasoning

        rerank = self.rerank

        responses_api = self.responses_api

        streaming = self.streaming

        vision = self.vision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "embeddings": embeddings,
                "image_generation": image_generation,
                "list_models": list_models,
                "moderation": moderation,
                "pdf": pdf,
                "reasoning": reasoning,
                "rerank": rerank,
                "responses_api": responses_api,
                "streaming": streaming,
                "vision": vision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = d.pop("audio")

        embeddings = d.pop("embeddings")

        image_generation = d.pop("image_generation")

        list_models = d.pop("list_models")

        moderation = d.pop("moderation")

        pdf = d.pop("pdf")

        reasoning = d.pop("reasoning")

        rerank = d.pop("rerank")

        responses_api = d.pop("responses_api")

        streaming = d.pop("streaming")

        vision = d.pop("vision")

        provider_capabilities_schema = cls(
            audio,
            embeddings,
            image_generation,
            list_models,
            moderation,
            pdf,
            reasoning,
            rerank,
            responses_api,
            streaming,
            vision,
        )

        provider_capabilities_schema.additional_properties = d
        return provider_capabilities_schema

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
