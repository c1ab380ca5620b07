from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any, Unpack, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import delete_pricing_query as _query_module
from ...models.delete_pricing_query import DeletePricingQuery
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

METHOD = "DELETE"
PATH = "/v1/pricing/{model_key}"
OPERATION_ID = "delete_pricing"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ("model_key",)
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "effective_at": "effective_at",
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


class Params(DeletePricingQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    model_key: str,
    /,
    **params: Unpack[Params],
) -> None:
    """Delete a model's price entry (or the one effective at a time)."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    model_key: str,
    *,
    effective_at: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_effective_at: None | str | Unset
    if isinstance(effective_at, Unset):
        json_effective_at = UNSET
    elif isinstance(effective_at, datetime.datetime):
        json_effective_at = effective_at.isoformat()
    else:
        json_effective_at = effective_at
    params["effective_at"] = json_effective_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/pricing/{model_key}".format(
            model_key=quote(str(model_key), safe=""),
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
    model_key: str,
    *,
    client: AuthenticatedClient | Client,
    effective_at: datetime.datetime | None | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Delete a model's price entry (or the one effective at a time).

    Args:
        model_key (str):
        effective_at (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model_key=model_key,
        effective_at=effective_at,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_key: str,
    *,
    client: AuthenticatedClient | Client,
    effective_at: datetime.datetime | None | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Delete a model's price entry (or the one effective at a time).

    Args:
        model_key (str):
        effective_at (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        model_key=model_key,
        client=client,
        effective_at=effective_at,
    ).parsed


async def asyncio_detailed(
    model_key: str,
    *,
    client: AuthenticatedClient | Client,
    effective_at: datetime.datetime | None | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Delete a model's price entry (or the one effective at a time).

    Args:
        model_key (str):
        effective_at (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model_key=model_key,
        effective_at=effective_at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_key: str,
    *,
    client: AuthenticatedClient | Client,
    effective_at: datetime.datetime | None | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Delete a model's price entry (or the one effective at a time).

    Args:
        model_key (str):
        effective_at (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            model_key=model_key,
            client=client,
            effective_at=effective_at,
        )
    ).parsed
