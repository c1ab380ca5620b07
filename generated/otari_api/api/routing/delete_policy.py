from __future__ import annotations

from http import HTTPStatus
from typing import Any, Unpack, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import delete_policy_query as _query_module
from ...models.delete_policy_query import DeletePolicyQuery
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

METHOD = "DELETE"
PATH = "/v1/routing/policies/{name}"
OPERATION_ID = "delete_policy"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ("name",)
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "user_id": "user_id",
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
ANSWER = "none"
#: What a "json" answer parses into (checked by the shell), and the class of a list's items.
RESULT: type | None = None
RESULT_ITEM: type | None = None


class Params(DeletePolicyQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    name: str,
    /,
    **params: Unpack[Params],
) -> None:
    """Remove a saved routing policy from one scope: global, or one user's override."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    name: str,
    *,
    user_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/routing/policies/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Remove a saved routing policy from one scope: global, or one user's override.

    Args:
        name (str):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Remove a saved routing policy from one scope: global, or one user's override.

    Args:
        name (str):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        name=name,
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Remove a saved routing policy from one scope: global, or one user's override.

    Args:
        name (str):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Remove a saved routing policy from one scope: global, or one user's override.

    Args:
        name (str):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            user_id=user_id,
        )
    ).parsed
