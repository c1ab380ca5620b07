"""Result types the shell adds on top of the generated models."""

from __future__ import annotations

import json as _json
from typing import Any

import attrs
import httpx
from otari_api.models.response_object import ResponseObject
from otari_api.models.transcription import Transcription

from ._errors import APIResponseValidationError


class Response(ResponseObject):
    """A Responses API result: the generated :class:`ResponseObject` plus :attr:`output_text`."""

    @classmethod
    def from_response(cls, response: httpx.Response) -> Response:
        return cls.from_dict(response.json())

    @property
    def output_text(self) -> str:
        """All ``output_text`` parts of all output messages, joined in order."""
        parts: list[str] = []
        for item in self.output:
            if item.type != "message" or not isinstance(item.content, list):
                continue
            parts.extend(
                part.text for part in item.content if part.type == "output_text" and isinstance(part.text, str)
            )
        return "".join(parts)


@attrs.frozen
class TranscriptionResult:
    """A transcription answer.

    Attributes:
        json: the decoded JSON body (``None`` when the gateway answered plain text,
            as it does for ``response_format`` ``text``, ``srt`` or ``vtt``).
        text: the transcript (``json["text"]`` for JSON answers, else the body).
        transcription: the typed model, for JSON answers.
    """

    json: Any
    text: str
    transcription: Transcription | None = None

    @classmethod
    def from_response(cls, response: httpx.Response) -> TranscriptionResult:
        content_type = response.headers.get("content-type", "")
        body = response.text
        if "json" not in content_type:
            return cls(json=None, text=body)
        try:
            data = _json.loads(body)
        except ValueError:
            raise APIResponseValidationError("transcription: the body is not valid JSON", response=response) from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise APIResponseValidationError("transcription: expected an object with a 'text' field", response=response)
        try:
            model = Transcription.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise APIResponseValidationError(f"transcription: {exc}", response=response) from None
        return cls(json=data, text=data["text"], transcription=model)
