from __future__ import annotations

from http import HTTPStatus
from typing import Any, Unpack

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import list_scoped_budgets_query as _query_module
from ...models.http_validation_error import HTTPValidationError
from ...models.list_scoped_budgets_query import ListScopedBudgetsQuery
from ...models.list_scoped_budgets_scope_type_type_0 import (
    ListScopedBudgetsScopeTypeType0,
)
from ...models.scoped_budget_response import ScopedBudgetResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/scoped-budgets"
OPERATION_ID = "list_scoped_budgets"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ()
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "scope_type": "scope_type",
    "scope_id": "scope_id",
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
RESULT: type | None = list
RESULT_ITEM: type | None = ScopedBudgetResponse


class Params(ListScopedBudgetsQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    **params: Unpack[Params],
) -> list[ScopedBudgetResponse]:
    """List scoped budgets, optionally only those for one scope."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    *,
    scope_type: ListScopedBudgetsScopeTypeType0 | None | Unset = UNSET,
    scope_id: None | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope_type: None | str | Unset
    if isinstance(scope_type, Unset):
        json_scope_type = UNSET
    elif isinstance(scope_type, str):
        json_scope_type = scope_type
    else:
        json_scope_type = scope_type
    params["scope_type"] = json_scope_type

    json_scope_id: None | str | Unset
    if isinstance(scope_id, Unset):
        json_scope_id = UNSET
    else:
        json_scope_id = scope_id
    params["scope_id"] = json_scope_id

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scoped-budgets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ScopedBudgetResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ScopedBudgetResponse.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[ScopedBudgetResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope_type: ListScopedBudgetsScopeTypeType0 | None | Unset = UNSET,
    scope_id: None | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[HTTPValidationError | list[ScopedBudgetResponse]]:
    """List scoped budgets, optionally only those for one scope.

    Args:
        scope_type (ListScopedBudgetsScopeTypeType0 | None | Unset):
        scope_id (None | str | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ScopedBudgetResponse]]
    """

    kwargs = _get_kwargs(
        scope_type=scope_type,
        scope_id=scope_id,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    scope_type: ListScopedBudgetsScopeTypeType0 | None | Unset = UNSET,
    scope_id: None | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> HTTPValidationError | list[ScopedBudgetResponse] | None:
    """List scoped budgets, optionally only those for one scope.

    Args:
        scope_type (ListScopedBudgetsScopeTypeType0 | None | Unset):
        scope_id (None | str | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ScopedBudgetResponse]
    """

    return sync_detailed(
        client=client,
        scope_type=scope_type,
        scope_id=scope_id,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope_type: ListScopedBudgetsScopeTypeType0 | None | Unset = UNSET,
    scope_id: None | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[HTTPValidationError | list[ScopedBudgetResponse]]:
    """List scoped budgets, optionally only those for one scope.

    Args:
        scope_type (ListScopedBudgetsScopeTypeType0 | None | Unset):
        scope_id (None | str | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ScopedBudgetResponse]]
    """

    kwargs = _get_kwargs(
        scope_type=scope_type,
        scope_id=scope_id,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    scope_type: ListScopedBudgetsScopeTypeType0 | None | Unset = UNSET,
    scope_id: None | str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> HTTPValidationError | list[ScopedBudgetResponse] | None:
    """List scoped budgets, optionally only those for one scope.

    Args:
        scope_type (ListScopedBudgetsScopeTypeType0 | None | Unset):
        scope_id (None | str | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ScopedBudgetResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            scope_type=scope_type,
            scope_id=scope_id,
            skip=skip,
            limit=limit,
        )
    ).parsed
