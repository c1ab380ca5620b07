"""Multipart uploads from the generated core: the boundary is random, and bytes cannot inject form fields.

The upstream generator used the fixed boundary ``+++``: a file containing
``\\r\\n--+++`` could end the file part early and smuggle in fields. A real
server on 127.0.0.1 parses what we send with the standard library's MIME
parser and reports the parts it saw.
"""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from otari_api import Client
from otari_api.api.audio import create_transcription
from otari_api.models.transcription_request import TranscriptionRequest
from otari_api.types import File

import otari

EVIL = (
    b"RIFF....WAVE"
    b'\r\n--+++\r\nContent-Disposition: form-data; name="model"\r\n\r\nattacker-model'
    b'\r\n--+++\r\nContent-Disposition: form-data; name="language"\r\n\r\nxx\r\n--+++--\r\n'
    b"tail bytes"
)


class _Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, Any]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        content_type = self.headers["Content-Type"]
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        parts = []
        for part in message.iter_parts():
            parts.append(
                {
                    "name": part.get_param("name", header="content-disposition"),
                    "filename": part.get_filename(),
                    "payload": part.get_payload(decode=True),
                }
            )
        self.server.seen.append({"content_type": content_type, "parts": parts})  # type: ignore[attr-defined]
        answer = json.dumps({"text": "ok"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    httpd.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _url(httpd: ThreadingHTTPServer) -> str:
    host, port = httpd.server_address[:2]
    return f"http://{host!s}:{port}"


def _check_one_upload(record: dict[str, Any]) -> dict[str, Any]:
    fields = {part["name"]: part for part in record["parts"]}
    assert [part["name"] for part in record["parts"]].count("file") == 1
    assert fields["file"]["payload"] == EVIL
    assert fields["model"]["payload"] == b"openai:whisper-1"
    assert "boundary=+++" not in record["content_type"]
    return fields


def test_generated_core_upload_cannot_inject_fields(server: ThreadingHTTPServer) -> None:
    body = TranscriptionRequest(file=File(payload=io.BytesIO(EVIL), file_name="a.wav"), model="openai:whisper-1")
    with Client(base_url=_url(server)) as client:
        response = create_transcription.sync_detailed(client=client, body=body)
    assert response.status_code == 200
    fields = _check_one_upload(server.seen[0])  # type: ignore[attr-defined]
    assert set(fields) == {"file", "model"}, "unset optional fields must not be sent"


def test_optional_fields_set_to_none_are_not_sent_as_the_string_none(server: ThreadingHTTPServer) -> None:
    body = TranscriptionRequest(
        file=File(payload=io.BytesIO(EVIL), file_name="a.wav"),
        model="openai:whisper-1",
        language=None,
        prompt=None,
        temperature=0.5,
    )
    with Client(base_url=_url(server)) as client:
        create_transcription.sync_detailed(client=client, body=body)
    fields = _check_one_upload(server.seen[0])  # type: ignore[attr-defined]
    assert set(fields) == {"file", "model", "temperature"}
    assert fields["temperature"]["payload"] == b"0.5"
    assert all(part["payload"] != b"None" for part in server.seen[0]["parts"])  # type: ignore[attr-defined]


def test_boundaries_differ_between_requests(server: ThreadingHTTPServer) -> None:
    with Client(base_url=_url(server)) as client:
        for _ in range(2):
            body = TranscriptionRequest(file=File(payload=io.BytesIO(b"x"), file_name="a.wav"), model="m")
            create_transcription.sync_detailed(client=client, body=body)
    first, second = (record["content_type"] for record in server.seen)  # type: ignore[attr-defined]
    assert first != second


def test_sdk_transcription_upload_is_safe_too(server: ThreadingHTTPServer) -> None:
    with otari.OtariClient(api_base=_url(server), api_key="sk-test") as client:
        result = client.transcription(model="openai:whisper-1", file=EVIL, filename="evil.wav", language=None)
    assert result.text == "ok"
    fields = _check_one_upload(server.seen[0])  # type: ignore[attr-defined]
    assert fields["file"]["filename"] == "evil.wav"
    assert set(fields) == {"file", "model"}


def test_httpx_is_what_picks_the_boundary() -> None:
    """Guard: the request built by the generated core carries no Content-Type of its own."""
    body = TranscriptionRequest(file=File(payload=io.BytesIO(b"x"), file_name="a.wav"), model="m")
    kwargs = create_transcription._get_kwargs(body=body)
    assert "Content-Type" not in kwargs.get("headers", {})
    request = httpx.Request("POST", "http://127.0.0.1/v1/audio/transcriptions", files=kwargs["files"])
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
