from __future__ import annotations

from http import HTTPStatus
from typing import Any, Unpack
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import retrieve_batch_query as _query_module
from ...models.batch import Batch
from ...models.http_validation_error import HTTPValidationError
from ...models.retrieve_batch_query import RetrieveBatchQuery
from ...types import UNSET, Response

METHOD = "GET"
PATH = "/v1/batches/{batch_id}"
OPERATION_ID = "retrieve_batch"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ("batch_id",)
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "provider": "provider",
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
RESULT: type | None = Batch
RESULT_ITEM: type | None = None


class Params(RetrieveBatchQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    batch_id: str,
    /,
    **params: Unpack[Params],
) -> Batch:
    """Fetch the current state of a batch job."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    batch_id: str,
    *,
    provider: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider"] = provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batches/{batch_id}".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Batch | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = Batch.from_dict(response.json())

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
) -> Response[Batch | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str,
) -> Response[Batch | HTTPValidationError]:
    """Fetch the current state of a batch job.

    Args:
        batch_id (str):
        provider (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str,
) -> Batch | HTTPValidationError | None:
    """Fetch the current state of a batch job.

    Args:
        batch_id (str):
        provider (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | HTTPValidationError
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str,
) -> Response[Batch | HTTPValidationError]:
    """Fetch the current state of a batch job.

    Args:
        batch_id (str):
        provider (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str,
) -> Batch | HTTPValidationError | None:
    """Fetch the current state of a batch job.

    Args:
        batch_id (str):
        provider (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
            provider=provider,
        )
    ).parsed
