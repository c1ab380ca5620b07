from __future__ import annotations

from http import HTTPStatus
from typing import Any, TypedDict, Unpack
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.status_message import StatusMessage
from ...types import Response

METHOD = "DELETE"
PATH = "/v1/workspaces/{workspace_id}/mcp-servers/{server_id}"
OPERATION_ID = "delete_workspace_mcp_server"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = (
    "workspace_id",
    "server_id",
)
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {}
#: Pre-send checks of the query parameters and body fields, and which must be given (see the models' CHECKS).
QUERY_CHECKS: dict[str, dict[str, Any]] = {}
QUERY_REQUIRED: tuple[str, ...] = ()
#: The request body model, or None; a form upload when BODY_FORM.
BODY = None
BODY_FORM = False
BODY_CHECKS: dict[str, dict[str, Any]] = {}
BODY_REQUIRED: tuple[str, ...] = ()
#: How a success answer is read: "json" (with _parse_response), "bytes", "text" or "none".
ANSWER = "json"
#: What a "json" answer parses into (checked by the shell), and the class of a list's items.
RESULT: type | None = StatusMessage
RESULT_ITEM: type | None = None


class Params(TypedDict, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    workspace_id: UUID | str,
    server_id: UUID | str,
    /,
    **params: Unpack[Params],
) -> StatusMessage:
    """Delete a workspace's MCP server and its stored token."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    workspace_id: UUID,
    server_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workspaces/{workspace_id}/mcp-servers/{server_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StatusMessage | None:
    if response.status_code == 200:
        response_200 = StatusMessage.from_dict(response.json())

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
) -> Response[HTTPValidationError | StatusMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    server_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | StatusMessage]:
    """Delete a workspace's MCP server and its stored token.

    Args:
        workspace_id (UUID):
        server_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StatusMessage]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        server_id=server_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    server_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | StatusMessage | None:
    """Delete a workspace's MCP server and its stored token.

    Args:
        workspace_id (UUID):
        server_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StatusMessage
    """

    return sync_detailed(
        workspace_id=workspace_id,
        server_id=server_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    server_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | StatusMessage]:
    """Delete a workspace's MCP server and its stored token.

    Args:
        workspace_id (UUID):
        server_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StatusMessage]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        server_id=server_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    server_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | StatusMessage | None:
    """Delete a workspace's MCP server and its stored token.

    Args:
        workspace_id (UUID):
        server_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StatusMessage
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            server_id=server_id,
            client=client,
        )
    ).parsed
