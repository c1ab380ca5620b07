from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any, Unpack

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import agent_telemetry_summary_query as _query_module
from ...models.agent_telemetry_summary import AgentTelemetrySummary
from ...models.agent_telemetry_summary_bucket import AgentTelemetrySummaryBucket
from ...models.agent_telemetry_summary_query import AgentTelemetrySummaryQuery
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/agent-telemetry/summary"
OPERATION_ID = "agent_telemetry_summary"


#: Path parameters, in the order of PATH.
PATH_PARAMETERS: tuple[str, ...] = ()
#: Query parameters: wire name -> name in _get_kwargs.
QUERY_PARAMETERS: dict[str, str] = {
    "start_date": "start_date",
    "end_date": "end_date",
    "user_id": "user_id",
    "api_key_id": "api_key_id",
    "session_label": "session_label",
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
RESULT: type | None = AgentTelemetrySummary
RESULT_ITEM: type | None = None


class Params(AgentTelemetrySummaryQuery, total=False):
    """Keyword arguments of this operation: its query parameters and the fields of its request body."""


def call(
    **params: Unpack[Params],
) -> AgentTelemetrySummary:
    """Summarize what a coding agent produced over a period and its cost per outcome."""
    raise NotImplementedError("the typed signature of this operation for the otari shell: call it through otari")


def _get_kwargs(
    *,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = UNSET,
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

    json_api_key_id: list[str] | None | Unset
    if isinstance(api_key_id, Unset):
        json_api_key_id = UNSET
    elif isinstance(api_key_id, list):
        json_api_key_id = api_key_id

    else:
        json_api_key_id = api_key_id
    params["api_key_id"] = json_api_key_id

    json_session_label: None | str | Unset
    if isinstance(session_label, Unset):
        json_session_label = UNSET
    else:
        json_session_label = session_label
    params["session_label"] = json_session_label

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = bucket

    params["bucket"] = json_bucket

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agent-telemetry/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentTelemetrySummary | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentTelemetrySummary.from_dict(response.json())

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
) -> Response[AgentTelemetrySummary | HTTPValidationError]:
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
    api_key_id: list[str] | None | Unset = UNSET,
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = UNSET,
) -> Response[AgentTelemetrySummary | HTTPValidationError]:
    """Summarize what a coding agent produced over a period and its cost per outcome.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        api_key_id (list[str] | None | Unset):
        session_label (None | str | Unset):
        bucket (AgentTelemetrySummaryBucket | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetrySummary | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        session_label=session_label,
        bucket=bucket,
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
    api_key_id: list[str] | None | Unset = UNSET,
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = UNSET,
) -> AgentTelemetrySummary | HTTPValidationError | None:
    """Summarize what a coding agent produced over a period and its cost per outcome.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        api_key_id (list[str] | None | Unset):
        session_label (None | str | Unset):
        bucket (AgentTelemetrySummaryBucket | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetrySummary | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        session_label=session_label,
        bucket=bucket,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = UNSET,
) -> Response[AgentTelemetrySummary | HTTPValidationError]:
    """Summarize what a coding agent produced over a period and its cost per outcome.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        api_key_id (list[str] | None | Unset):
        session_label (None | str | Unset):
        bucket (AgentTelemetrySummaryBucket | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetrySummary | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        session_label=session_label,
        bucket=bucket,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = UNSET,
) -> AgentTelemetrySummary | HTTPValidationError | None:
    """Summarize what a coding agent produced over a period and its cost per outcome.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        user_id (list[str] | None | Unset):
        api_key_id (list[str] | None | Unset):
        session_label (None | str | Unset):
        bucket (AgentTelemetrySummaryBucket | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetrySummary | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            api_key_id=api_key_id,
            session_label=session_label,
            bucket=bucket,
        )
    ).parsed
