"""What a user's type checker sees: checked with ``mypy --strict`` by ``nox -s typecheck``, never run.

Each ``assert_type`` states the type a call has; each ``# type: ignore[...]``
marks a call that must be an error (mypy --strict warns about an ignore that
is not needed, so a call that wrongly type-checks fails the session).
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from otari_api.models.chat_completion import ChatCompletion
from otari_api.models.chat_completion_chunk import ChatCompletionChunk
from otari_api.models.create_key_response import CreateKeyResponse
from otari_api.models.key_info import KeyInfo
from otari_api.models.model_object import ModelObject
from otari_api.models.user_response import UserResponse

from otari import AsyncOtariClient, AsyncStream, OtariClient, Response, Stream, TranscriptionResult

client = OtariClient(api_base="http://localhost:8000", api_key="key")
messages = [{"role": "user", "content": "Hi"}]

assert_type(client.completion(model="openai:gpt-4o-mini", messages=messages), ChatCompletion)
assert_type(client.completion(model="openai:gpt-4o-mini", messages=messages, stream=True), Stream[ChatCompletionChunk])
assert_type(client.response(model="openai:gpt-4o-mini", input="Hi"), Response)
assert_type(client.list_models(), list[ModelObject])
assert_type(client.speech(model="openai:tts-1", input="Hi", voice="alloy"), bytes)
assert_type(client.transcription(model="openai:whisper-1", file=b"...", filename="a.mp3"), TranscriptionResult)

cp = client.control_plane
assert_type(cp.keys.create(key_name="ci", expires_at=datetime.date(2030, 1, 1)), CreateKeyResponse)
assert_type(cp.keys.list(limit=10), list[KeyInfo])
assert_type(cp.keys.iter(), Iterator[KeyInfo])
assert_type(cp.keys.update("k1", is_active=False), KeyInfo)
assert_type(cp.keys.delete("k1"), None)
assert_type(cp.users.get("alice"), UserResponse)

# Misspelled, mistyped or missing arguments are errors for the user's type checker.
cp.keys.create(key_nam="ci")  # type: ignore[call-arg]
cp.keys.list(limit="10")  # type: ignore[arg-type]
cp.keys.get()  # type: ignore[call-arg]
cp.users.create(alias="no user_id")  # type: ignore[call-arg]
client.completion(model="m")  # type: ignore[call-overload]
client.message(model="m", messages=messages)  # type: ignore[call-overload]


async def main() -> None:
    aclient = AsyncOtariClient(api_base="http://localhost:8000", api_key="key")
    assert_type(await aclient.completion(model="m", messages=messages), ChatCompletion)
    stream = await aclient.completion(model="m", messages=messages, stream=True)
    assert_type(stream, AsyncStream[ChatCompletionChunk])
    assert_type(await aclient.control_plane.keys.get("k1"), KeyInfo)
    assert_type(aclient.control_plane.keys.iter(limit=50), AsyncIterator[KeyInfo])
    await aclient.control_plane.keys.create(key_nam="ci")  # type: ignore[call-arg]
