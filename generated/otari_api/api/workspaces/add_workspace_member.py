from __future__ import annotations

from http import HTTPStatus
from typing import Any, Unpack
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import add_workspace_member_query as _query_module
from ...models.add_workspace_member_query import AddWorkspaceMemberQuery
from ...models.add_workspace_member_role import AddWorkspaceMemberRole
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_member_public import WorkspaceMemberPublic
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/v1/workspaces/{workspace_id}/members/{user_id}"
OPERATION_ID = "add_workspace_member"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = (
    "workspace_id",
    "user_id",
)
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "role": "role",
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
RESULT: type | None = WorkspaceMemberPublic
RESULT_ITEM: type | None = None


class Params(AddWorkspaceMemberQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    workspace_id: UUID | str,
    user_id: UUID | str,
    /,
    **params: Unpack[Params],
) -> WorkspaceMemberPublic:
    """Give an organization member access to a workspace."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    workspace_id: UUID,
    user_id: UUID,
    *,
    role: AddWorkspaceMemberRole | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/members/{user_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceMemberPublic | None:
    if response.status_code == 201:
        response_201 = WorkspaceMemberPublic.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | WorkspaceMemberPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    role: AddWorkspaceMemberRole | Unset = UNSET,
) -> Response[HTTPValidationError | WorkspaceMemberPublic]:
    """Give an organization member access to a workspace.

    Args:
        workspace_id (UUID):
        user_id (UUID):
        role (AddWorkspaceMemberRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        role=role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    role: AddWorkspaceMemberRole | Unset = UNSET,
) -> HTTPValidationError | WorkspaceMemberPublic | None:
    """Give an organization member access to a workspace.

    Args:
        workspace_id (UUID):
        user_id (UUID):
        role (AddWorkspaceMemberRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        user_id=user_id,
        client=client,
        role=role,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    role: AddWorkspaceMemberRole | Unset = UNSET,
) -> Response[HTTPValidationError | WorkspaceMemberPublic]:
    """Give an organization member access to a workspace.

    Args:
        workspace_id (UUID):
        user_id (UUID):
        role (AddWorkspaceMemberRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    role: AddWorkspaceMemberRole | Unset = UNSET,
) -> HTTPValidationError | WorkspaceMemberPublic | None:
    """Give an organization member access to a workspace.

    Args:
        workspace_id (UUID):
        user_id (UUID):
        role (AddWorkspaceMemberRole | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            user_id=user_id,
            client=client,
            role=role,
        )
    ).parsed
