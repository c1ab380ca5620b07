from __future__ import annotations

from http import HTTPStatus
from typing import Any, Unpack

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import provider_health_query as _query_module
from ...models.http_validation_error import HTTPValidationError
from ...models.provider_health_query import ProviderHealthQuery
from ...models.provider_health_response import ProviderHealthResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/providers/health"
OPERATION_ID = "provider_health"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ()
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "refresh": "refresh",
}
#: Pre-send checks of the query parameters and body fields, and which must be given (see the models' CHECKS).
QUERY_CHECKS: dict[str, dict[str, Any]] = _query_module.CHECKS
QUERY_REQUIRED: tuple[str, ...] = _query_module.REQUIRED
#: The request body model, or None; a form upload when BODY_FORM.
BODY = None
BODY_FORM = False
BODY_CHECKS: dict[str, dict[str, Any]] = {}
BODY_REQUIRED: tuple[str, ...] = ()
#: How a success answer is read: "json" (with _parse_response), "bytes", "text" or "none".
ANSWER = "json"
#: What a "json" answer parses into (checked by the shell), and the class of a list's items.
RESULT: type | None = ProviderHealthResponse
RESULT_ITEM: type | None = None


class Params(ProviderHealthQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    **params: Unpack[Params],
) -> ProviderHealthResponse:
    """Report whether each configured provider is reachable, and when it was checked."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    *,
    refresh: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["refresh"] = refresh

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/providers/health",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProviderHealthResponse | None:
    if response.status_code == 200:
        response_200 = ProviderHealthResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ProviderHealthResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
) -> Response[HTTPValidationError | ProviderHealthResponse]:
    """Report whether each configured provider is reachable, and when it was checked.

    Args:
        refresh (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProviderHealthResponse]
    """

    kwargs = _get_kwargs(
        refresh=refresh,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
) -> HTTPValidationError | ProviderHealthResponse | None:
    """Report whether each configured provider is reachable, and when it was checked.

    Args:
        refresh (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProviderHealthResponse
    """

    return sync_detailed(
        client=client,
        refresh=refresh,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
) -> Response[HTTPValidationError | ProviderHealthResponse]:
    """Report whether each configured provider is reachable, and when it was checked.

    Args:
        refresh (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProviderHealthResponse]
    """

    kwargs = _get_kwargs(
        refresh=refresh,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
) -> HTTPValidationError | ProviderHealthResponse | None:
    """Report whether each configured provider is reachable, and when it was checked.

    Args:
        refresh (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProviderHealthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            refresh=refresh,
        )
    ).parsed
