"""Python client for the otari LLM gateway.

``OtariClient`` (blocking) and ``AsyncOtariClient`` call a self-hosted gateway
or the hosted otari.ai platform; errors are ``OtariError`` subclasses; results
are the typed models of the generated core (``otari_api``), re-exported here
under their names. Names are imported lazily, so ``import otari`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from otari_api.models.batch import Batch
    from otari_api.models.batch_list import BatchList
    from otari_api.models.batch_request_counts import BatchRequestCounts
    from otari_api.models.batch_result_item import BatchResultItem
    from otari_api.models.batch_results import BatchResults
    from otari_api.models.budget_response import BudgetResponse
    from otari_api.models.chat_completion import ChatCompletion
    from otari_api.models.chat_completion_chunk import ChatCompletionChunk
    from otari_api.models.chat_completion_message import ChatCompletionMessage
    from otari_api.models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from otari_api.models.completion_usage import CompletionUsage
    from otari_api.models.create_embedding_response import CreateEmbeddingResponse
    from otari_api.models.create_key_response import CreateKeyResponse
    from otari_api.models.embedding import Embedding
    from otari_api.models.health_status import HealthStatus
    from otari_api.models.images_response import ImagesResponse
    from otari_api.models.key_info import KeyInfo
    from otari_api.models.message import Message
    from otari_api.models.message_content_block import MessageContentBlock
    from otari_api.models.message_stream_event import MessageStreamEvent
    from otari_api.models.model_object import ModelObject
    from otari_api.models.moderation_response import ModerationResponse
    from otari_api.models.pricing_response import PricingResponse
    from otari_api.models.rerank_response import RerankResponse
    from otari_api.models.response_object import ResponseObject
    from otari_api.models.response_stream_event import ResponseStreamEvent
    from otari_api.models.transcription import Transcription
    from otari_api.models.usage_entry import UsageEntry
    from otari_api.models.usage_log_response import UsageLogResponse
    from otari_api.models.user_response import UserResponse

    from ._accumulator import ChatCompletionAccumulator
    from ._call import InvalidRequestError
    from ._client import AsyncOtariClient, OtariClient
    from ._config import ConfigurationError
    from ._errors import (
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BatchNotCompleteError,
        ClientError,
        ConflictError,
        GatewayTimeoutError,
        InsufficientFundsError,
        ModelNotFoundError,
        NotFoundError,
        OtariError,
        RateLimitError,
        RequestValidationError,
        ServerError,
        StreamError,
        UnsupportedCapabilityError,
        UpstreamProviderError,
    )
    from ._results import Response, TranscriptionResult
    from ._streaming import AsyncStream, Stream

_ERRORS = (
    "APIConnectionError APIResponseValidationError APIStatusError APITimeoutError AuthenticationError "
    "BadRequestError BatchNotCompleteError ClientError ConflictError GatewayTimeoutError InsufficientFundsError "
    "ModelNotFoundError NotFoundError OtariError RateLimitError RequestValidationError ServerError StreamError "
    "UnsupportedCapabilityError UpstreamProviderError"
).split()

_MODELS = {
    "Batch": "batch",
    "BatchList": "batch_list",
    "BatchRequestCounts": "batch_request_counts",
    "BatchResultItem": "batch_result_item",
    "BatchResults": "batch_results",
    "BudgetResponse": "budget_response",
    "ChatCompletion": "chat_completion",
    "ChatCompletionChunk": "chat_completion_chunk",
    "ChatCompletionMessage": "chat_completion_message",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "CompletionUsage": "completion_usage",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateKeyResponse": "create_key_response",
    "Embedding": "embedding",
    "HealthStatus": "health_status",
    "ImagesResponse": "images_response",
    "KeyInfo": "key_info",
    "Message": "message",
    "MessageContentBlock": "message_content_block",
    "MessageStreamEvent": "message_stream_event",
    "ModelObject": "model_object",
    "ModerationResponse": "moderation_response",
    "PricingResponse": "pricing_response",
    "RerankResponse": "rerank_response",
    "ResponseObject": "response_object",
    "ResponseStreamEvent": "response_stream_event",
    "Transcription": "transcription",
    "UsageEntry": "usage_entry",
    "UsageLogResponse": "usage_log_response",
    "UserResponse": "user_response",
}

# public name -> module that defines it
_LAZY: dict[str, str] = {
    "OtariClient": "otari._client",
    "AsyncOtariClient": "otari._client",
    "Stream": "otari._streaming",
    "AsyncStream": "otari._streaming",
    "Response": "otari._results",
    "TranscriptionResult": "otari._results",
    "ChatCompletionAccumulator": "otari._accumulator",
    "InvalidRequestError": "otari._call",
    "ConfigurationError": "otari._config",
    **dict.fromkeys(_ERRORS, "otari._errors"),
    **{name: f"otari_api.models.{module}" for name, module in _MODELS.items()},
}

__all__ = ["__spec_version__", "__version__", *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    if name == "__spec_version__":
        from ._version import spec_version

        value: Any = spec_version()
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'otari' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
