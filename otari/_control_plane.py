"""Control plane: API keys, users, budgets, model pricing and usage logs.

These are the gateway's management endpoints. They are reached through
``client.control_plane`` and authenticate with the *admin* credential, never
with the client's inference key: ``admin_key=...``, else ``GATEWAY_ADMIN_KEY``,
else (in platform mode) the platform token. Without one, the first call raises
:class:`~otari.InvalidRequestError` and nothing is sent.

As for inference, every operation is described once, as a function that
checks its arguments, builds the request with the generated core and returns a
:class:`~otari._call.Call`; the sync and async resource classes bind the same
descriptions with ``sync_method`` / ``async_method``. The lazy ``iter``
methods are the only code written twice (a blocking and an awaiting loop),
and both reuse the resource's ``list`` description for every page.

Conventions shared by all operations:

* Path parameters (``key_id``, ``user_id``, ``budget_id``, ``model_key``) come
  first and are positional.
* Request bodies are keyword arguments named after the request schema's
  fields, or an instance of the generated request model as the first
  positional argument (not both). ``None`` means "not given"; to send an
  explicit ``null`` (for instance to remove a key's expiry), pass a request
  model built with that field set to ``None``. Keywords the SDK does not know
  are sent as they are.
* Dates accept :class:`datetime.datetime`, :class:`datetime.date` (midnight)
  or an ISO 8601 string. A date-time without a timezone is taken as UTC; one
  with a timezone is sent unchanged.
* Errors: a missing key, user, budget or price raises
  :class:`~otari.NotFoundError`, a duplicate (such as an existing user id)
  :class:`~otari.ConflictError`, rejected fields
  :class:`~otari.RequestValidationError` (its ``errors`` list the fields);
  other failures raise the usual :class:`~otari.APIStatusError` subclasses.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, ParamSpec, Protocol, TypeVar, overload

import httpx
from otari_api.api.budgets import create_budget as create_budget_op
from otari_api.api.budgets import delete_budget as delete_budget_op
from otari_api.api.budgets import get_budget as get_budget_op
from otari_api.api.budgets import list_budgets as list_budgets_op
from otari_api.api.budgets import update_budget as update_budget_op
from otari_api.api.keys import create_key as create_key_op
from otari_api.api.keys import delete_key as delete_key_op
from otari_api.api.keys import get_key as get_key_op
from otari_api.api.keys import list_keys as list_keys_op
from otari_api.api.keys import update_key as update_key_op
from otari_api.api.pricing import delete_pricing as delete_pricing_op
from otari_api.api.pricing import get_pricing as get_pricing_op
from otari_api.api.pricing import get_pricing_history as get_pricing_history_op
from otari_api.api.pricing import list_pricing as list_pricing_op
from otari_api.api.pricing import set_pricing as set_pricing_op
from otari_api.api.usage import list_usage as list_usage_op
from otari_api.api.users import create_user as create_user_op
from otari_api.api.users import delete_user as delete_user_op
from otari_api.api.users import get_user as get_user_op
from otari_api.api.users import get_user_usage as get_user_usage_op
from otari_api.api.users import list_users as list_users_op
from otari_api.api.users import update_user as update_user_op
from otari_api.models.budget_response import BudgetResponse
from otari_api.models.create_budget_request import CreateBudgetRequest
from otari_api.models.create_key_request import CreateKeyRequest
from otari_api.models.create_key_response import CreateKeyResponse
from otari_api.models.create_user_request import CreateUserRequest
from otari_api.models.key_info import KeyInfo
from otari_api.models.pricing_response import PricingResponse
from otari_api.models.set_pricing_request import SetPricingRequest
from otari_api.models.update_budget_request import UpdateBudgetRequest
from otari_api.models.update_key_request import UpdateKeyRequest
from otari_api.models.update_user_request import UpdateUserRequest
from otari_api.models.usage_entry import UsageEntry
from otari_api.models.usage_log_response import UsageLogResponse
from otari_api.models.user_response import UserResponse

from ._call import (
    Call,
    InvalidRequestError,
    async_method,
    build_body,
    calls,
    parse_json,
    parse_list,
    parse_nothing,
    request,
    require,
    sync_method,
)

T = TypeVar("T")
P = ParamSpec("P")
B = TypeVar("B")

#: What the date arguments accept.
DateInput = datetime.datetime | datetime.date | str

#: Page size of the ``iter`` methods when ``limit`` is not given.
DEFAULT_PAGE_SIZE = 100


class _Run(Protocol):
    """A client's ``_run``: send a call and return its result."""

    def __call__(self, call: Call[T], /) -> T: ...


class _AsyncRun(Protocol):
    """An async client's ``_run``."""

    def __call__(self, call: Call[T], /) -> Awaitable[T]: ...


# --------------------------------------------------------------------------- argument helpers


def _id(name: str, value: object) -> str:
    """A path parameter: a non-empty string (an empty one would address the collection)."""
    require(name, value, str, "a non-empty string")
    assert isinstance(value, str)
    if not value.strip():
        raise InvalidRequestError(f"{name} must not be empty")
    return value


def _when(name: str, value: object) -> datetime.datetime:
    """A date argument as an aware datetime; naive values are taken as UTC."""
    if isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, datetime.date):
        moment = datetime.datetime.combine(value, datetime.time())
    elif isinstance(value, str):
        try:
            moment = datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            raise InvalidRequestError(
                f"{name} must be an ISO 8601 date-time such as '2025-01-31T12:00:00Z', got {value!r}"
            ) from None
    else:
        raise InvalidRequestError(
            f"{name} must be a datetime, a date or an ISO 8601 string, got {type(value).__name__}"
        )
    if moment.utcoffset() is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment


def _optional_when(name: str, value: object) -> datetime.datetime | None:
    return None if value is None else _when(name, value)


def _count(name: str, value: object, minimum: int) -> int | None:
    """``skip`` / ``limit``: an int of at least ``minimum``, or None (the gateway's default)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidRequestError(f"{name} must be an integer, got {type(value).__name__}")
    if value < minimum:
        raise InvalidRequestError(f"{name} must be at least {minimum}, got {value}")
    return value


def _body(
    model: type[B],
    given: object,
    fields: Mapping[str, Any],
    extra: Mapping[str, Any],
    dates: tuple[str, ...] = (),
) -> B:
    """The request body: ``given`` (a ``model`` instance) or the keyword arguments.

    Date fields are normalised either way (naive = UTC). A given model keeps its
    explicit ``None`` values, so it can clear a field; keyword ``None`` is "not given".
    """
    named = {key: value for key, value in {**fields, **extra}.items() if value is not None}
    if given is not None:
        if not isinstance(given, model):
            raise InvalidRequestError(
                f"the body must be a {model.__name__} (or use keyword arguments), got {type(given).__name__}"
            )
        if named:
            raise InvalidRequestError(
                f"pass either a {model.__name__} or keyword arguments, not both (got {sorted(named)})"
            )
        data: dict[str, Any] = given.to_dict()  # type: ignore[attr-defined]
        for name in dates:
            if data.get(name) is not None:
                data[name] = _when(name, data[name])
        built: B = model.from_dict(data)  # type: ignore[attr-defined]
        return built
    for name in dates:
        if name in named:
            named[name] = _when(name, named[name])
    if isinstance(named.get("metadata"), Mapping):
        named["metadata"] = dict(named["metadata"])
    return build_body(model, named)  # type: ignore[arg-type]


def _control(endpoint: Any, built: dict[str, Any], parse: Callable[[httpx.Response], T]) -> Call[T]:
    return Call(endpoint, built, parse, kind="control", admin=True)


# --------------------------------------------------------------------------- keys


@calls(create_key_op)
def create_key(
    body: CreateKeyRequest | None = None,
    /,
    *,
    key_name: str | None = None,
    user_id: str | None = None,
    expires_at: DateInput | None = None,
    metadata: Mapping[str, Any] | None = None,
    **extra: Any,
) -> Call[CreateKeyResponse]:
    """Create a gateway API key (``POST /v1/keys``).

    The secret is in the result's ``key`` and is shown only this once. Without
    ``user_id`` the gateway makes a virtual user for the key; a ``user_id`` that
    does not exist yet is created. ``expires_at`` takes a datetime (naive = UTC)
    or an ISO string. Or pass a :class:`CreateKeyRequest` instead of keywords.

    Raises:
        RequestValidationError: 422, with the rejected fields in ``errors``.
    """
    fields = {"key_name": key_name, "user_id": user_id, "expires_at": expires_at, "metadata": metadata}
    built = _body(CreateKeyRequest, body, fields, extra, dates=("expires_at",))
    return _control(create_key_op, request(create_key_op, body=built), parse_json(create_key_op, CreateKeyResponse))


@calls(get_key_op)
def get_key(key_id: str, /) -> Call[KeyInfo]:
    """Fetch one key's details (never its secret) by id (``GET /v1/keys/{key_id}``).

    Raises:
        NotFoundError: 404, no key with that id.
    """
    built = request(get_key_op, key_id=_id("key_id", key_id))
    return _control(get_key_op, built, parse_json(get_key_op, KeyInfo))


@calls(list_keys_op)
def list_keys(*, skip: int | None = None, limit: int | None = None) -> Call[list[KeyInfo]]:
    """One page of keys (``GET /v1/keys``): ``skip`` items, then at most ``limit`` (gateway default 100).

    Use ``iter()`` to walk through all of them.
    """
    built = request(list_keys_op, skip=_count("skip", skip, 0), limit=_count("limit", limit, 1))
    return _control(list_keys_op, built, parse_list(list_keys_op, KeyInfo))


@calls(update_key_op)
def update_key(
    key_id: str,
    body: UpdateKeyRequest | None = None,
    /,
    *,
    key_name: str | None = None,
    is_active: bool | None = None,
    expires_at: DateInput | None = None,
    metadata: Mapping[str, Any] | None = None,
    **extra: Any,
) -> Call[KeyInfo]:
    """Change a key (``PATCH /v1/keys/{key_id}``); only the fields given are sent.

    ``update(key_id, is_active=False)`` deactivates a key (the gateway then
    refuses it with 401). To clear a field, pass ``UpdateKeyRequest(expires_at=None)``.

    Raises:
        NotFoundError: 404, no key with that id.
        RequestValidationError: 422, with the rejected fields in ``errors``.
    """
    path_id = _id("key_id", key_id)
    fields = {"key_name": key_name, "is_active": is_active, "expires_at": expires_at, "metadata": metadata}
    built = _body(UpdateKeyRequest, body, fields, extra, dates=("expires_at",))
    return _control(
        update_key_op, request(update_key_op, key_id=path_id, body=built), parse_json(update_key_op, KeyInfo)
    )


@calls(delete_key_op)
def delete_key(key_id: str, /) -> Call[None]:
    """Delete a key (``DELETE /v1/keys/{key_id}``); returns None, raises on failure.

    A key that has usage rows may not be deletable on some gateways (they
    answer 500); deactivate it with ``update(key_id, is_active=False)`` instead.

    Raises:
        NotFoundError: 404, no key with that id.
    """
    return _control(delete_key_op, request(delete_key_op, key_id=_id("key_id", key_id)), parse_nothing)


# --------------------------------------------------------------------------- users


@calls(create_user_op)
def create_user(
    body: CreateUserRequest | None = None,
    /,
    *,
    user_id: str | None = None,
    alias: str | None = None,
    blocked: bool | None = None,
    budget_id: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    **extra: Any,
) -> Call[UserResponse]:
    """Create a user (``POST /v1/users``); ``user_id`` is required.

    Raises:
        ConflictError: 409, a user with that id exists already.
        RequestValidationError: 422, with the rejected fields in ``errors``.
    """
    fields = {"user_id": user_id, "alias": alias, "blocked": blocked, "budget_id": budget_id, "metadata": metadata}
    built = _body(CreateUserRequest, body, fields, extra)
    _id("user_id", built.user_id)
    return _control(create_user_op, request(create_user_op, body=built), parse_json(create_user_op, UserResponse))


@calls(get_user_op)
def get_user(user_id: str, /) -> Call[UserResponse]:
    """Fetch one user, with its spend and budget (``GET /v1/users/{user_id}``).

    Raises:
        NotFoundError: 404, no such user (or it was deleted).
    """
    built = request(get_user_op, user_id=_id("user_id", user_id))
    return _control(get_user_op, built, parse_json(get_user_op, UserResponse))


@calls(list_users_op)
def list_users(*, skip: int | None = None, limit: int | None = None) -> Call[list[UserResponse]]:
    """One page of users (``GET /v1/users``): ``skip`` items, then at most ``limit`` (gateway default 100).

    Use ``iter()`` to walk through all of them.
    """
    built = request(list_users_op, skip=_count("skip", skip, 0), limit=_count("limit", limit, 1))
    return _control(list_users_op, built, parse_list(list_users_op, UserResponse))


@calls(update_user_op)
def update_user(
    user_id: str,
    body: UpdateUserRequest | None = None,
    /,
    *,
    alias: str | None = None,
    blocked: bool | None = None,
    budget_id: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    **extra: Any,
) -> Call[UserResponse]:
    """Change a user (``PATCH /v1/users/{user_id}``); only the fields given are sent.

    ``update(user_id, blocked=True)`` blocks the user's inference calls. To
    clear a field, pass ``UpdateUserRequest(budget_id=None)``.

    Raises:
        NotFoundError: 404, no such user.
        RequestValidationError: 422, with the rejected fields in ``errors``.
    """
    path_id = _id("user_id", user_id)
    fields = {"alias": alias, "blocked": blocked, "budget_id": budget_id, "metadata": metadata}
    built = _body(UpdateUserRequest, body, fields, extra)
    return _control(
        update_user_op, request(update_user_op, user_id=path_id, body=built), parse_json(update_user_op, UserResponse)
    )


@calls(delete_user_op)
def delete_user(user_id: str, /) -> Call[None]:
    """Delete a user and deactivate its keys (``DELETE /v1/users/{user_id}``); returns None.

    The user's usage rows stay readable with ``get_usage``.

    Raises:
        NotFoundError: 404, no such user.
    """
    return _control(delete_user_op, request(delete_user_op, user_id=_id("user_id", user_id)), parse_nothing)


@calls(get_user_usage_op)
def get_user_usage(
    user_id: str, /, *, skip: int | None = None, limit: int | None = None
) -> Call[list[UsageLogResponse]]:
    """One page of a user's usage rows, newest first (``GET /v1/users/{user_id}/usage``).

    Use ``iter_usage(user_id)`` to walk through all of them.
    """
    path_id = _id("user_id", user_id)
    built = request(get_user_usage_op, user_id=path_id, skip=_count("skip", skip, 0), limit=_count("limit", limit, 1))
    return _control(get_user_usage_op, built, parse_list(get_user_usage_op, UsageLogResponse))


# --------------------------------------------------------------------------- budgets


@calls(create_budget_op)
def create_budget(
    body: CreateBudgetRequest | None = None,
    /,
    *,
    max_budget: float | None = None,
    budget_duration_sec: int | None = None,
    **extra: Any,
) -> Call[BudgetResponse]:
    """Create a spending budget (``POST /v1/budgets``); assign it to users with ``budget_id``.

    ``max_budget`` is in the pricing's currency; with ``budget_duration_sec``
    the spend resets after that many seconds.

    Raises:
        RequestValidationError: 422, with the rejected fields in ``errors``.
    """
    fields = {"max_budget": max_budget, "budget_duration_sec": budget_duration_sec}
    built = _body(CreateBudgetRequest, body, fields, extra)
    return _control(
        create_budget_op, request(create_budget_op, body=built), parse_json(create_budget_op, BudgetResponse)
    )


@calls(get_budget_op)
def get_budget(budget_id: str, /) -> Call[BudgetResponse]:
    """Fetch one budget by id (``GET /v1/budgets/{budget_id}``).

    Raises:
        NotFoundError: 404, no budget with that id.
    """
    built = request(get_budget_op, budget_id=_id("budget_id", budget_id))
    return _control(get_budget_op, built, parse_json(get_budget_op, BudgetResponse))


@calls(list_budgets_op)
def list_budgets(*, skip: int | None = None, limit: int | None = None) -> Call[list[BudgetResponse]]:
    """One page of budgets (``GET /v1/budgets``): ``skip`` items, then at most ``limit`` (gateway default 100).

    Use ``iter()`` to walk through all of them.
    """
    built = request(list_budgets_op, skip=_count("skip", skip, 0), limit=_count("limit", limit, 1))
    return _control(list_budgets_op, built, parse_list(list_budgets_op, BudgetResponse))


@calls(update_budget_op)
def update_budget(
    budget_id: str,
    body: UpdateBudgetRequest | None = None,
    /,
    *,
    max_budget: float | None = None,
    budget_duration_sec: int | None = None,
    **extra: Any,
) -> Call[BudgetResponse]:
    """Change a budget (``PATCH /v1/budgets/{budget_id}``); only the fields given are sent.

    Raises:
        NotFoundError: 404, no budget with that id.
        RequestValidationError: 422, with the rejected fields in ``errors``.
    """
    path_id = _id("budget_id", budget_id)
    fields = {"max_budget": max_budget, "budget_duration_sec": budget_duration_sec}
    built = _body(UpdateBudgetRequest, body, fields, extra)
    return _control(
        update_budget_op,
        request(update_budget_op, budget_id=path_id, body=built),
        parse_json(update_budget_op, BudgetResponse),
    )


@calls(delete_budget_op)
def delete_budget(budget_id: str, /) -> Call[None]:
    """Delete a budget (``DELETE /v1/budgets/{budget_id}``); returns None, raises on failure.

    Raises:
        NotFoundError: 404, no budget with that id.
    """
    return _control(delete_budget_op, request(delete_budget_op, budget_id=_id("budget_id", budget_id)), parse_nothing)


# --------------------------------------------------------------------------- pricing


@calls(set_pricing_op)
def set_pricing(
    body: SetPricingRequest | None = None,
    /,
    *,
    model_key: str | None = None,
    input_price_per_million: float | None = None,
    output_price_per_million: float | None = None,
    effective_at: DateInput | None = None,
    **extra: Any,
) -> Call[PricingResponse]:
    """Set a model's price per million tokens (``POST /v1/pricing``).

    ``model_key`` is ``provider:model`` (the gateway also accepts and normalises
    ``provider/model``); both prices are required. With ``effective_at`` the
    price applies from that moment (naive = UTC), which keeps older prices in
    the history.

    Raises:
        RequestValidationError: 422, with the rejected fields in ``errors``.
    """
    fields = {
        "model_key": model_key,
        "input_price_per_million": input_price_per_million,
        "output_price_per_million": output_price_per_million,
        "effective_at": effective_at,
    }
    built = _body(SetPricingRequest, body, fields, extra, dates=("effective_at",))
    _id("model_key", built.model_key)
    return _control(set_pricing_op, request(set_pricing_op, body=built), parse_json(set_pricing_op, PricingResponse))


@calls(get_pricing_op)
def get_pricing(model_key: str, /, *, as_of: DateInput | None = None) -> Call[PricingResponse]:
    """A model's current price, or the one in force at ``as_of`` (``GET /v1/pricing/{model_key}``).

    Raises:
        NotFoundError: 404, no price for that model (at that time).
    """
    path_key = _id("model_key", model_key)
    built = request(get_pricing_op, model_key=path_key, as_of=_optional_when("as_of", as_of))
    return _control(get_pricing_op, built, parse_json(get_pricing_op, PricingResponse))


@calls(list_pricing_op)
def list_pricing(*, skip: int | None = None, limit: int | None = None) -> Call[list[PricingResponse]]:
    """One page of model prices (``GET /v1/pricing``): ``skip`` items, then at most ``limit``.

    Use ``iter()`` to walk through all of them.
    """
    built = request(list_pricing_op, skip=_count("skip", skip, 0), limit=_count("limit", limit, 1))
    return _control(list_pricing_op, built, parse_list(list_pricing_op, PricingResponse))


@calls(get_pricing_history_op)
def get_pricing_history(model_key: str, /) -> Call[list[PricingResponse]]:
    """Every price a model has had, with its ``effective_at`` (``GET /v1/pricing/{model_key}/history``).

    Raises:
        NotFoundError: 404, no price for that model.
    """
    built = request(get_pricing_history_op, model_key=_id("model_key", model_key))
    return _control(get_pricing_history_op, built, parse_list(get_pricing_history_op, PricingResponse))


@calls(delete_pricing_op)
def delete_pricing(model_key: str, /, *, effective_at: DateInput | None = None) -> Call[None]:
    """Delete a model's prices, or only the one starting at ``effective_at`` (``DELETE /v1/pricing/{model_key}``).

    Returns None, raises on failure.

    Raises:
        NotFoundError: 404, no such price.
    """
    path_key = _id("model_key", model_key)
    built = request(delete_pricing_op, model_key=path_key, effective_at=_optional_when("effective_at", effective_at))
    return _control(delete_pricing_op, built, parse_nothing)


# --------------------------------------------------------------------------- usage


@calls(list_usage_op)
def list_usage(
    *,
    start_date: DateInput | None = None,
    end_date: DateInput | None = None,
    user_id: str | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> Call[list[UsageEntry]]:
    """One page of usage rows across users (``GET /v1/usage``), optionally for one user and a time window.

    ``start_date`` / ``end_date`` take datetimes, dates or ISO strings (naive = UTC).
    Use ``iter()`` to walk through all of them.
    """
    if user_id is not None:
        _id("user_id", user_id)
    built = request(
        list_usage_op,
        start_date=_optional_when("start_date", start_date),
        end_date=_optional_when("end_date", end_date),
        user_id=user_id,
        skip=_count("skip", skip, 0),
        limit=_count("limit", limit, 1),
    )
    return _control(list_usage_op, built, parse_list(list_usage_op, UsageEntry))


# --------------------------------------------------------------------------- paging


def _first_page(
    describe: Callable[..., Call[list[T]]], args: tuple[Any, ...], filters: dict[str, Any], skip: int, limit: int
) -> Call[list[T]]:
    """Check the arguments now (not at the first ``next``) by describing the first page."""
    if _count("limit", limit, 1) is None:
        raise InvalidRequestError("limit (the page size) must be an integer of at least 1")
    if _count("skip", skip, 0) is None:
        raise InvalidRequestError("skip must be an integer of at least 0")
    return describe(*args, skip=skip, limit=limit, **filters)


def iterate(
    run: _Run,
    describe: Callable[..., Call[list[T]]],
    *args: Any,
    skip: int = 0,
    limit: int = DEFAULT_PAGE_SIZE,
    **filters: Any,
) -> Iterator[T]:
    """Every item of a listing, fetching ``limit`` at a time, only as the caller advances.

    The walk stops after the first page shorter than ``limit``.
    """
    first = _first_page(describe, args, filters, skip, limit)

    def pages() -> Iterator[T]:
        call, offset = first, skip
        while True:
            page = run(call)
            yield from page
            if len(page) < limit:
                return
            offset += len(page)
            call = describe(*args, skip=offset, limit=limit, **filters)

    return pages()


def aiterate(
    run: _AsyncRun,
    describe: Callable[..., Call[list[T]]],
    *args: Any,
    skip: int = 0,
    limit: int = DEFAULT_PAGE_SIZE,
    **filters: Any,
) -> AsyncIterator[T]:
    """:func:`iterate` for async clients: an async iterator that awaits each page when needed."""
    first = _first_page(describe, args, filters, skip, limit)

    async def pages() -> AsyncIterator[T]:
        call, offset = first, skip
        while True:
            page = await run(call)
            for item in page:
                yield item
            if len(page) < limit:
                return
            offset += len(page)
            call = describe(*args, skip=offset, limit=limit, **filters)

    return pages()


def _page_options(kwargs: dict[str, Any]) -> dict[str, Any]:
    """``None`` for skip/limit means the iterator's defaults (start at 0, 100 per page)."""
    return {key: value for key, value in kwargs.items() if not (key in ("skip", "limit") and value is None)}


class sync_pages(Generic[P, T]):
    """Expose a list description as a lazy iterator over every item (``keys.iter()``)."""

    def __init__(self, describe: Callable[P, Call[list[T]]]) -> None:
        self.pages_of = describe
        self.__doc__ = f"Every item ``{describe.__name__}`` lists, fetched ``limit`` at a time as you iterate."

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> sync_pages[P, T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> Callable[P, Iterator[T]]: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        describe, run = self.pages_of, obj._run  # type: ignore[attr-defined]

        def method(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
            return iterate(run, describe, *args, **_page_options(kwargs))

        method.__doc__, method.__name__ = self.__doc__, "iter"
        return method


class async_pages(Generic[P, T]):
    """Expose a list description as a lazy async iterator over every item (``async for``)."""

    def __init__(self, describe: Callable[P, Call[list[T]]]) -> None:
        self.pages_of = describe
        self.__doc__ = f"Every item ``{describe.__name__}`` lists, fetched ``limit`` at a time (``async for``)."

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> async_pages[P, T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        describe, run = self.pages_of, obj._run  # type: ignore[attr-defined]

        def method(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
            return aiterate(run, describe, *args, **_page_options(kwargs))

        method.__doc__, method.__name__ = self.__doc__, "iter"
        return method


# --------------------------------------------------------------------------- resources (blocking)


class _Resource:
    def __init__(self, run: _Run) -> None:
        self._run = run

    def __repr__(self) -> str:
        return f"<{type(self).__name__} control-plane resource>"


class _AsyncResource:
    def __init__(self, run: _AsyncRun) -> None:
        self._run = run

    def __repr__(self) -> str:
        return f"<{type(self).__name__} control-plane resource>"


class Keys(_Resource):
    """Gateway API keys: ``create``, ``get``, ``list``, ``update``, ``delete``, ``iter``."""

    create = sync_method(create_key)
    get = sync_method(get_key)
    list = sync_method(list_keys)
    update = sync_method(update_key)
    delete = sync_method(delete_key)

    iter = sync_pages(list_keys)


class Users(_Resource):
    """Users: ``create``, ``get``, ``list``, ``update``, ``delete``, ``get_usage``, ``iter``, ``iter_usage``."""

    create = sync_method(create_user)
    get = sync_method(get_user)
    list = sync_method(list_users)
    update = sync_method(update_user)
    delete = sync_method(delete_user)
    get_usage = sync_method(get_user_usage)

    iter = sync_pages(list_users)

    iter_usage = sync_pages(get_user_usage)


class Budgets(_Resource):
    """Budgets: ``create``, ``get``, ``list``, ``update``, ``delete``, ``iter``."""

    create = sync_method(create_budget)
    get = sync_method(get_budget)
    list = sync_method(list_budgets)
    update = sync_method(update_budget)
    delete = sync_method(delete_budget)

    iter = sync_pages(list_budgets)


class Pricing(_Resource):
    """Model prices: ``set``, ``get``, ``list``, ``get_history``, ``delete``, ``iter``."""

    set = sync_method(set_pricing)
    get = sync_method(get_pricing)
    list = sync_method(list_pricing)
    get_history = sync_method(get_pricing_history)
    delete = sync_method(delete_pricing)

    iter = sync_pages(list_pricing)


class Usage(_Resource):
    """Usage rows across users: ``list``, ``iter``."""

    list = sync_method(list_usage)

    iter = sync_pages(list_usage)


class ControlPlane:
    """The gateway's management API, on :attr:`OtariClient.control_plane`.

    Attributes:
        keys: API keys.
        users: users, and their usage.
        budgets: spending budgets.
        pricing: per-model prices.
        usage: usage rows across users.

    Every call sends the admin credential (``admin_key``, else
    ``GATEWAY_ADMIN_KEY``, else the platform token); without one it raises
    :class:`~otari.InvalidRequestError` before sending anything.
    """

    def __init__(self, run: _Run) -> None:
        self._run = run
        self.keys = Keys(run)
        self.users = Users(run)
        self.budgets = Budgets(run)
        self.pricing = Pricing(run)
        self.usage = Usage(run)

    def __repr__(self) -> str:
        return "<ControlPlane keys, users, budgets, pricing, usage>"


#: Resource name → the blocking resource class (read by ``otari._registry``).
RESOURCES: dict[str, type] = {"keys": Keys, "users": Users, "budgets": Budgets, "pricing": Pricing, "usage": Usage}


# --------------------------------------------------------------------------- resources (async)


class AsyncKeys(_AsyncResource):
    """Gateway API keys; the same methods as :class:`Keys`, awaited (``iter`` is an async iterator)."""

    create = async_method(create_key)
    get = async_method(get_key)
    list = async_method(list_keys)
    update = async_method(update_key)
    delete = async_method(delete_key)

    iter = async_pages(list_keys)


class AsyncUsers(_AsyncResource):
    """Users; the same methods as :class:`Users`, awaited (the ``iter`` methods are async iterators)."""

    create = async_method(create_user)
    get = async_method(get_user)
    list = async_method(list_users)
    update = async_method(update_user)
    delete = async_method(delete_user)
    get_usage = async_method(get_user_usage)

    iter = async_pages(list_users)

    iter_usage = async_pages(get_user_usage)


class AsyncBudgets(_AsyncResource):
    """Budgets; the same methods as :class:`Budgets`, awaited (``iter`` is an async iterator)."""

    create = async_method(create_budget)
    get = async_method(get_budget)
    list = async_method(list_budgets)
    update = async_method(update_budget)
    delete = async_method(delete_budget)

    iter = async_pages(list_budgets)


class AsyncPricing(_AsyncResource):
    """Model prices; the same methods as :class:`Pricing`, awaited (``iter`` is an async iterator)."""

    set = async_method(set_pricing)
    get = async_method(get_pricing)
    list = async_method(list_pricing)
    get_history = async_method(get_pricing_history)
    delete = async_method(delete_pricing)

    iter = async_pages(list_pricing)


class AsyncUsage(_AsyncResource):
    """Usage rows across users; the same methods as :class:`Usage`, awaited."""

    list = async_method(list_usage)

    iter = async_pages(list_usage)


class AsyncControlPlane:
    """The gateway's management API on :attr:`AsyncOtariClient.control_plane`; see :class:`ControlPlane`."""

    def __init__(self, run: _AsyncRun) -> None:
        self._run = run
        self.keys = AsyncKeys(run)
        self.users = AsyncUsers(run)
        self.budgets = AsyncBudgets(run)
        self.pricing = AsyncPricing(run)
        self.usage = AsyncUsage(run)

    def __repr__(self) -> str:
        return "<AsyncControlPlane keys, users, budgets, pricing, usage>"


#: Resource name → the async resource class (mirrors :data:`RESOURCES`).
ASYNC_RESOURCES: dict[str, type] = {
    "keys": AsyncKeys,
    "users": AsyncUsers,
    "budgets": AsyncBudgets,
    "pricing": AsyncPricing,
    "usage": AsyncUsage,
}
