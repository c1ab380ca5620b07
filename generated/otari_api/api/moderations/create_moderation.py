from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Unpack

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import create_moderation_query as _query_module
from ...models import moderation_request as _body_module
from ...models.create_moderation_query import CreateModerationQuery
from ...models.http_validation_error import HTTPValidationError
from ...models.moderation_request import ModerationRequest, ModerationRequestParams
from ...models.moderation_response import ModerationResponse
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/v1/moderations"
OPERATION_ID = "create_moderation"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ()
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "include_raw": "include_raw",
}
#: Pre-send checks of the query parameters and body fields, and which must be given (see the models' CHECKS).
QUERY_CHECKS: dict[str, dict[str, Any]] = _query_module.CHECKS
QUERY_REQUIRED: tuple[str, ...] = _query_module.REQUIRED
#: The request body model, or None; a form upload when BODY_FORM.
BODY = ModerationRequest
BODY_FORM = False
BODY_CHECKS: dict[str, dict[str, Any]] = _body_module.CHECKS
BODY_REQUIRED: tuple[str, ...] = _body_module.REQUIRED
#: How a success answer is read: "json" (with _parse_response), "bytes", "text" or "none".
ANSWER = "json"
#: What a "json" answer parses into (checked by the shell), and the class of a list's items.
RESULT: type | None = ModerationResponse
RESULT_ITEM: type | None = None


class Params(ModerationRequestParams, CreateModerationQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""

    #: Fields sent in the body as they are, unchecked: for what this SDK does not know yet.
    extra_body: Mapping[str, Any] | None


def call(
    body: ModerationRequest | None = None,
    /,
    **params: Unpack[Params],
) -> ModerationResponse:
    """Classify text (or images) against moderation categories."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    *,
    body: ModerationRequest,
    include_raw: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_raw"] = include_raw

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/moderations",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ModerationResponse | None:
    if response.status_code == 200:
        response_200 = ModerationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ModerationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModerationRequest,
    include_raw: bool | Unset = UNSET,
) -> Response[HTTPValidationError | ModerationResponse]:
    """Classify text (or images) against moderation categories.

    Args:
        include_raw (bool | Unset):
        body (ModerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModerationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        include_raw=include_raw,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ModerationRequest,
    include_raw: bool | Unset = UNSET,
) -> HTTPValidationError | ModerationResponse | None:
    """Classify text (or images) against moderation categories.

    Args:
        include_raw (bool | Unset):
        body (ModerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModerationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        include_raw=include_raw,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModerationRequest,
    include_raw: bool | Unset = UNSET,
) -> Response[HTTPValidationError | ModerationResponse]:
    """Classify text (or images) against moderation categories.

    Args:
        include_raw (bool | Unset):
        body (ModerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModerationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        include_raw=include_raw,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModerationRequest,
    include_raw: bool | Unset = UNSET,
) -> HTTPValidationError | ModerationResponse | None:
    """Classify text (or images) against moderation categories.

    Args:
        include_raw (bool | Unset):
        body (ModerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModerationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include_raw=include_raw,
        )
    ).parsed
