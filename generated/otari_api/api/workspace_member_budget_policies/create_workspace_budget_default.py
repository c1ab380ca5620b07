from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Unpack
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import workspace_member_budget_policy_create as _body_module
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_member_budget_policy_create import (
    WorkspaceMemberBudgetPolicyCreate,
    WorkspaceMemberBudgetPolicyCreateParams,
)
from ...models.workspace_member_budget_policy_public import WorkspaceMemberBudgetPolicyPublic
from ...types import Response

METHOD = "POST"
PATH = "/v1/workspaces/{workspace_id}/member-budget-policies"
OPERATION_ID = "create_workspace_budget_default"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ("workspace_id",)
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {}
#: Pre-send checks of the query parameters and body fields, and which must be given (see the models' CHECKS).
QUERY_CHECKS: dict[str, dict[str, Any]] = {}
QUERY_REQUIRED: tuple[str, ...] = ()
#: The request body model, or None; a form upload when BODY_FORM.
BODY = WorkspaceMemberBudgetPolicyCreate
BODY_FORM = False
BODY_CHECKS: dict[str, dict[str, Any]] = _body_module.CHECKS
BODY_REQUIRED: tuple[str, ...] = _body_module.REQUIRED
#: How a success answer is read: "json" (with _parse_response), "bytes", "text" or "none".
ANSWER = "json"
#: What a "json" answer parses into (checked by the shell), and the class of a list's items.
RESULT: type | None = WorkspaceMemberBudgetPolicyPublic
RESULT_ITEM: type | None = None


class Params(WorkspaceMemberBudgetPolicyCreateParams, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""

    #: Fields sent in the body as they are, unchecked: for what this SDK does not know yet.
    extra_body: Mapping[str, Any] | None


def call(
    workspace_id: UUID | str,
    body: WorkspaceMemberBudgetPolicyCreate | None = None,
    /,
    **params: Unpack[Params],
) -> WorkspaceMemberBudgetPolicyPublic:
    """Add a default budget that every workspace member gets, now and later."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    workspace_id: UUID,
    *,
    body: WorkspaceMemberBudgetPolicyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/member-budget-policies".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceMemberBudgetPolicyPublic | None:
    if response.status_code == 201:
        response_201 = WorkspaceMemberBudgetPolicyPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]:
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
    body: WorkspaceMemberBudgetPolicyCreate,
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]:
    """Add a default budget that every workspace member gets, now and later.

    Args:
        workspace_id (UUID):
        body (WorkspaceMemberBudgetPolicyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceMemberBudgetPolicyCreate,
) -> HTTPValidationError | WorkspaceMemberBudgetPolicyPublic | None:
    """Add a default budget that every workspace member gets, now and later.

    Args:
        workspace_id (UUID):
        body (WorkspaceMemberBudgetPolicyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberBudgetPolicyPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceMemberBudgetPolicyCreate,
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]:
    """Add a default budget that every workspace member gets, now and later.

    Args:
        workspace_id (UUID):
        body (WorkspaceMemberBudgetPolicyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceMemberBudgetPolicyCreate,
) -> HTTPValidationError | WorkspaceMemberBudgetPolicyPublic | None:
    """Add a default budget that every workspace member gets, now and later.

    Args:
        workspace_id (UUID):
        body (WorkspaceMemberBudgetPolicyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberBudgetPolicyPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
