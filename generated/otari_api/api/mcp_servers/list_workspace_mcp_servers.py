from __future__ import annotations

from http import HTTPStatus
from typing import Any, Unpack
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import list_workspace_mcp_servers_query as _query_module
from ...models.http_validation_error import HTTPValidationError
from ...models.list_workspace_mcp_servers_query import ListWorkspaceMcpServersQuery
from ...models.workspace_mcp_servers_public import WorkspaceMcpServersPublic
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/workspaces/{workspace_id}/mcp-servers"
OPERATION_ID = "list_workspace_mcp_servers"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ("workspace_id",)
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "skip": "skip",
    "limit": "limit",
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
RESULT: type | None = WorkspaceMcpServersPublic
RESULT_ITEM: type | None = None


class Params(ListWorkspaceMcpServersQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    workspace_id: UUID | str,
    /,
    **params: Unpack[Params],
) -> WorkspaceMcpServersPublic:
    """List a workspace's MCP servers; tokens are never included."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    workspace_id: UUID,
    *,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/mcp-servers".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceMcpServersPublic | None:
    if response.status_code == 200:
        response_200 = WorkspaceMcpServersPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceMcpServersPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[HTTPValidationError | WorkspaceMcpServersPublic]:
    """List a workspace's MCP servers; tokens are never included.

    Args:
        workspace_id (UUID):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMcpServersPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> HTTPValidationError | WorkspaceMcpServersPublic | None:
    """List a workspace's MCP servers; tokens are never included.

    Args:
        workspace_id (UUID):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMcpServersPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[HTTPValidationError | WorkspaceMcpServersPublic]:
    """List a workspace's MCP servers; tokens are never included.

    Args:
        workspace_id (UUID):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMcpServersPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> HTTPValidationError | WorkspaceMcpServersPublic | None:
    """List a workspace's MCP servers; tokens are never included.

    Args:
        workspace_id (UUID):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMcpServersPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            skip=skip,
            limit=limit,
        )
    ).parsed
