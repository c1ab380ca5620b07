"""Contains all the data models used in inputs/outputs.

otari: models are imported lazily, on first attribute access, so importing one
endpoint (or the otari shell) does not import every model class.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .audio_speech_request import AudioSpeechRequest
    from .batch import Batch
    from .batch_error import BatchError
    from .batch_errors import BatchErrors
    from .batch_list import BatchList
    from .batch_request_counts import BatchRequestCounts
    from .batch_request_item import BatchRequestItem
    from .batch_result_error import BatchResultError
    from .batch_result_item import BatchResultItem
    from .batch_results import BatchResults
    from .budget_response import BudgetResponse
    from .chat_completion import ChatCompletion
    from .chat_completion_annotation import ChatCompletionAnnotation
    from .chat_completion_audio import ChatCompletionAudio
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_chunk_delta import ChatCompletionChunkDelta
    from .chat_completion_chunk_function import ChatCompletionChunkFunction
    from .chat_completion_chunk_tool_call import ChatCompletionChunkToolCall
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_logprobs import ChatCompletionLogprobs
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_reasoning import ChatCompletionReasoning
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_top_logprob import ChatCompletionTopLogprob
    from .chat_completion_url_citation import ChatCompletionUrlCitation
    from .completion_usage import CompletionUsage
    from .completion_usage_completion_tokens_details import CompletionUsageCompletionTokensDetails
    from .completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails
    from .create_batch_request import CreateBatchRequest
    from .create_budget_request import CreateBudgetRequest
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_key_request import CreateKeyRequest
    from .create_key_response import CreateKeyResponse
    from .create_user_request import CreateUserRequest
    from .embedding import Embedding
    from .embedding_request import EmbeddingRequest
    from .embedding_usage import EmbeddingUsage
    from .health_status import HealthStatus
    from .http_validation_error import HTTPValidationError
    from .image import Image
    from .image_generation_request import ImageGenerationRequest
    from .images_response import ImagesResponse
    from .images_usage import ImagesUsage
    from .images_usage_input_tokens_details import ImagesUsageInputTokensDetails
    from .key_info import KeyInfo
    from .mcp_server_config import McpServerConfig
    from .message import Message
    from .message_cache_creation import MessageCacheCreation
    from .message_citation import MessageCitation
    from .message_content_block import MessageContentBlock
    from .message_delta_usage import MessageDeltaUsage
    from .message_server_tool_usage import MessageServerToolUsage
    from .message_stream_delta import MessageStreamDelta
    from .message_stream_error import MessageStreamError
    from .message_stream_event import MessageStreamEvent
    from .message_usage import MessageUsage
    from .messages_request import MessagesRequest
    from .model_list_response import ModelListResponse
    from .model_object import ModelObject
    from .moderation_request import ModerationRequest
    from .moderation_response import ModerationResponse
    from .moderation_result import ModerationResult
    from .pricing_response import PricingResponse
    from .readiness_status import ReadinessStatus
    from .rerank_document import RerankDocument
    from .rerank_request import RerankRequest
    from .rerank_response import RerankResponse
    from .rerank_result import RerankResult
    from .rerank_usage import RerankUsage
    from .response_annotation import ResponseAnnotation
    from .response_error import ResponseError
    from .response_incomplete_details import ResponseIncompleteDetails
    from .response_input_tokens_details import ResponseInputTokensDetails
    from .response_logprob import ResponseLogprob
    from .response_object import ResponseObject
    from .response_output_content import ResponseOutputContent
    from .response_output_item import ResponseOutputItem
    from .response_output_tokens_details import ResponseOutputTokensDetails
    from .response_stream_event import ResponseStreamEvent
    from .response_summary_part import ResponseSummaryPart
    from .response_top_logprob import ResponseTopLogprob
    from .response_usage import ResponseUsage
    from .responses_request import ResponsesRequest
    from .set_pricing_request import SetPricingRequest
    from .transcription import Transcription
    from .transcription_logprob import TranscriptionLogprob
    from .transcription_request import TranscriptionRequest
    from .transcription_segment import TranscriptionSegment
    from .transcription_usage import TranscriptionUsage
    from .transcription_usage_input_token_details import TranscriptionUsageInputTokenDetails
    from .transcription_word import TranscriptionWord
    from .update_budget_request import UpdateBudgetRequest
    from .update_key_request import UpdateKeyRequest
    from .update_user_request import UpdateUserRequest
    from .usage_entry import UsageEntry
    from .usage_log_response import UsageLogResponse
    from .user_response import UserResponse
    from .validation_error import ValidationError

_MODULES = {
    "AudioSpeechRequest": ".audio_speech_request",
    "Batch": ".batch",
    "BatchError": ".batch_error",
    "BatchErrors": ".batch_errors",
    "BatchList": ".batch_list",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchRequestItem": ".batch_request_item",
    "BatchResultError": ".batch_result_error",
    "BatchResultItem": ".batch_result_item",
    "BatchResults": ".batch_results",
    "BudgetResponse": ".budget_response",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionAnnotation": ".chat_completion_annotation",
    "ChatCompletionAudio": ".chat_completion_audio",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionChunkDelta": ".chat_completion_chunk_delta",
    "ChatCompletionChunkFunction": ".chat_completion_chunk_function",
    "ChatCompletionChunkToolCall": ".chat_completion_chunk_tool_call",
    "ChatCompletionFunctionCall": ".chat_completion_function_call",
    "ChatCompletionLogprobs": ".chat_completion_logprobs",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionReasoning": ".chat_completion_reasoning",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
    "ChatCompletionTopLogprob": ".chat_completion_top_logprob",
    "ChatCompletionUrlCitation": ".chat_completion_url_citation",
    "CompletionUsage": ".completion_usage",
    "CompletionUsageCompletionTokensDetails": ".completion_usage_completion_tokens_details",
    "CompletionUsagePromptTokensDetails": ".completion_usage_prompt_tokens_details",
    "CreateBatchRequest": ".create_batch_request",
    "CreateBudgetRequest": ".create_budget_request",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "CreateKeyRequest": ".create_key_request",
    "CreateKeyResponse": ".create_key_response",
    "CreateUserRequest": ".create_user_request",
    "Embedding": ".embedding",
    "EmbeddingRequest": ".embedding_request",
    "EmbeddingUsage": ".embedding_usage",
    "HealthStatus": ".health_status",
    "HTTPValidationError": ".http_validation_error",
    "Image": ".image",
    "ImageGenerationRequest": ".image_generation_request",
    "ImagesResponse": ".images_response",
    "ImagesUsage": ".images_usage",
    "ImagesUsageInputTokensDetails": ".images_usage_input_tokens_details",
    "KeyInfo": ".key_info",
    "McpServerConfig": ".mcp_server_config",
    "Message": ".message",
    "MessageCacheCreation": ".message_cache_creation",
    "MessageCitation": ".message_citation",
    "MessageContentBlock": ".message_content_block",
    "MessageDeltaUsage": ".message_delta_usage",
    "MessageServerToolUsage": ".message_server_tool_usage",
    "MessageStreamDelta": ".message_stream_delta",
    "MessageStreamError": ".message_stream_error",
    "MessageStreamEvent": ".message_stream_event",
    "MessageUsage": ".message_usage",
    "MessagesRequest": ".messages_request",
    "ModelListResponse": ".model_list_response",
    "ModelObject": ".model_object",
    "ModerationRequest": ".moderation_request",
    "ModerationResponse": ".moderation_response",
    "ModerationResult": ".moderation_result",
    "PricingResponse": ".pricing_response",
    "ReadinessStatus": ".readiness_status",
    "RerankDocument": ".rerank_document",
    "RerankRequest": ".rerank_request",
    "RerankResponse": ".rerank_response",
    "RerankResult": ".rerank_result",
    "RerankUsage": ".rerank_usage",
    "ResponseAnnotation": ".response_annotation",
    "ResponseError": ".response_error",
    "ResponseIncompleteDetails": ".response_incomplete_details",
    "ResponseInputTokensDetails": ".response_input_tokens_details",
    "ResponseLogprob": ".response_logprob",
    "ResponseObject": ".response_object",
    "ResponseOutputContent": ".response_output_content",
    "ResponseOutputItem": ".response_output_item",
    "ResponseOutputTokensDetails": ".response_output_tokens_details",
    "ResponseStreamEvent": ".response_stream_event",
    "ResponseSummaryPart": ".response_summary_part",
    "ResponseTopLogprob": ".response_top_logprob",
    "ResponseUsage": ".response_usage",
    "ResponsesRequest": ".responses_request",
    "SetPricingRequest": ".set_pricing_request",
    "Transcription": ".transcription",
    "TranscriptionLogprob": ".transcription_logprob",
    "TranscriptionRequest": ".transcription_request",
    "TranscriptionSegment": ".transcription_segment",
    "TranscriptionUsage": ".transcription_usage",
    "TranscriptionUsageInputTokenDetails": ".transcription_usage_input_token_details",
    "TranscriptionWord": ".transcription_word",
    "UpdateBudgetRequest": ".update_budget_request",
    "UpdateKeyRequest": ".update_key_request",
    "UpdateUserRequest": ".update_user_request",
    "UsageEntry": ".usage_entry",
    "UsageLogResponse": ".usage_log_response",
    "UserResponse": ".user_response",
    "ValidationError": ".validation_error",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AudioSpeechRequest",
    "Batch",
    "BatchError",
    "BatchErrors",
    "BatchList",
    "BatchRequestCounts",
    "BatchRequestItem",
    "BatchResultError",
    "BatchResultItem",
    "BatchResults",
    "BudgetResponse",
    "ChatCompletion",
    "ChatCompletionAnnotation",
    "ChatCompletionAudio",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDelta",
    "ChatCompletionChunkFunction",
    "ChatCompletionChunkToolCall",
    "ChatCompletionFunctionCall",
    "ChatCompletionLogprobs",
    "ChatCompletionMessage",
    "ChatCompletionMessageToolCall",
    "ChatCompletionReasoning",
    "ChatCompletionRequest",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTopLogprob",
    "ChatCompletionUrlCitation",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CreateBatchRequest",
    "CreateBudgetRequest",
    "CreateEmbeddingResponse",
    "CreateKeyRequest",
    "CreateKeyResponse",
    "CreateUserRequest",
    "Embedding",
    "EmbeddingRequest",
    "EmbeddingUsage",
    "HealthStatus",
    "HTTPValidationError",
    "Image",
    "ImageGenerationRequest",
    "ImagesResponse",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "KeyInfo",
    "McpServerConfig",
    "Message",
    "MessageCacheCreation",
    "MessageCitation",
    "MessageContentBlock",
    "MessageDeltaUsage",
    "MessageServerToolUsage",
    "MessagesRequest",
    "MessageStreamDelta",
    "MessageStreamError",
    "MessageStreamEvent",
    "MessageUsage",
    "ModelListResponse",
    "ModelObject",
    "ModerationRequest",
    "ModerationResponse",
    "ModerationResult",
    "PricingResponse",
    "ReadinessStatus",
    "RerankDocument",
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "RerankUsage",
    "ResponseAnnotation",
    "ResponseError",
    "ResponseIncompleteDetails",
    "ResponseInputTokensDetails",
    "ResponseLogprob",
    "ResponseObject",
    "ResponseOutputContent",
    "ResponseOutputItem",
    "ResponseOutputTokensDetails",
    "ResponsesRequest",
    "ResponseStreamEvent",
    "ResponseSummaryPart",
    "ResponseTopLogprob",
    "ResponseUsage",
    "SetPricingRequest",
    "Transcription",
    "TranscriptionLogprob",
    "TranscriptionRequest",
    "TranscriptionSegment",
    "TranscriptionUsage",
    "TranscriptionUsageInputTokenDetails",
    "TranscriptionWord",
    "UpdateBudgetRequest",
    "UpdateKeyRequest",
    "UpdateUserRequest",
    "UsageEntry",
    "UsageLogResponse",
    "UserResponse",
    "ValidationError",
)
