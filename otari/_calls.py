"""Descriptions of the inference calls (chat, responses, messages, embeddings, ...).

Each function checks its arguments, builds the request with the generated
core and returns a :class:`~otari._call.Call`; the clients run it. ``None``
arguments are left out of the request. Extra keyword arguments are sent as
they are, so fields the gateway learns later work without an SDK release.
"""

from __future__ import annotations

import functools
import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from ._call import (
    Call,
    InvalidRequestError,
    build_body,
    calls,
    parse_bytes,
    parse_json,
    parse_model,
    request,
    require,
)
from ._streaming import StreamSpec

if TYPE_CHECKING:
    from otari_api.models.batch import Batch
    from otari_api.models.batch_list import BatchList
    from otari_api.models.batch_results import BatchResults
    from otari_api.models.create_embedding_response import CreateEmbeddingResponse
    from otari_api.models.health_status import HealthStatus
    from otari_api.models.images_response import ImagesResponse
    from otari_api.models.model_object import ModelObject
    from otari_api.models.moderation_response import ModerationResponse
    from otari_api.models.rerank_response import RerankResponse
    from otari_api.types import File

    from ._results import TranscriptionResult


@functools.cache
def stream_spec(protocol: str) -> StreamSpec[Any]:
    """How to read each stream, built on first use (importing the event model then)."""
    if protocol == "chat":
        from otari_api.models.chat_completion_chunk import ChatCompletionChunk

        return StreamSpec("chat", ChatCompletionChunk.from_dict)
    if protocol == "responses":
        from otari_api.models.response_stream_event import ResponseStreamEvent

        return StreamSpec("responses", ResponseStreamEvent.from_dict)
    from otari_api.models.message_stream_event import MessageStreamEvent

    return StreamSpec("messages", MessageStreamEvent.from_dict)


def _check_stream(stream: object) -> bool:
    if not isinstance(stream, bool):
        raise InvalidRequestError(f"stream must be True or False, got {stream!r}")
    return stream


def _messages(value: Any, name: str = "messages") -> None:
    require(name, value, (list, tuple), "a non-empty list of message dicts")
    if not value:
        raise InvalidRequestError(f"{name} must not be empty")


# --------------------------------------------------------------------------- chat, responses, messages


@calls("otari_api.api.chat.chat_completions")
def completion(*, stream: bool = False, **params: Any) -> Call[Any]:
    """Create a chat completion (``POST /v1/chat/completions``)."""
    from otari_api.api.chat import chat_completions
    from otari_api.models.chat_completion import ChatCompletion
    from otari_api.models.chat_completion_request import ChatCompletionRequest

    _messages(params.get("messages"))
    require("model", params.get("model"), str, "a model name such as 'openai:gpt-4o-mini'")
    if _check_stream(stream):
        params["stream"] = True
    extra = params.pop("extra_body", None)
    body = build_body(ChatCompletionRequest, params, extra)
    built = request(chat_completions, body=body)
    parse = parse_json(chat_completions, ChatCompletion)
    return Call(chat_completions, built, parse, stream=stream_spec("chat") if stream else None)


@calls("otari_api.api.responses.create_response")
def response(*, stream: bool = False, **params: Any) -> Call[Any]:
    """Create a model response with the Responses API (``POST /v1/responses``)."""
    from otari_api.api.responses import create_response
    from otari_api.models.responses_request import ResponsesRequest

    from ._results import Response

    require("model", params.get("model"), str, "a model name such as 'openai:gpt-4o-mini'")
    if params.get("input") is None:
        raise InvalidRequestError("input is required (a string, or a list of input items)")
    if _check_stream(stream):
        params["stream"] = True
    extra = params.pop("extra_body", None)
    body = build_body(ResponsesRequest, params, extra)
    built = request(create_response, body=body)
    parse = parse_model(create_response, Response)
    return Call(create_response, built, parse, stream=stream_spec("responses") if stream else None)


@calls("otari_api.api.messages.create_message")
def message(*, stream: bool = False, **params: Any) -> Call[Any]:
    """Create a message with the Anthropic-style Messages API (``POST /v1/messages``)."""
    from otari_api.api.messages import create_message
    from otari_api.models.message import Message
    from otari_api.models.messages_request import MessagesRequest

    require("model", params.get("model"), str, "a model name such as 'anthropic:claude-3-5-sonnet'")
    _messages(params.get("messages"))
    max_tokens = params.get("max_tokens")
    if max_tokens is None:
        raise InvalidRequestError("max_tokens is required by the Messages API")
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
        raise InvalidRequestError(f"max_tokens must be a positive integer, got {max_tokens!r}")
    if _check_stream(stream):
        params["stream"] = True
    extra = params.pop("extra_body", None)
    body = build_body(MessagesRequest, params, extra)
    built = request(create_message, body=body)
    parse = parse_json(create_message, Message)
    return Call(create_message, built, parse, stream=stream_spec("messages") if stream else None)


# --------------------------------------------------------------------------- other inference


@calls("otari_api.api.embeddings.create_embedding")
def embedding(
    *,
    model: str,
    input: str | Sequence[str],
    dimensions: int | None = None,
    encoding_format: str | None = None,
    user: str | None = None,
    **extra: Any,
) -> Call[CreateEmbeddingResponse]:
    """Embed a text, or a list of texts (``POST /v1/embeddings``)."""
    from otari_api.api.embeddings import create_embedding
    from otari_api.models.create_embedding_response import CreateEmbeddingResponse
    from otari_api.models.embedding_request import EmbeddingRequest

    require("model", model, str, "a model name such as 'openai:text-embedding-3-small'")
    require("input", input, (str, list, tuple), "a string or a list of strings")
    fields = {
        "model": model,
        "input": list(input) if isinstance(input, tuple) else input,
        "dimensions": dimensions,
        "encoding_format": encoding_format,
        "user": user,
    }
    body = build_body(EmbeddingRequest, fields, extra)
    return Call(
        create_embedding, request(create_embedding, body=body), parse_json(create_embedding, CreateEmbeddingResponse)
    )


def _model_list(response: httpx.Response) -> list[ModelObject]:
    from otari_api.api.model_catalog import list_models
    from otari_api.models.model_list_response import ModelListResponse

    return parse_json(list_models, ModelListResponse)(response).data


@calls("otari_api.api.model_catalog.list_models")
def list_models_() -> Call[list[ModelObject]]:
    """List the models the gateway can route to (``GET /v1/models``)."""
    from otari_api.api.model_catalog import list_models

    return Call(list_models, request(list_models), _model_list)


@calls("otari_api.api.model_catalog.get_model")
def get_model_(model_id: str) -> Call[ModelObject]:
    """Fetch one model by id (``GET /v1/models/{model_id}``)."""
    from otari_api.api.model_catalog import get_model
    from otari_api.models.model_object import ModelObject

    require("model_id", model_id, str, "a model id")
    return Call(get_model, request(get_model, model_id=model_id), parse_json(get_model, ModelObject))


@calls("otari_api.api.moderations.create_moderation")
def moderation(
    *,
    model: str,
    input: str | Sequence[str] | Sequence[Mapping[str, Any]],
    include_raw: bool = False,
    user: str | None = None,
    **extra: Any,
) -> Call[ModerationResponse]:
    """Classify content against moderation categories (``POST /v1/moderations``).

    With ``include_raw=True`` each result also carries the provider's raw answer.
    """
    from otari_api.api.moderations import create_moderation
    from otari_api.models.moderation_request import ModerationRequest
    from otari_api.models.moderation_response import ModerationResponse

    require("model", model, str, "a model name such as 'openai:omni-moderation-latest'")
    require("input", input, (str, list, tuple), "a string, a list of strings, or a list of content parts")
    body = build_body(ModerationRequest, {"model": model, "input": input, "user": user}, extra)
    built = request(create_moderation, body=body, include_raw=bool(include_raw))
    return Call(create_moderation, built, parse_json(create_moderation, ModerationResponse))


@calls("otari_api.api.rerank.create_rerank")
def rerank(
    *,
    model: str,
    query: str,
    documents: Sequence[str],
    top_n: int | None = None,
    max_tokens_per_doc: int | None = None,
    user: str | None = None,
    **extra: Any,
) -> Call[RerankResponse]:
    """Order ``documents`` by relevance to ``query`` (``POST /v1/rerank``)."""
    from otari_api.api.rerank import create_rerank
    from otari_api.models.rerank_request import RerankRequest
    from otari_api.models.rerank_response import RerankResponse

    require("model", model, str, "a model name such as 'cohere:rerank-v3.5'")
    require("query", query, str, "a string")
    require("documents", documents, (list, tuple), "a non-empty list of strings")
    if not documents:
        raise InvalidRequestError("documents must not be empty")
    fields = {
        "model": model,
        "query": query,
        "documents": list(documents),
        "top_n": top_n,
        "max_tokens_per_doc": max_tokens_per_doc,
        "user": user,
    }
    body = build_body(RerankRequest, fields, extra)
    return Call(create_rerank, request(create_rerank, body=body), parse_json(create_rerank, RerankResponse))


@calls("otari_api.api.images.create_image")
def image_generation(
    *,
    model: str,
    prompt: str,
    n: int | None = None,
    size: str | None = None,
    quality: str | None = None,
    style: str | None = None,
    response_format: str | None = None,
    user: str | None = None,
    **extra: Any,
) -> Call[ImagesResponse]:
    """Generate images from a text prompt (``POST /v1/images/generations``)."""
    from otari_api.api.images import create_image
    from otari_api.models.image_generation_request import ImageGenerationRequest
    from otari_api.models.images_response import ImagesResponse

    require("model", model, str, "a model name such as 'openai:dall-e-3'")
    require("prompt", prompt, str, "a string")
    fields = {
        "model": model,
        "prompt": prompt,
        "n": n,
        "size": size,
        "quality": quality,
        "style": style,
        "response_format": response_format,
        "user": user,
    }
    body = build_body(ImageGenerationRequest, fields, extra)
    return Call(create_image, request(create_image, body=body), parse_json(create_image, ImagesResponse))


@calls("otari_api.api.audio.create_speech")
def speech(
    *,
    model: str,
    input: str,
    voice: str,
    response_format: str | None = None,
    speed: float | None = None,
    instructions: str | None = None,
    user: str | None = None,
    **extra: Any,
) -> Call[bytes]:
    """Turn text into speech; returns the raw audio bytes (``POST /v1/audio/speech``)."""
    from otari_api.api.audio import create_speech
    from otari_api.models.audio_speech_request import AudioSpeechRequest

    require("model", model, str, "a model name such as 'openai:tts-1'")
    require("input", input, str, "the text to speak")
    require("voice", voice, str, "a voice name such as 'alloy'")
    fields = {
        "model": model,
        "input": input,
        "voice": voice,
        "response_format": response_format,
        "speed": speed,
        "instructions": instructions,
        "user": user,
    }
    body = build_body(AudioSpeechRequest, fields, extra)
    return Call(create_speech, request(create_speech, body=body), parse_bytes)


FileInput = bytes | bytearray | memoryview | str | os.PathLike[str] | IO[bytes]


def _upload(file: FileInput, filename: str | None) -> File:
    from otari_api.types import File

    if isinstance(file, bytes | bytearray | memoryview):
        return File(payload=io.BytesIO(bytes(file)), file_name=filename or "audio")
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise InvalidRequestError(f"file {str(path)!r} does not exist or is not a file")
        return File(payload=io.BytesIO(path.read_bytes()), file_name=filename or path.name)
    if hasattr(file, "read"):
        if isinstance(file, io.TextIOBase):
            raise InvalidRequestError("file must be opened in binary mode ('rb')")
        if getattr(file, "closed", False):
            raise InvalidRequestError("file is a closed file object: open it (or pass its path) before the call")
        name = filename or os.path.basename(str(getattr(file, "name", "") or "")) or "audio"
        if not _rewindable(file):
            # A pipe or socket: httpx can neither size it nor rewind it for a retry, so read it once here.
            return File(payload=io.BytesIO(file.read()), file_name=name)
        return File(payload=file, file_name=name)  # type: ignore[arg-type]  # any binary file object works
    raise InvalidRequestError(f"file must be bytes, a path, or a binary file object, got {type(file).__name__}")


def _rewindable(file: Any) -> bool:
    try:
        return bool(file.seekable())
    except (AttributeError, OSError):  # no seekable(): a minimal file-like object, read it once
        return False


@calls("otari_api.api.audio.create_transcription")
def transcription(
    *,
    model: str,
    file: FileInput,
    filename: str | None = None,
    language: str | None = None,
    prompt: str | None = None,
    response_format: str | None = None,
    temperature: float | None = None,
    user: str | None = None,
    **extra: Any,
) -> Call[TranscriptionResult]:
    """Transcribe audio (``POST /v1/audio/transcriptions``, a multipart upload).

    ``file`` is the audio as bytes, a path, or a file object opened in binary
    mode; ``filename`` overrides the name sent with it (providers use its
    extension to guess the format). Other keywords are sent as extra form
    fields (``True``/``False`` as ``true``/``false``; ``None`` is left out).
    """
    from otari_api.api.audio import create_transcription
    from otari_api.models.transcription_request import TranscriptionRequest

    from ._results import TranscriptionResult

    require("model", model, str, "a model name such as 'openai:whisper-1'")
    for name, value in extra.items():
        if value is not None and not isinstance(value, str | int | float):
            raise InvalidRequestError(f"{name} must be a string, a number or a boolean to go in a form field")
    body = TranscriptionRequest(
        file=_upload(file, filename),
        model=model,
        language=language,
        prompt=prompt,
        response_format=response_format,
        temperature=temperature,
        user=user,
    )
    body.additional_properties.update(
        {name: str(value).lower() if isinstance(value, bool) else value for name, value in extra.items()}
    )
    return Call(create_transcription, request(create_transcription, body=body), TranscriptionResult.from_response)


# --------------------------------------------------------------------------- batches


@calls("otari_api.api.batches.create_batch")
def create_batch_(params: Mapping[str, Any] | None = None, /, **kwargs: Any) -> Call[Batch]:
    """Submit many requests as one batch job (``POST /v1/batches``).

    Pass the request as a dict (``{"model": ..., "requests": [...]}``), as
    keyword arguments (``model=..., requests=[...], completion_window="24h"``),
    or both (keywords win).
    """
    from otari_api.api.batches import create_batch
    from otari_api.models.batch import Batch
    from otari_api.models.create_batch_request import CreateBatchRequest

    fields = {**(params or {}), **kwargs}
    require("model", fields.get("model"), str, "a model name such as 'openai:gpt-4o-mini'")
    _messages(fields.get("requests"), "requests")
    body = build_body(CreateBatchRequest, fields)
    return Call(create_batch, request(create_batch, body=body), parse_json(create_batch, Batch), kind="batch")


def _batch_ref(batch_id: str, provider: str) -> None:
    require("batch_id", batch_id, str, "a batch id")
    require("provider", provider, str, "the provider that runs the batch, such as 'openai'")


@calls("otari_api.api.batches.retrieve_batch")
def retrieve_batch_(batch_id: str, provider: str) -> Call[Batch]:
    """Fetch a batch job's status (``GET /v1/batches/{batch_id}``)."""
    from otari_api.api.batches import retrieve_batch
    from otari_api.models.batch import Batch

    _batch_ref(batch_id, provider)
    built = request(retrieve_batch, batch_id=batch_id, provider=provider)
    return Call(retrieve_batch, built, parse_json(retrieve_batch, Batch), kind="batch", batch_id=batch_id)


@calls("otari_api.api.batches.cancel_batch")
def cancel_batch_(batch_id: str, provider: str) -> Call[Batch]:
    """Cancel a running batch job (``POST /v1/batches/{batch_id}/cancel``)."""
    from otari_api.api.batches import cancel_batch
    from otari_api.models.batch import Batch

    _batch_ref(batch_id, provider)
    built = request(cancel_batch, batch_id=batch_id, provider=provider)
    return Call(cancel_batch, built, parse_json(cancel_batch, Batch), kind="batch", batch_id=batch_id)


@calls("otari_api.api.batches.retrieve_batch_results")
def retrieve_batch_results_(batch_id: str, provider: str) -> Call[BatchResults]:
    """Fetch a finished batch's results (``GET /v1/batches/{batch_id}/results``).

    Raises :class:`~otari.BatchNotCompleteError` while the batch is still running.
    """
    from otari_api.api.batches import retrieve_batch_results
    from otari_api.models.batch_results import BatchResults

    _batch_ref(batch_id, provider)
    built = request(retrieve_batch_results, batch_id=batch_id, provider=provider)
    parse = parse_json(retrieve_batch_results, BatchResults)
    return Call(retrieve_batch_results, built, parse, kind="batch", batch_id=batch_id)


@calls("otari_api.api.batches.list_batches")
def list_batches_(
    provider: str, params: Mapping[str, Any] | None = None, /, *, after: str | None = None, limit: int | None = None
) -> Call[BatchList]:
    """List a provider's batch jobs (``GET /v1/batches``); page with ``after`` and ``limit``.

    ``after`` and ``limit`` may also come in a dict: ``list_batches("openai", {"limit": 20})``.
    """
    from otari_api.api.batches import list_batches
    from otari_api.models.batch_list import BatchList

    require("provider", provider, str, "the provider whose batches to list, such as 'openai'")
    options = dict(params or {})
    unknown = set(options) - {"after", "limit"}
    if unknown:
        raise InvalidRequestError(f"list_batches accepts 'after' and 'limit', not {sorted(unknown)}")
    after = after if after is not None else options.get("after")
    limit = limit if limit is not None else options.get("limit")
    built = request(list_batches, provider=provider, after=after, limit=limit)
    return Call(list_batches, built, parse_json(list_batches, BatchList), kind="batch")


# --------------------------------------------------------------------------- health


@calls("otari_api.api.health.health_check")
def health() -> Call[HealthStatus]:
    """The gateway's health report (``GET /health``); no credentials needed."""
    from otari_api.api.health import health_check
    from otari_api.models.health_status import HealthStatus

    return Call(health_check, request(health_check), parse_json(health_check, HealthStatus))
