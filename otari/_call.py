"""A call: one request, built and checked, and how to read its answer. No I/O here.

The clients' transports send a :class:`Call` and hand the successful response
to its ``parse``. The parsers below read answers the way the generated core
describes them, and turn anything that does not fit into
:class:`~otari.APIResponseValidationError`.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import attrs
import httpx

from ._errors import APIResponseValidationError, CallKind, OtariError

if TYPE_CHECKING:
    from ._streaming import StreamSpec

T = TypeVar("T")


class InvalidRequestError(OtariError, ValueError):
    """Arguments that cannot make a valid request; raised before anything is sent."""


@attrs.frozen(slots=True)
class Call(Generic[T]):
    """Everything needed to send one request and read its answer.

    Attributes:
        endpoint: the generated endpoint module (``METHOD``, ``PATH``, ``_get_kwargs``).
        request: keyword arguments from the endpoint's ``_get_kwargs``.
        parse: turns a successful response into the result.
        kind: endpoint family, used to pick error classes.
        admin: send the control-plane credential instead of the client's.
        stream: how to decode server-sent events, for streaming calls.
        batch_id: the batch a call is about, for error details.
    """

    endpoint: ModuleType
    request: dict[str, Any]
    parse: Callable[[httpx.Response], T]
    kind: CallKind = "inference"
    admin: bool = False
    stream: StreamSpec[Any] | None = None
    batch_id: str | None = None


class _ParseClient:
    """Stand-in for the generated client inside ``_parse_response``: unexpected statuses raise."""

    raise_on_unexpected_status = True


PARSE_CLIENT: Any = _ParseClient()


def _mismatch(endpoint: ModuleType, response: httpx.Response, why: str) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"{endpoint.METHOD} {endpoint.PATH}: the gateway's answer does not match the API ({why})", response=response
    )


def answer_parser(endpoint: ModuleType) -> Callable[[httpx.Response], Any]:
    """How to read a success answer of ``endpoint``, from its generated ``ANSWER`` and ``RESULT``."""
    if endpoint.ANSWER == "bytes":
        return parse_bytes
    if endpoint.ANSWER == "text":
        return parse_text
    if endpoint.ANSWER == "none":
        return parse_nothing
    expected: type | None = endpoint.RESULT
    item: type | None = endpoint.RESULT_ITEM

    def parse(response: httpx.Response) -> Any:
        try:
            result = endpoint._parse_response(client=PARSE_CLIENT, response=response)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise _mismatch(endpoint, response, f"{type(exc).__name__}: {exc}") from None
        except Exception as exc:  # the generated UnexpectedStatus, for a 2xx we do not model
            raise APIResponseValidationError(
                f"{endpoint.METHOD} {endpoint.PATH}: unexpected answer ({exc})", response=response
            ) from None
        if expected is not None and not isinstance(result, expected):
            raise _mismatch(endpoint, response, f"expected {expected.__name__}, got {type(result).__name__}")
        if item is not None and not all(isinstance(element, item) for element in result):
            raise _mismatch(endpoint, response, f"expected a list of {item.__name__}")
        return result

    return parse


class _Listing(Protocol[T]):
    @property
    def data(self) -> list[T]: ...


def data_of(listing: _Listing[T]) -> list[T]:
    """The items of a ``{"data": [...]}`` answer: what a ``list`` method returns (a row's ``result=``)."""
    return listing.data


def parse_nothing(response: httpx.Response) -> None:
    """For 204 answers, and answers the API describes as empty."""
    return None


def parse_bytes(response: httpx.Response) -> bytes:
    return response.content


def parse_text(response: httpx.Response) -> str:
    return response.text
