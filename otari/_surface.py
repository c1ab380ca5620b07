"""The SDK's surface, as a table: each public method is one row naming the gateway operation it calls.

Both clients are built from these classes (``OtariClient`` is ``Inference[Sync]``,
``AsyncOtariClient`` is ``Inference[Async]``; the control plane's table is in
:mod:`otari._control_plane`, loaded on first use), the drift gate reads them to
prove which operations are covered, and the README's method list is generated
from them (``python -m tools.surface``). Arguments, their types, the docs and
the results come from the generated core; a row only says where the method
lives. See :mod:`otari._operation` for what a row may add.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol, Unpack, overload

from ._call import data_of
from ._operation import Async, Child, M, Ref, Resource, Streaming, Sync, child, op, streaming

if TYPE_CHECKING:
    import httpx
    from otari_api import api
    from otari_api.api.chat.chat_completions import Params as ChatParams
    from otari_api.api.messages.create_message import Params as MessageParams
    from otari_api.api.responses.create_response import Params as ResponseParams
    from otari_api.models.batch import Batch
    from otari_api.models.batch_list import BatchList
    from otari_api.models.batch_results import BatchResults
    from otari_api.models.chat_completion import ChatCompletion
    from otari_api.models.chat_completion_chunk import ChatCompletionChunk
    from otari_api.models.create_batch_request import CreateBatchRequestParams
    from otari_api.models.message import Message
    from otari_api.models.message_stream_event import MessageStreamEvent
    from otari_api.models.response_stream_event import ResponseStreamEvent

    from ._control_plane import ControlPlane
    from ._results import Response, TranscriptionResult
    from ._streaming import AsyncStream, Stream
else:
    api = Ref("otari_api.api")


# The result hooks import their models on first use, so that importing the clients stays cheap.
def _response(response: httpx.Response) -> Response:
    from ._results import Response

    return Response.from_response(response)


def _transcription(response: httpx.Response) -> TranscriptionResult:
    from ._results import TranscriptionResult

    return TranscriptionResult.from_response(response)


# --------------------------------------------------------------------------- the streaming calls' overloads
# (for type checkers only: at run time the streaming rows are plain operations)

if TYPE_CHECKING:

    class _Completion(Protocol):
        @overload
        def __call__(self, *, stream: Literal[False] = False, **params: Unpack[ChatParams]) -> ChatCompletion: ...
        @overload
        def __call__(self, *, stream: Literal[True], **params: Unpack[ChatParams]) -> Stream[ChatCompletionChunk]: ...

    class _AsyncCompletion(Protocol):
        @overload
        def __call__(
            self, *, stream: Literal[False] = False, **params: Unpack[ChatParams]
        ) -> Awaitable[ChatCompletion]: ...
        @overload
        def __call__(
            self, *, stream: Literal[True], **params: Unpack[ChatParams]
        ) -> Awaitable[AsyncStream[ChatCompletionChunk]]: ...

    class _Response(Protocol):
        @overload
        def __call__(self, *, stream: Literal[False] = False, **params: Unpack[ResponseParams]) -> Response: ...
        @overload
        def __call__(
            self, *, stream: Literal[True], **params: Unpack[ResponseParams]
        ) -> Stream[ResponseStreamEvent]: ...

    class _AsyncResponse(Protocol):
        @overload
        def __call__(
            self, *, stream: Literal[False] = False, **params: Unpack[ResponseParams]
        ) -> Awaitable[Response]: ...
        @overload
        def __call__(
            self, *, stream: Literal[True], **params: Unpack[ResponseParams]
        ) -> Awaitable[AsyncStream[ResponseStreamEvent]]: ...

    class _Message(Protocol):
        @overload
        def __call__(self, *, stream: Literal[False] = False, **params: Unpack[MessageParams]) -> Message: ...
        @overload
        def __call__(self, *, stream: Literal[True], **params: Unpack[MessageParams]) -> Stream[MessageStreamEvent]: ...

    class _AsyncMessage(Protocol):
        @overload
        def __call__(
            self, *, stream: Literal[False] = False, **params: Unpack[MessageParams]
        ) -> Awaitable[Message]: ...
        @overload
        def __call__(
            self, *, stream: Literal[True], **params: Unpack[MessageParams]
        ) -> Awaitable[AsyncStream[MessageStreamEvent]]: ...


# --------------------------------------------------------------------------- batches: the seed README's call forms


def _create_batch(params: Mapping[str, Any] | None = None, /, **kwargs: Unpack[CreateBatchRequestParams]) -> Batch:
    """Submit many requests as one batch job: the request as a dict, as keywords, or both (keywords win)."""
    raise NotImplementedError


def _batch(batch_id: str, provider: str) -> Batch:
    raise NotImplementedError


def _batch_results(batch_id: str, provider: str) -> BatchResults:
    """Fetch a finished batch's results; raises :class:`~otari.BatchNotCompleteError` while it runs."""
    raise NotImplementedError


def _list_batches(
    provider: str, params: Mapping[str, Any] | None = None, /, *, after: str | None = None, limit: int | None = None
) -> BatchList:
    """List a provider's batch jobs; page with ``after`` and ``limit`` (as keywords or in a dict)."""
    raise NotImplementedError


# --------------------------------------------------------------------------- the client


class Inference(Resource[M]):
    """What both clients call with the client's own key: inference, batches, health, and the control plane."""

    completion: Streaming[_Completion, _AsyncCompletion] = streaming(api.chat.chat_completions.call, "chat")
    response: Streaming[_Response, _AsyncResponse] = streaming(
        api.responses.create_response.call, "responses", parse=_response
    )
    message: Streaming[_Message, _AsyncMessage] = streaming(api.messages.create_message.call, "messages")

    embedding = op(api.embeddings.create_embedding.call)
    list_models = op(api.model_catalog.list_models.call, result=data_of)
    get_model = op(api.model_catalog.get_model.call)
    moderation = op(api.moderations.create_moderation.call)
    rerank = op(api.rerank.create_rerank.call)
    image_generation = op(api.images.create_image.call)
    speech = op(api.audio.create_speech.call)
    transcription = op(api.audio.create_transcription.call, parse=_transcription)

    create_batch = op(api.batches.create_batch.call, signature=_create_batch, mapping=True, kind="batch")
    retrieve_batch = op(api.batches.retrieve_batch.call, signature=_batch, positional=("provider",), kind="batch")
    list_batches = op(
        api.batches.list_batches.call, signature=_list_batches, positional=("provider",), mapping=True, kind="batch"
    )
    cancel_batch = op(api.batches.cancel_batch.call, signature=_batch, positional=("provider",), kind="batch")
    retrieve_batch_results = op(
        api.batches.retrieve_batch_results.call, signature=_batch_results, positional=("provider",), kind="batch"
    )

    health = op(api.health.health_check.call)

    control_plane: Child[ControlPlane[Sync], ControlPlane[Async]] = child("otari._control_plane.ControlPlane")
