"""Python client for the otari LLM gateway.

``OtariClient`` (blocking) and ``AsyncOtariClient`` call a self-hosted gateway
or the hosted otari.ai platform; errors are ``OtariError`` subclasses; results
are the typed models of the generated core (``otari_api``), re-exported here
under their names. Names are imported lazily, so ``import otari`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

if TYPE_CHECKING:
    from otari_api.models.batch import Batch as Batch
    from otari_api.models.batch_list import BatchList as BatchList
    from otari_api.models.batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from otari_api.models.batch_result_item import BatchResultItem as BatchResultItem
    from otari_api.models.batch_results import BatchResults as BatchResults
    from otari_api.models.budget_response import BudgetResponse as BudgetResponse
    from otari_api.models.chat_completion import ChatCompletion as ChatCompletion
    from otari_api.models.chat_completion_chunk import ChatCompletionChunk as ChatCompletionChunk
    from otari_api.models.chat_completion_message import ChatCompletionMessage as ChatCompletionMessage
    from otari_api.models.chat_completion_message_tool_call import (
        ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
    )
    from otari_api.models.completion_usage import CompletionUsage as CompletionUsage
    from otari_api.models.create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
    from otari_api.models.create_key_response import CreateKeyResponse as CreateKeyResponse
    from otari_api.models.embedding import Embedding as Embedding
    from otari_api.models.health_status import HealthStatus as HealthStatus
    from otari_api.models.images_response import ImagesResponse as ImagesResponse
    from otari_api.models.key_info import KeyInfo as KeyInfo
    from otari_api.models.message import Message as Message
    from otari_api.models.message_content_block import MessageContentBlock as MessageContentBlock
    from otari_api.models.message_stream_event import MessageStreamEvent as MessageStreamEvent
    from otari_api.models.model_object import ModelObject as ModelObject
    from otari_api.models.moderation_response import ModerationResponse as ModerationResponse
    from otari_api.models.pricing_response import PricingResponse as PricingResponse
    from otari_api.models.rerank_response import RerankResponse as RerankResponse
    from otari_api.models.response_object import ResponseObject as ResponseObject
    from otari_api.models.response_stream_event import ResponseStreamEvent as ResponseStreamEvent
    from otari_api.models.transcription import Transcription as Transcription
    from otari_api.models.usage_entry import UsageEntry as UsageEntry
    from otari_api.models.usage_log_response import UsageLogResponse as UsageLogResponse
    from otari_api.models.user_response import UserResponse as UserResponse

    from ._accumulator import ChatCompletionAccumulator as ChatCompletionAccumulator
    from ._call import InvalidRequestError as InvalidRequestError
    from ._client import AsyncOtariClient as AsyncOtariClient, OtariClient as OtariClient
    from ._config import ConfigurationError as ConfigurationError
    from ._errors import (
        APIConnectionError as APIConnectionError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        BatchNotCompleteError as BatchNotCompleteError,
        ClientError as ClientError,
        ConflictError as ConflictError,
        GatewayTimeoutError as GatewayTimeoutError,
        InsufficientFundsError as InsufficientFundsError,
        ModelNotFoundError as ModelNotFoundError,
        NotFoundError as NotFoundError,
        OtariError as OtariError,
        RateLimitError as RateLimitError,
        RequestValidationError as RequestValidationError,
        ServerError as ServerError,
        StreamError as StreamError,
        UnsupportedCapabilityError as UnsupportedCapabilityError,
        UpstreamProviderError as UpstreamProviderError,
    )
    from ._results import Response as Response, TranscriptionResult as TranscriptionResult
    from ._streaming import AsyncStream as AsyncStream, Stream as Stream, StreamConsumedError as StreamConsumedError


# The names below are imported on first use; the block above says the same to type checkers.
_ERRORS = """APIConnectionError APIResponseValidationError APIStatusError APITimeoutError AuthenticationError
    BadRequestError BatchNotCompleteError ClientError ConflictError GatewayTimeoutError InsufficientFundsError
    ModelNotFoundError NotFoundError OtariError RateLimitError RequestValidationError ServerError StreamError
    UnsupportedCapabilityError UpstreamProviderError""".split()  # noqa: SIM905
# Results re-exported from the generated core (``otari_api.models``).
_MODELS = """Batch BatchList BatchRequestCounts BatchResultItem BatchResults BudgetResponse ChatCompletion
    ChatCompletionChunk ChatCompletionMessage ChatCompletionMessageToolCall CompletionUsage
    CreateEmbeddingResponse CreateKeyResponse Embedding HealthStatus ImagesResponse KeyInfo Message
    MessageContentBlock MessageStreamEvent ModelObject ModerationResponse PricingResponse RerankResponse
    ResponseObject ResponseStreamEvent Transcription UsageEntry UsageLogResponse UserResponse""".split()  # noqa: SIM905

# public name -> module that defines it
_LAZY: dict[str, str] = {
    "OtariClient": "otari._client",
    "AsyncOtariClient": "otari._client",
    "Stream": "otari._streaming",
    "AsyncStream": "otari._streaming",
    "StreamConsumedError": "otari._streaming",
    "Response": "otari._results",
    "TranscriptionResult": "otari._results",
    "ChatCompletionAccumulator": "otari._accumulator",
    "InvalidRequestError": "otari._call",
    "ConfigurationError": "otari._config",
    **dict.fromkeys(_ERRORS, "otari._errors"),
    **dict.fromkeys(_MODELS, "otari_api.models"),
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
