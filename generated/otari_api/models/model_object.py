from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_pricing_info import ModelPricingInfo


T = TypeVar("T", bound="ModelObject")


@_attrs_define
class ModelObject:
    """
    Attributes:
        created (int):
        id (str):
        owned_by (str):
        context_window (int | None | Unset):
        object_ (str | Unset):
        pricing (ModelPricingInfo | None | Unset):
        pricing_source (str | Unset):
    """

    created: int
    id: str
    owned_by: str
    context_window: int | None | Unset = UNSET
    object_: str | Unset = UNSET
    pricing: ModelPricingInfo | None | Unset = UNSET
    pricing_source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        id = self.id

        owned_by = self.owned_by

        context_window: int | None | Unset
        if isinstance(self.context_window, Unset):
            context_window = UNSET
        else:
            context_window = self.context_window

        object_ = self.object_

        pricing: dict[str, Any] | None | Unset
        if isinstance(self.pricing, Unset):
            pricing = UNSET
        elif isinstance(self.pricing, ModelPricingInfo):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        pricing_source = self.pricing_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "id": id,
                "owned_by": owned_by,
            }
        )
        if context_window is not UNSET:
            field_dict["context_window"] = context_window
        if object_ is not UNSET:
            field_dict["object"] = object_
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if pricing_source is not UNSET:
            field_dict["pricing_source"] = pricing_source

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created")

        id = d.pop("id")

        owned_by = d.pop("owned_by")

        context_window = d.pop("context_window", UNSET)

        object_ = d.pop("object", UNSET)

        pricing = d.pop("pricing", UNSET)
        if pricing is not None and pricing is not UNSET:

            def _parse_pricing(data: object) -> ModelPricingInfo | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    pricing_type_0 = ModelPricingInfo.from_dict(data)

                    return pricing_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ModelPricingInfo | None | Unset, data)

            pricing = _parse_pricing(pricing)

        pricing_source = d.pop("pricing_source", UNSET)

        model_object = cls(
            created,
            id,
            owned_by,
            context_window,
            object_,
            pricing,
            pricing_source,
        )

        model_object.additional_properties = d
        return model_object

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


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.model_pricing_info import ModelPricingInfo  # noqa: E402
