from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any, Unpack
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import get_pricing_query as _query_module
from ...models.get_pricing_query import GetPricingQuery
from ...models.http_validation_error import HTTPValidationError
from ...models.pricing_response import PricingResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/pricing/{model_key}"
OPERATION_ID = "get_pricing"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ("model_key",)
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "as_of": "as_of",
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
RESULT: type | None = PricingResponse
RESULT_ITEM: type | None = None


class Params(GetPricingQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    model_key: str,
    /,
    **params: Unpack[Params],
) -> PricingResponse:
    """Fetch the price in force for a model, now or at a given time."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    model_key: str,
    *,
    as_of: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.datetime):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pricing/{model_key}".format(
            model_key=quote(str(model_key), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PricingResponse | None:
    if response.status_code == 200:
        response_200 = PricingResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PricingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_key: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | None | Unset = UNSET,
) -> Response[HTTPValidationError | PricingResponse]:
    """Fetch the price in force for a model, now or at a given time.

    Args:
        model_key (str):
        as_of (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PricingResponse]
    """

    kwargs = _get_kwargs(
        model_key=model_key,
        as_of=as_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_key: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | None | Unset = UNSET,
) -> HTTPValidationError | PricingResponse | None:
    """Fetch the price in force for a model, now or at a given time.

    Args:
        model_key (str):
        as_of (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PricingResponse
    """

    return sync_detailed(
        model_key=model_key,
        client=client,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    model_key: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | None | Unset = UNSET,
) -> Response[HTTPValidationError | PricingResponse]:
    """Fetch the price in force for a model, now or at a given time.

    Args:
        model_key (str):
        as_of (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PricingResponse]
    """

    kwargs = _get_kwargs(
        model_key=model_key,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_key: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | None | Unset = UNSET,
) -> HTTPValidationError | PricingResponse | None:
    """Fetch the price in force for a model, now or at a given time.

    Args:
        model_key (str):
        as_of (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PricingResponse
    """

    return (
        await asyncio_detailed(
            model_key=model_key,
            client=client,
            as_of=as_of,
        )
    ).parsed
