from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any, Unpack
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import count_usage_query as _query_module
from ...models.count_usage_query import CountUsageQuery
from ...models.count_usage_tool_type_0 import CountUsageToolType0
from ...models.http_validation_error import HTTPValidationError
from ...models.usage_count import UsageCount
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/usage/count"
OPERATION_ID = "count_usage"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ()
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "start_date": "start_date",
    "end_date": "end_date",
    "user_id": "user_id",
    "status": "status",
    "status_code": "status_code",
    "model": "model",
    "endpoint": "endpoint",
    "provider": "provider",
    "source": "source",
    "source_label": "source_label",
    "api_key_id": "api_key_id",
    "priced": "priced",
    "tool": "tool",
    "counts_toward_budget": "counts_toward_budget",
    "request_group_id": "request_group_id",
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
RESULT: type | None = UsageCount
RESULT_ITEM: type | None = None


class Params(CountUsageQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    **params: Unpack[Params],
) -> UsageCount:
    """Count the usage records that match the given filters."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    *,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: CountUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.datetime):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.datetime):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    json_user_id: list[str] | None | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    elif isinstance(user_id, list):
        json_user_id = user_id

    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_status_code: int | None | Unset
    if isinstance(status_code, Unset):
        json_status_code = UNSET
    else:
        json_status_code = status_code
    params["status_code"] = json_status_code

    json_model: list[str] | None | Unset
    if isinstance(model, Unset):
        json_model = UNSET
    elif isinstance(model, list):
        json_model = model

    else:
        json_model = model
    params["model"] = json_model

    json_endpoint: None | str | Unset
    if isinstance(endpoint, Unset):
        json_endpoint = UNSET
    else:
        json_endpoint = endpoint
    params["endpoint"] = json_endpoint

    json_provider: None | str | Unset
    if isinstance(provider, Unset):
        json_provider = UNSET
    else:
        json_provider = provider
    params["provider"] = json_provider

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_source_label: None | str | Unset
    if isinstance(source_label, Unset):
        json_source_label = UNSET
    else:
        json_source_label = source_label
    params["source_label"] = json_source_label

    json_api_key_id: list[str] | None | Unset
    if isinstance(api_key_id, Unset):
        json_api_key_id = UNSET
    elif isinstance(api_key_id, list):
        json_api_key_id = api_key_id

    else:
        json_api_key_id = api_key_id
    params["api_key_id"] = json_api_key_id

    json_priced: bool | None | Unset
    if isinstance(priced, Unset):
        json_priced = UNSET
    else:
        json_priced = priced
    params["priced"] = json_priced

    json_tool: None | str | Unset
    if isinstance(tool, Unset):
        json_tool = UNSET
    elif isinstance(tool, str):
        json_tool = tool
    else:
        json_tool = tool
    params["tool"] = json_tool

    json_counts_toward_budget: bool | None | Unset
    if isinstance(counts_toward_budget, Unset):
        json_counts_toward_budget = UNSET
    else:
        json_counts_toward_budget = counts_toward_budget
    params["counts_toward_budget"] = json_counts_toward_budget

    json_request_group_id: list[str] | None | Unset
    if isinstance(request_group_id, Unset):
        json_request_group_id = UNSET
    elif isinstance(request_group_id, list):
        json_request_group_id = request_group_id

    else:
        json_request_group_id = request_group_id
    params["request_group_id"] = json_request_group_id

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
        "url": "/v1/usage/count",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UsageCount | None:
    if response.status_code == 200:
        response_200 = UsageCount.from_dict(response.json())

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
) -> Response[HTTPValidationError | UsageCount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: CountUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | UsageCount]:
    """Count the usage records that match the given filters.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        status (None | str | Unset):
        status_code (int | None | Unset):
        model (list[str] | None | Unset):
        endpoint (None | str | Unset):
        provider (None | str | Unset):
        source (None | str | Unset):
        source_label (None | str | Unset):
        api_key_id (list[str] | None | Unset):
        priced (bool | None | Unset):
        tool (CountUsageToolType0 | None | Unset):
        counts_toward_budget (bool | None | Unset):
        request_group_id (list[str] | None | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UsageCount]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        status=status,
        status_code=status_code,
        model=model,
        endpoint=endpoint,
        provider=provider,
        source=source,
        source_label=source_label,
        api_key_id=api_key_id,
        priced=priced,
        tool=tool,
        counts_toward_budget=counts_toward_budget,
        request_group_id=request_group_id,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: CountUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | UsageCount | None:
    """Count the usage records that match the given filters.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        status (None | str | Unset):
        status_code (int | None | Unset):
        model (list[str] | None | Unset):
        endpoint (None | str | Unset):
        provider (None | str | Unset):
        source (None | str | Unset):
        source_label (None | str | Unset):
        api_key_id (list[str] | None | Unset):
        priced (bool | None | Unset):
        tool (CountUsageToolType0 | None | Unset):
        counts_toward_budget (bool | None | Unset):
        request_group_id (list[str] | None | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UsageCount
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        status=status,
        status_code=status_code,
        model=model,
        endpoint=endpoint,
        provider=provider,
        source=source,
        source_label=source_label,
        api_key_id=api_key_id,
        priced=priced,
        tool=tool,
        counts_toward_budget=counts_toward_budget,
        request_group_id=request_group_id,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: CountUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | UsageCount]:
    """Count the usage records that match the given filters.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        status (None | str | Unset):
        status_code (int | None | Unset):
        model (list[str] | None | Unset):
        endpoint (None | str | Unset):
        provider (None | str | Unset):
        source (None | str | Unset):
        source_label (None | str | Unset):
        api_key_id (list[str] | None | Unset):
        priced (bool | None | Unset):
        tool (CountUsageToolType0 | None | Unset):
        counts_toward_budget (bool | None | Unset):
        request_group_id (list[str] | None | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UsageCount]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        status=status,
        status_code=status_code,
        model=model,
        endpoint=endpoint,
        provider=provider,
        source=source,
        source_label=source_label,
        api_key_id=api_key_id,
        priced=priced,
        tool=tool,
        counts_toward_budget=counts_toward_budget,
        request_group_id=request_group_id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: CountUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | UsageCount | None:
    """Count the usage records that match the given filters.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        status (None | str | Unset):
        status_code (int | None | Unset):
        model (list[str] | None | Unset):
        endpoint (None | str | Unset):
        provider (None | str | Unset):
        source (None | str | Unset):
        source_label (None | str | Unset):
        api_key_id (list[str] | None | Unset):
        priced (bool | None | Unset):
        tool (CountUsageToolType0 | None | Unset):
        counts_toward_budget (bool | None | Unset):
        request_group_id (list[str] | None | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UsageCount
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            status=status,
            status_code=status_code,
            model=model,
            endpoint=endpoint,
            provider=provider,
            source=source,
            source_label=source_label,
            api_key_id=api_key_id,
            priced=priced,
            tool=tool,
            counts_toward_budget=counts_toward_budget,
            request_group_id=request_group_id,
            workspace_id=workspace_id,
        )
    ).parsed
