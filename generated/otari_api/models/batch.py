from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_errors import BatchErrors
    from ..models.batch_request_counts import BatchRequestCounts
    from ..models.response_usage import ResponseUsage


T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """A batch job (OpenAI batch object) plus the provider it runs on.

    Attributes:
        id (str): Batch id.
        object_ (str): Always 'batch'.
        endpoint (str): Endpoint every request in the batch calls.
        status (str): validating, in_progress, finalizing, completed, failed, expired, cancelling, cancelled.
        input_file_id (str): File holding the batch's requests.
        completion_window (str): Time frame for processing, e.g. 24h.
        created_at (int): Unix time (seconds) the batch was created.
        output_file_id (None | str | Unset): File holding successful results.
        error_file_id (None | str | Unset): File holding failed requests.
        in_progress_at (int | None | Unset): Unix time processing started.
        expires_at (int | None | Unset): Unix time the batch expires.
        finalizing_at (int | None | Unset): Unix time finalizing started.
        completed_at (int | None | Unset): Unix time the batch completed.
        failed_at (int | None | Unset): Unix time the batch failed.
        expired_at (int | None | Unset): Unix time the batch expired.
        cancelling_at (int | None | Unset): Unix time cancellation started.
        cancelled_at (int | None | Unset): Unix time the batch was cancelled.
        request_counts (BatchRequestCounts | None | Unset): Progress counters.
        metadata (Any | None | Unset): Key/value pairs attached to the batch.
        errors (BatchErrors | None | Unset): Validation errors, when the batch failed.
        model (None | str | Unset): Model used, when the provider reports it.
        usage (None | ResponseUsage | Unset): Token usage so far, when the provider reports it.
        provider (None | str | Unset): Gateway provider (instance) the batch runs on; pass it back on later calls.
    """

    id: str
    object_: str
    endpoint: str
    status: str
    input_file_id: str
    completion_window: str
    created_at: int
    output_file_id: None | str | Unset = UNSET
    error_file_id: None | str | Unset = UNSET
    in_progress_at: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    finalizing_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    failed_at: int | None | Unset = UNSET
    expired_at: int | None | Unset = UNSET
    cancelling_at: int | None | Unset = UNSET
    cancelled_at: int | None | Unset = UNSET
    request_counts: BatchRequestCounts | None | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    errors: BatchErrors | None | Unset = UNSET
    model: None | str | Unset = UNSET
    usage: None | ResponseUsage | Unset = UNSET
    provider: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        endpoint = self.endpoint

        status = self.status

        input_file_id = self.input_file_id

        completion_window = self.completion_window

        created_at = self.created_at

        output_file_id: None | str | Unset
        if isinstance(self.output_file_id, Unset):
            output_file_id = UNSET
        else:
            output_file_id = self.output_file_id

        error_file_id: None | str | Unset
        if isinstance(self.error_file_id, Unset):
            error_file_id = UNSET
        else:
            error_file_id = self.error_file_id

        in_progress_at: int | None | Unset
        if isinstance(self.in_progress_at, Unset):
            in_progress_at = UNSET
        else:
            in_progress_at = self.in_progress_at

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        finalizing_at: int | None | Unset
        if isinstance(self.finalizing_at, Unset):
            finalizing_at = UNSET
        else:
            finalizing_at = self.finalizing_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        expired_at: int | None | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = self.expired_at

        cancelling_at: int | None | Unset
        if isinstance(self.cancelling_at, Unset):
            cancelling_at = UNSET
        else:
            cancelling_at = self.cancelling_at

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        request_counts: dict[str, Any] | None | Unset
        if isinstance(self.request_counts, Unset):
            request_counts = UNSET
        elif isinstance(self.request_counts, BatchRequestCounts):
            request_counts = self.request_counts.to_dict()
        else:
            request_counts = self.request_counts

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, BatchErrors):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "endpoint": endpoint,
                "status": status,
                "input_file_id": input_file_id,
                "completion_window": completion_window,
                "created_at": created_at,
            }
        )
        if output_file_id is not UNSET:
            field_dict["output_file_id"] = output_file_id
        if error_file_id is not UNSET:
            field_dict["error_file_id"] = error_file_id
        if in_progress_at is not UNSET:
            field_dict["in_progress_at"] = in_progress_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if finalizing_at is not UNSET:
            field_dict["finalizing_at"] = finalizing_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if cancelling_at is not UNSET:
            field_dict["cancelling_at"] = cancelling_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if request_counts is not UNSET:
            field_dict["request_counts"] = request_counts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if errors is not UNSET:
            field_dict["errors"] = errors
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        endpoint = d.pop("endpoint")

        status = d.pop("status")

        input_file_id = d.pop("input_file_id")

        completion_window = d.pop("completion_window")

        created_at = d.pop("created_at")

        output_file_id = d.pop("output_file_id", UNSET)

        error_file_id = d.pop("error_file_id", UNSET)

        in_progress_at = d.pop("in_progress_at", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        finalizing_at = d.pop("finalizing_at", UNSET)

        completed_at = d.pop("completed_at", UNSET)

        failed_at = d.pop("failed_at", UNSET)

        expired_at = d.pop("expired_at", UNSET)

        cancelling_at = d.pop("cancelling_at", UNSET)

        cancelled_at = d.pop("cancelled_at", UNSET)

        request_counts = d.pop("request_counts", UNSET)
        if request_counts is not None and request_counts is not UNSET:

            def _parse_request_counts(data: object) -> BatchRequestCounts | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    request_counts_type_0 = BatchRequestCounts.from_dict(data)

                    return request_counts_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BatchRequestCounts | None | Unset, data)

            request_counts = _parse_request_counts(request_counts)

        metadata = d.pop("metadata", UNSET)

        errors = d.pop("errors", UNSET)
        if errors is not None and errors is not UNSET:

            def _parse_errors(data: object) -> BatchErrors | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    errors_type_0 = BatchErrors.from_dict(data)

                    return errors_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BatchErrors | None | Unset, data)

            errors = _parse_errors(errors)

        model = d.pop("model", UNSET)

        usage = d.pop("usage", UNSET)
        if usage is not None and usage is not UNSET:

            def _parse_usage(data: object) -> None | ResponseUsage | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    usage_type_0 = ResponseUsage.from_dict(data)

                    return usage_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResponseUsage | Unset, data)

            usage = _parse_usage(usage)

        provider = d.pop("provider", UNSET)

        batch = cls(
            id,
            object_,
            endpoint,
            status,
            input_file_id,
            completion_window,
            created_at,
            output_file_id,
            error_file_id,
            in_progress_at,
            expires_at,
            finalizing_at,
            completed_at,
            failed_at,
            expired_at,
            cancelling_at,
            cancelled_at,
            request_counts,
            metadata,
            errors,
            model,
            usage,
            provider,
        )

        batch.additional_properties = d
        return batch

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
    def object(self) -> str:
        """The ``object`` field (stored as ``object_``)."""
        return self.object_


# otari: nested models are imported once, here, after this class exists (so
# cycles between models resolve), rather than on every to_dict/from_dict call.
from ..models.batch_errors import BatchErrors  # noqa: E402
from ..models.batch_request_counts import BatchRequestCounts  # noqa: E402
from ..models.response_usage import ResponseUsage  # noqa: E402
