from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Unpack
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import organization_model_pricing_update as _body_module
from ...models.http_validation_error import HTTPValidationError
from ...models.organization_model_pricing_public import OrganizationModelPricingPublic
from ...models.organization_model_pricing_update import (
    OrganizationModelPricingUpdate,
    OrganizationModelPricingUpdateParams,
)
from ...types import Response

METHOD = "PUT"
PATH = "/v1/organizations/me/pricing/{pricing_id}"
OPERATION_ID = "replace_organization_pricing"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ("pricing_id",)
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {}
#: Pre-send checks of the query parameters and body fields, and which must be given (see the models' CHECKS).
QUERY_CHECKS: dict[str, dict[str, Any]] = {}
QUERY_REQUIRED: tuple[str, ...] = ()
#: The request body model, or None; a form upload when BODY_FORM.
BODY = OrganizationModelPricingUpdate
BODY_FORM = False
BODY_CHECKS: dict[str, dict[str, Any]] = _body_module.CHECKS
BODY_REQUIRED: tuple[str, ...] = _body_module.REQUIRED
#: How a success answer is read: "json" (with _parse_response), "bytes", "text" or "none".
ANSWER = "json"
#: What a "json" answer parses into (checked by the shell), and the class of a list's items.
RESULT: type | None = OrganizationModelPricingPublic
RESULT_ITEM: type | None = None


class Params(OrganizationModelPricingUpdateParams, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""

    #: Fields sent in the body as they are, unchecked: for what this SDK does not know yet.
    extra_body: Mapping[str, Any] | None


def call(
    pricing_id: UUID | str,
    body: OrganizationModelPricingUpdate | None = None,
    /,
    **params: Unpack[Params],
) -> OrganizationModelPricingPublic:
    """Replace an organization price override's rates and period."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    pricing_id: UUID,
    *,
    body: OrganizationModelPricingUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/organizations/me/pricing/{pricing_id}".format(
            pricing_id=quote(str(pricing_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrganizationModelPricingPublic | None:
    if response.status_code == 200:
        response_200 = OrganizationModelPricingPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | OrganizationModelPricingPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pricing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationModelPricingUpdate,
) -> Response[HTTPValidationError | OrganizationModelPricingPublic]:
    """Replace an organization price override's rates and period.

    Args:
        pricing_id (UUID):
        body (OrganizationModelPricingUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrganizationModelPricingPublic]
    """

    kwargs = _get_kwargs(
        pricing_id=pricing_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pricing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationModelPricingUpdate,
) -> HTTPValidationError | OrganizationModelPricingPublic | None:
    """Replace an organization price override's rates and period.

    Args:
        pricing_id (UUID):
        body (OrganizationModelPricingUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrganizationModelPricingPublic
    """

    return sync_detailed(
        pricing_id=pricing_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pricing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationModelPricingUpdate,
) -> Response[HTTPValidationError | OrganizationModelPricingPublic]:
    """Replace an organization price override's rates and period.

    Args:
        pricing_id (UUID):
        body (OrganizationModelPricingUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrganizationModelPricingPublic]
    """

    kwargs = _get_kwargs(
        pricing_id=pricing_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pricing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationModelPricingUpdate,
) -> HTTPValidationError | OrganizationModelPricingPublic | None:
    """Replace an organization price override's rates and period.

    Args:
        pricing_id (UUID):
        body (OrganizationModelPricingUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrganizationModelPricingPublic
    """

    return (
        await asyncio_detailed(
            pricing_id=pricing_id,
            client=client,
            body=body,
        )
    ).parsed
