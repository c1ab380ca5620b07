from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Unpack

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import test_provider_request as _body_module
from ...models.http_validation_error import HTTPValidationError
from ...models.test_provider_request import TestProviderRequest, TestProviderRequestParams
from ...models.test_provider_response import TestProviderResponse
from ...types import Response

METHOD = "POST"
PATH = "/v1/provider-credentials/test"
OPERATION_ID = "test_provider_connection"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ()
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {}
#: Pre-send checks of the query parameters and body fields, and which must be given (see the models' CHECKS).
QUERY_CHECKS: dict[str, dict[str, Any]] = {}
QUERY_REQUIRED: tuple[str, ...] = ()
#: The request body model, or None; a form upload when BODY_FORM.
BODY = TestProviderRequest
BODY_FORM = False
BODY_CHECKS: dict[str, dict[str, Any]] = _body_module.CHECKS
BODY_REQUIRED: tuple[str, ...] = _body_module.REQUIRED
#: How a success answer is read: "json" (with _parse_response), "bytes", "text" or "none".
ANSWER = "json"
#: What a "json" answer parses into (checked by the shell), and the class of a list's items.
RESULT: type | None = TestProviderResponse
RESULT_ITEM: type | None = None


class Params(TestProviderRequestParams, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""

    #: Fields sent in the body as they are, unchecked: for what this SDK does not know yet.
    extra_body: Mapping[str, Any] | None


def call(
    body: TestProviderRequest | None = None,
    /,
    **params: Unpack[Params],
) -> TestProviderResponse:
    """Check provider credentials by listing its models, without saving them."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    *,
    body: TestProviderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/provider-credentials/test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TestProviderResponse | None:
    if response.status_code == 200:
        response_200 = TestProviderResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TestProviderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TestProviderRequest,
) -> Response[HTTPValidationError | TestProviderResponse]:
    """Check provider credentials by listing its models, without saving them.

    Args:
        body (TestProviderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestProviderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TestProviderRequest,
) -> HTTPValidationError | TestProviderResponse | None:
    """Check provider credentials by listing its models, without saving them.

    Args:
        body (TestProviderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestProviderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TestProviderRequest,
) -> Response[HTTPValidationError | TestProviderResponse]:
    """Check provider credentials by listing its models, without saving them.

    Args:
        body (TestProviderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestProviderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TestProviderRequest,
) -> HTTPValidationError | TestProviderResponse | None:
    """Check provider credentials by listing its models, without saving them.

    Args:
        body (TestProviderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestProviderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
