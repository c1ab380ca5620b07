from __future__ import annotations

from http import HTTPStatus
from typing import Any, Unpack
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import list_keys_query as _query_module
from ...models.http_validation_error import HTTPValidationError
from ...models.key_info import KeyInfo
from ...models.list_keys_query import ListKeysQuery
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/keys"
OPERATION_ID = "list_keys"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ()
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "skip": "skip",
    "limit": "limit",
    "workspace_id": "workspace_id",
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
RESULT: type | None = list
RESULT_ITEM: type | None = KeyInfo


class Params(ListKeysQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    **params: Unpack[Params],
) -> list[KeyInfo]:
    """List API keys, one page at a time."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    *,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    json_workspace_id: None | str | Unset
    if isinstance(workspace_id, Unset):
        json_workspace_id = UNSET
    elif isinstance(workspace_id, UUID):
        json_workspace_id = str(workspace_id)
    else:
        json_workspace_id = workspace_id
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[KeyInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = KeyInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[KeyInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | list[KeyInfo]]:
    """List API keys, one page at a time.

    Args:
        skip (int | Unset):
        limit (int | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[KeyInfo]]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | list[KeyInfo] | None:
    """List API keys, one page at a time.

    Args:
        skip (int | Unset):
        limit (int | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[KeyInfo]
    """

    return sync_detailed(
        client=client,
        skip=skip,
        limit=limit,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | list[KeyInfo]]:
    """List API keys, one page at a time.

    Args:
        skip (int | Unset):
        limit (int | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[KeyInfo]]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | list[KeyInfo] | None:
    """List API keys, one page at a time.

    Args:
        skip (int | Unset):
        limit (int | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[KeyInfo]
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            limit=limit,
            workspace_id=workspace_id,
        )
    ).parsed
