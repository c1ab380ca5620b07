"""One description of each call, shared by the sync and async clients.

A *description* is a plain function that validates its arguments, builds the
request with the generated core (``otari_api``) and says how to read the
answer: it returns a :class:`Call`. It does no I/O. The clients only differ in
how they *run* a call (blocking or awaited), so each public method is declared
once per client as ``name = sync_method(describe)`` /
``name = async_method(describe)``; both expose the description's signature and
docstring.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, overload

import attrs
import httpx

from ._errors import APIResponseValidationError, CallKind, OtariError

if TYPE_CHECKING:
    from ._streaming import StreamSpec

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")


class InvalidRequestError(OtariError, ValueError):
    """Arguments that cannot make a valid request; raised before anything is sent."""


@attrs.frozen(slots=True)
class Call(Generic[T]):
    """Everything needed to send one request and read its answer.

    Attributes:
        endpoint: the generated endpoint module (``METHOD``, ``PATH``, ``_get_kwargs``).
        request: keyword arguments from the endpoint's ``_get_kwargs``.
        parse: turns a successful response into the result.
        kind: endpoint family, used to pick error classes.
        admin: send the control-plane credential instead of the client's.
        stream: how to decode server-sent events, for streaming calls.
        batch_id: the batch a call is about, for error details.
    """

    endpoint: ModuleType
    request: dict[str, Any]
    parse: Callable[[httpx.Response], T]
    kind: CallKind = "inference"
    admin: bool = False
    stream: StreamSpec[Any] | None = None
    batch_id: str | None = None


class Model(Protocol):
    """What the generated models have in common."""

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M")


class _FromDict(Protocol[T_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> T_co: ...


F = TypeVar("F", bound=Callable[..., Any])


def calls(endpoint: ModuleType | str) -> Callable[[F], F]:
    """Mark a description with the generated endpoint it calls (read by ``otari._registry``).

    ``endpoint`` is the module, or its dotted name when the description imports
    it only on first use (to keep ``import otari`` light).
    """

    def mark(describe: F) -> F:
        describe.endpoint = endpoint  # type: ignore[attr-defined]
        return describe

    return mark


def endpoint_of(describe: Callable[..., Any]) -> ModuleType:
    """The generated endpoint module a description is marked with."""
    endpoint = describe.endpoint  # type: ignore[attr-defined]
    if isinstance(endpoint, str):
        import importlib

        endpoint = importlib.import_module(endpoint)
    return endpoint  # type: ignore[no-any-return]


def build_body(model: _FromDict[M], fields: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> M:
    """Build a generated request model from keyword arguments.

    ``None`` means "not given" and is left out. Keys the spec does not know are
    kept: the generated models carry them in ``additional_properties`` and send
    them as they are.
    """
    data = {key: value for key, value in fields.items() if value is not None}
    if extra:
        data.update(extra)
    try:
        return model.from_dict(data)
    except KeyError as exc:
        raise InvalidRequestError(f"missing required argument {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidRequestError(f"invalid arguments: {exc}") from None


def require(name: str, value: Any, kind: type | tuple[type, ...], what: str) -> None:
    """Reject a missing or mistyped required argument before anything is sent."""
    if value is None:
        raise InvalidRequestError(f"{name} is required ({what})")
    if not isinstance(value, kind):
        raise InvalidRequestError(f"{name} must be {what}, got {type(value).__name__}")


class _ParseClient:
    """Stand-in for the generated client inside ``_parse_response``: unexpected statuses raise."""

    raise_on_unexpected_status = True


PARSE_CLIENT: Any = _ParseClient()


def parse_json(endpoint: ModuleType, expected: type[T]) -> Callable[[httpx.Response], T]:
    """Read a successful JSON answer with the endpoint's generated parser."""

    def parse(response: httpx.Response) -> T:
        try:
            result = endpoint._parse_response(client=PARSE_CLIENT, response=response)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise APIResponseValidationError(
                f"{endpoint.METHOD} {endpoint.PATH}: the gateway's answer does not match the API "
                f"({type(exc).__name__}: {exc})",
                response=response,
            ) from None
        except Exception as exc:  # the generated UnexpectedStatus, for a 2xx we do not model
            raise APIResponseValidationError(
                f"{endpoint.METHOD} {endpoint.PATH}: unexpected answer ({exc})", response=response
            ) from None
        if not isinstance(result, expected):
            raise APIResponseValidationError(
                f"{endpoint.METHOD} {endpoint.PATH}: expected {expected.__name__}, got {type(result).__name__}",
                response=response,
            )
        return result

    return parse


def parse_model(endpoint: ModuleType, model: _FromDict[M]) -> Callable[[httpx.Response], M]:
    """Read a successful JSON answer straight into ``model`` (which may be a shell subclass)."""

    def parse(response: httpx.Response) -> M:
        try:
            return model.from_dict(response.json())
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise APIResponseValidationError(
                f"{endpoint.METHOD} {endpoint.PATH}: the gateway's answer does not match the API "
                f"({type(exc).__name__}: {exc})",
                response=response,
            ) from None

    return parse


def parse_list(endpoint: ModuleType, item: type[T]) -> Callable[[httpx.Response], list[T]]:
    """Read a JSON array answer whose items are ``item`` models."""
    parse_any = parse_json(endpoint, list)

    def parse(response: httpx.Response) -> list[T]:
        result = parse_any(response)
        if not all(isinstance(element, item) for element in result):
            raise APIResponseValidationError(
                f"{endpoint.METHOD} {endpoint.PATH}: expected a list of {item.__name__}", response=response
            )
        return result

    return parse


def parse_nothing(response: httpx.Response) -> None:
    """For 204 answers."""
    return None


def parse_bytes(response: httpx.Response) -> bytes:
    return response.content


def request(endpoint: ModuleType, **kwargs: Any) -> dict[str, Any]:
    """The generated core's request arguments for ``endpoint``."""
    built: dict[str, Any] = endpoint._get_kwargs(**kwargs)
    return built


# --------------------------------------------------------------------------- binding to clients


class Runner(Protocol):
    def _run(self, call: Call[T]) -> T: ...


class AsyncRunner(Protocol):
    async def _run(self, call: Call[T]) -> T: ...


class sync_method(Generic[P, T]):
    """Expose a call description as a blocking method."""

    def __init__(self, describe: Callable[P, Call[T]]) -> None:
        self.describe = describe
        self.__doc__ = describe.__doc__
        self.__wrapped__ = describe

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> sync_method[P, T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> Callable[P, T]: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        describe = self.describe
        run: Callable[[Call[T]], T] = obj._run  # type: ignore[attr-defined]

        @functools.wraps(describe)
        def method(*args: P.args, **kwargs: P.kwargs) -> T:
            return run(describe(*args, **kwargs))

        obj.__dict__[self.name] = method  # cache: later lookups skip the descriptor
        return method


class async_method(Generic[P, T]):
    """Expose a call description as a coroutine method."""

    def __init__(self, describe: Callable[P, Call[T]]) -> None:
        self.describe = describe
        self.__doc__ = describe.__doc__
        self.__wrapped__ = describe

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> async_method[P, T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        describe = self.describe
        run: Callable[[Call[T]], Awaitable[T]] = obj._run  # type: ignore[attr-defined]

        @functools.wraps(describe)
        async def method(*args: P.args, **kwargs: P.kwargs) -> T:
            return await run(describe(*args, **kwargs))

        obj.__dict__[self.name] = method
        return method
