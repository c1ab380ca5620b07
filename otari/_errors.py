"""Typed errors, and the mapping from a gateway response to one of them.

Every error the SDK raises is an :class:`OtariError`. HTTP failures are
:class:`APIStatusError` subclasses carrying the status code, the gateway's
message, the request id and the response; network failures are
:class:`APIConnectionError` (or :class:`APITimeoutError`). No error message
ever contains a credential: messages are built from the response body only,
never from request headers.
"""

from __future__ import annotations

import contextlib
import datetime
import email.utils
import json
import re
import time
from typing import Any, Literal, TypeVar

import httpx

E = TypeVar("E", bound="OtariError")

#: Which family of endpoints a call belongs to; it picks the 404/409 classes.
CallKind = Literal["inference", "batch", "control"]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")
MAX_MESSAGE_CHARS = 1000
CAPABILITY_WORDS = re.compile(r"\b(not support|unsupported|does not support|capabilit)", re.IGNORECASE)


class BodyTimeout(httpx.ReadTimeout):
    """Internal: an answer's body took longer than the read timeout in all (sent drop by drop)."""


def _request_id(response: httpx.Response) -> str | None:
    return next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)


class OtariError(Exception):
    """Base class of every error raised by the otari SDK."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(OtariError):
    """The gateway could not be reached, or the connection broke mid-response."""

    def __init__(self, message: str = "Could not connect to the gateway.", *, request: httpx.Request | None = None):
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, waiting for the response, or between stream events)."""

    def __init__(self, message: str = "The request to the gateway timed out.", *, request: httpx.Request | None = None):
        super().__init__(message, request=request)


class APIResponseValidationError(OtariError):
    """The gateway answered success, but the body is not what the API describes."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code if response is not None else None


class StreamError(OtariError):
    """The gateway reported an error inside a stream that had started successfully.

    Attributes:
        error_type: the error's ``type`` (``server_error``, ``overloaded_error``, ...), if it had one.
        body: the decoded error event.
        status_code: the status the stream started with (a success, since the error came later).
        request_id: the gateway's request id header of the stream, if it sent one.
        response: the stream's :class:`httpx.Response`.
    """

    def __init__(
        self,
        message: str,
        *,
        error_type: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.error_type = error_type
        self.body = body
        self.response = response
        self.status_code = response.status_code if response is not None else None
        self.request_id = _request_id(response) if response is not None else None


class APIStatusError(OtariError):
    """The gateway answered with an HTTP error status.

    Attributes:
        status_code: the HTTP status.
        message: the gateway's explanation, made readable.
        detail: the decoded error body (``detail`` field, or the whole body).
        request_id: the gateway's request id header, if it sent one.
        response: the :class:`httpx.Response`.
    """

    def __init__(self, message: str, *, response: httpx.Response, detail: Any = None) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.detail = detail
        self.request_id = _request_id(response)

    def __str__(self) -> str:
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.status_code}: {self.message}{suffix}"


class ClientError(APIStatusError):
    """A 4xx answer: the request was refused."""


class ServerError(APIStatusError):
    """A 5xx answer: the gateway or the provider behind it failed."""


class BadRequestError(ClientError):
    """400: the gateway rejected the request."""


class UnsupportedCapabilityError(BadRequestError):
    """400: the selected provider does not support what was asked for."""


class AuthenticationError(ClientError):
    """401 or 403: missing, invalid or insufficient credentials (or an exhausted budget, on some gateways)."""


class InsufficientFundsError(ClientError):
    """402: the budget or the platform credits are exhausted."""


class NotFoundError(ClientError):
    """404: the thing named in the request does not exist (key, user, budget, price, batch...)."""


class ModelNotFoundError(NotFoundError):
    """404 from an inference call: unknown model, or no provider key configured for it."""


class ConflictError(ClientError):
    """409: the request conflicts with the current state (for example, a duplicate user id)."""


class BatchNotCompleteError(ConflictError):
    """409 from batch results: the batch has not finished yet.

    ``batch_id`` and ``status`` are filled in when known.
    """

    def __init__(self, message: str, *, response: httpx.Response, detail: Any = None) -> None:
        super().__init__(message, response=response, detail=detail)
        self.batch_id: str | None = None
        self.status: str | None = None


class RequestValidationError(ClientError):
    """422: the gateway found invalid fields; ``errors`` lists them (``loc``, ``msg``, ``type``)."""

    def __init__(self, message: str, *, response: httpx.Response, detail: Any = None) -> None:
        super().__init__(message, response=response, detail=detail)
        self.errors: list[dict[str, Any]] = (
            [e for e in detail if isinstance(e, dict)] if isinstance(detail, list) else []
        )


class RateLimitError(ClientError):
    """429: too many requests. ``retry_after`` is the wait the gateway asked for, in seconds, if any."""

    def __init__(self, message: str, *, response: httpx.Response, detail: Any = None) -> None:
        super().__init__(message, response=response, detail=detail)
        self.retry_after: float | None = parse_retry_after(response.headers)


class UpstreamProviderError(ServerError):
    """502: the provider behind the gateway failed or could not be reached."""


class GatewayTimeoutError(ServerError):
    """504: the gateway gave up waiting for the provider."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientFundsError,
    403: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
    422: RequestValidationError,
    429: RateLimitError,
    502: UpstreamProviderError,
    504: GatewayTimeoutError,
}


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000": UTC, with no zone information (RFC 5322)
        when = when.replace(tzinfo=datetime.UTC)
    return max(when.timestamp() - time.time(), 0.0)


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= MAX_MESSAGE_CHARS else text[:MAX_MESSAGE_CHARS] + "…"


def _format_validation(errors: list[Any]) -> str:
    parts = []
    for error in errors:
        if isinstance(error, dict):
            loc = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "request"
            parts.append(f"{loc}: {error.get('msg', 'invalid')}")
        else:
            parts.append(str(error))
    return "; ".join(parts) or "invalid request"


def describe_body(body: Any) -> tuple[str | None, Any]:
    """Find the human message and the detail in a decoded error body.

    Handles ``{"detail": "text"}``, ``{"detail": [{loc, msg, type}, ...]}``,
    ``{"detail": {"type": "error", "error": {"type", "message"}}}`` (messages
    endpoint) and OpenAI's ``{"error": {"message": ...}}``.
    """
    if isinstance(body, str):
        return (_clip(body) or None), body
    if not isinstance(body, dict):
        return None, body
    detail = body.get("detail", body)
    if isinstance(detail, str):
        return _clip(detail), detail
    if isinstance(detail, list):
        return _clip(_format_validation(detail)), detail
    if isinstance(detail, dict):
        error = detail.get("error")
        if isinstance(error, dict) and error.get("message"):
            return _clip(str(error["message"])), detail
        if isinstance(error, str):
            return _clip(error), detail
        for key in ("message", "msg", "detail"):
            if isinstance(detail.get(key), str):
                return _clip(detail[key]), detail
    return None, detail


def decode_error_body(response: httpx.Response) -> Any:
    """The error body as JSON when it is JSON, else as text."""
    try:
        text = response.text
    except (UnicodeDecodeError, httpx.HTTPError):  # pragma: no cover - defensive
        return None
    if not text:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deep to decode
        return text


def status_error(
    response: httpx.Response, *, kind: CallKind = "inference", batch_id: str | None = None
) -> APIStatusError:
    """Build the typed error for an HTTP error ``response`` (body already read)."""
    status = response.status_code
    message, detail = describe_body(decode_error_body(response))
    target = redirect_target(response) if 300 <= status < 400 else None
    if target is not None:
        message = (
            f"the gateway redirected the request to {target} ({status} {response.reason_phrase}); "
            "the SDK does not follow redirects, so that a credential never reaches another server: "
            "set api_base to the URL the gateway really answers on"
        )
    if not message:
        message = response.reason_phrase or f"HTTP {status}"

    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = ServerError if status >= 500 else ClientError if status >= 400 else APIStatusError
    if cls is BadRequestError and CAPABILITY_WORDS.search(message):
        cls = UnsupportedCapabilityError
    elif cls is NotFoundError and kind == "inference":
        cls = ModelNotFoundError
    elif cls is ConflictError and kind == "batch":
        cls = BatchNotCompleteError

    error = cls(message, response=response, detail=detail)
    if isinstance(error, BatchNotCompleteError):
        found_id = re.search(r"\b(batch_[A-Za-z0-9_-]+)", message)
        found_status = re.search(r"status[\"']?\s*[:=]?\s*[\"']?([a-z_]+)", message, re.IGNORECASE)
        error.batch_id = found_id.group(1) if found_id else batch_id
        error.status = found_status.group(1) if found_status else None
    return error


REDACTED = "[redacted]"
#: Shorter "secrets" are not redacted: replacing them everywhere would garble messages.
MIN_REDACTED_LENGTH = 8


def _scrub(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, list):
        return [_scrub(item, secrets) for item in value]
    if isinstance(value, dict):
        return {_scrub(key, secrets): _scrub(item, secrets) for key, item in value.items()}
    return value


def redact(error: E, secrets: tuple[str, ...]) -> E:
    """Take the credentials out of an error built from a body that echoed them (some proxies do).

    The message, the exception's args and the decoded body it carries (``detail``, ``body``,
    ``errors``) are scrubbed in place.
    """
    secrets = tuple(secret for secret in secrets if len(secret) >= MIN_REDACTED_LENGTH)
    carried = [name for name in ("detail", "body", "errors") if hasattr(error, name)]
    text = repr((error.message, error.args, *(getattr(error, name) for name in carried)))
    if not any(secret in text for secret in secrets):
        return error
    error.message = _scrub(error.message, secrets)
    error.args = tuple(_scrub(arg, secrets) for arg in error.args)
    for name in carried:
        setattr(error, name, _scrub(getattr(error, name), secrets))
    return error


def redirect_target(response: httpx.Response) -> str | None:
    """Where a redirect points, without its query or user:password part (either may carry a credential)."""
    location = response.headers.get("location")
    if not location:
        return None
    try:
        url = httpx.URL(location)
        with contextlib.suppress(RuntimeError):  # no request attached: keep a relative location as it is
            url = response.request.url.join(url)
        return str(url.copy_with(query=None, fragment=None, userinfo=b""))
    except (httpx.InvalidURL, ValueError, TypeError):
        return None


def stream_error(body: Any, response: httpx.Response | None = None) -> StreamError:
    """Build the error for an error event inside a stream."""
    error = body.get("error", body) if isinstance(body, dict) else body
    if isinstance(error, dict):
        message = str(error.get("message") or error.get("detail") or "the stream reported an error")
        error_type = error.get("type") if isinstance(error.get("type"), str) else None
    else:
        message, error_type = str(error or "the stream reported an error"), None
    return StreamError(_clip(message), error_type=error_type, body=body, response=response)


#: httpx's protocol stack. httpx maps most of its errors to its own, but not all (h11's
#: "Too much data for declared Content-Length" while sending a body escapes as it is).
PROTOCOL_PACKAGES = frozenset({"httpcore", "h11", "h2", "hpack", "hyperframe"})


def is_transport_failure(exc: BaseException) -> bool:
    """A failure to exchange with the server: an httpx request error, or one its protocol stack let through."""
    return isinstance(exc, httpx.RequestError) or (
        isinstance(exc, Exception) and type(exc).__module__.partition(".")[0] in PROTOCOL_PACKAGES
    )


def connection_error(exc: Exception, request: httpx.Request | None = None) -> APIConnectionError:
    """Wrap a transport failure (httpx's, or one httpx let through); the message names it, never a header."""
    if isinstance(exc, httpx.RequestError):
        with contextlib.suppress(RuntimeError):  # httpx raises when the error has no request attached
            request = exc.request
    # Neither the query nor a user:password@ part of the URL: either may carry a credential.
    where = f" ({request.method} {request.url.copy_with(query=None, userinfo=b'')})" if request is not None else ""
    if isinstance(exc, BodyTimeout):
        return APITimeoutError(f"The request timed out: {exc}{where}.", request=request)
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.replace("Timeout", " timeout").strip().lower()
        return APITimeoutError(f"The request timed out: {kind}{where}.", request=request)
    reason = str(exc) or type(exc).__name__
    if not isinstance(exc, httpx.RequestError):
        reason = f"{type(exc).__name__}: {reason}"
    return APIConnectionError(f"Connection to the gateway failed{where}: {reason}", request=request)
