from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any, Unpack

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import agent_telemetry_series_query as _query_module
from ...models.agent_telemetry_grouped_series import AgentTelemetryGroupedSeries
from ...models.agent_telemetry_series_bucket import AgentTelemetrySeriesBucket
from ...models.agent_telemetry_series_group_by import AgentTelemetrySeriesGroupBy
from ...models.agent_telemetry_series_query import AgentTelemetrySeriesQuery
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/agent-telemetry/series"
OPERATION_ID = "agent_telemetry_series"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ()
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "group_by": "group_by",
    "start_date": "start_date",
    "end_date": "end_date",
    "user_id": "user_id",
    "api_key_id": "api_key_id",
    "name": "name",
    "bucket": "bucket",
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
RESULT: type | None = AgentTelemetryGroupedSeries
RESULT_ITEM: type | None = None


class Params(AgentTelemetrySeriesQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    **params: Unpack[Params],
) -> AgentTelemetryGroupedSeries:
    """Chart agent telemetry row counts over time, grouped per user or per API key."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    *,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_by: str = group_by
    params["group_by"] = json_group_by

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

    json_api_key_id: list[str] | None | Unset
    if isinstance(api_key_id, Unset):
        json_api_key_id = UNSET
    elif isinstance(api_key_id, list):
        json_api_key_id = api_key_id

    else:
        json_api_key_id = api_key_id
    params["api_key_id"] = json_api_key_id

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = bucket

    params["bucket"] = json_bucket

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agent-telemetry/series",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentTelemetryGroupedSeries | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentTelemetryGroupedSeries.from_dict(response.json())

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
) -> Response[AgentTelemetryGroupedSeries | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = UNSET,
) -> Response[AgentTelemetryGroupedSeries | HTTPValidationError]:
    """Chart agent telemetry row counts over time, grouped per user or per API key.

    Args:
        group_by (AgentTelemetrySeriesGroupBy):
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        api_key_id (list[str] | None | Unset):
        name (None | str | Unset):
        bucket (AgentTelemetrySeriesBucket | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetryGroupedSeries | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        name=name,
        bucket=bucket,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = UNSET,
) -> AgentTelemetryGroupedSeries | HTTPValidationError | None:
    """Chart agent telemetry row counts over time, grouped per user or per API key.

    Args:
        group_by (AgentTelemetrySeriesGroupBy):
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        api_key_id (list[str] | None | Unset):
        name (None | str | Unset):
        bucket (AgentTelemetrySeriesBucket | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetryGroupedSeries | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        name=name,
        bucket=bucket,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = UNSET,
) -> Response[AgentTelemetryGroupedSeries | HTTPValidationError]:
    """Chart agent telemetry row counts over time, grouped per user or per API key.

    Args:
        group_by (AgentTelemetrySeriesGroupBy):
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        api_key_id (list[str] | None | Unset):
        name (None | str | Unset):
        bucket (AgentTelemetrySeriesBucket | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetryGroupedSeries | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        name=name,
        bucket=bucket,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = UNSET,
) -> AgentTelemetryGroupedSeries | HTTPValidationError | None:
    """Chart agent telemetry row counts over time, grouped per user or per API key.

    Args:
        group_by (AgentTelemetrySeriesGroupBy):
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        api_key_id (list[str] | None | Unset):
        name (None | str | Unset):
        bucket (AgentTelemetrySeriesBucket | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetryGroupedSeries | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            api_key_id=api_key_id,
            name=name,
            bucket=bucket,
        )
    ).parsed
