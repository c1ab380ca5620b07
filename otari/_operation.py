"""The rows of the SDK's surface: descriptors that make a generated operation a method of both clients.

A resource class (``Keys``, the clients themselves) is a table: each attribute
is one row, ``create = op(api.keys.create_key.call)``. ``api.<tag>.<operation>.call``
is the typed signature the generator writes for every operation (path
parameters positional, query parameters and body fields as keyword arguments
typed by a ``TypedDict``), so a row needs no hand-written parameters. The same
row serves the blocking and the async client: a resource is generic in its
mode (:class:`Sync` or :class:`Async`), and the descriptors' overloads give
``Callable[P, T]`` on one and ``Callable[P, Awaitable[T]]`` on the other.

At run time ``api`` is a :class:`Ref`: nothing of the generated core is imported
until a method is first looked up, so ``import otari`` stays cheap however many
operations the gateway has.

A row may add, for the rare real special case: ``result=`` (a transform of the
parsed answer), ``parse=`` (read the raw response instead), ``kind=`` (which
error classes apply), ``signature=`` (a hand-written signature, for the
seed-compatible positional forms of the batch calls) with ``positional=`` /
``mapping=``, and ``stream=`` (the event protocol of a streaming call).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, ParamSpec, Protocol, TypeVar, cast, get_origin, overload

import httpx

from ._call import Call, InvalidRequestError
from ._errors import CallKind
from ._request import Plan, build_call

if TYPE_CHECKING:
    from ._streaming import Protocol as StreamProtocol

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")
RS = TypeVar("RS")
RA = TypeVar("RA")

#: Page size of the ``iter`` methods when ``limit`` is not given.
DEFAULT_PAGE_SIZE = 100


class Sync:
    """Mode of the blocking client's resources."""


class Async:
    """Mode of the async client's resources."""


M = TypeVar("M", Sync, Async)


if TYPE_CHECKING:  # (the Protocols here are for type checkers; not creating them keeps the import cheap)

    class Runner(Protocol):
        """What a resource sends calls through: a client's transport."""

        asynchronous: bool

        def run(self, call: Call[Any], /) -> Any: ...


class Resource(Generic[M]):
    """A group of operations on one client's transport (``client``, ``client.control_plane.keys``, ...)."""

    #: Send the control-plane (admin) credential instead of the client's own.
    _admin: ClassVar[bool] = False
    #: Which error classes apply (``NotFoundError`` vs ``ModelNotFoundError``, batches' 409).
    _kind: ClassVar[CallKind] = "inference"

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"


class ControlResource(Resource[M]):
    """A resource of the control plane: admin credential, control-plane errors."""

    _admin = True
    _kind = "control"


class Ref:
    """A dotted name in the generated core, imported when first needed.

    ``Ref("otari_api.api").keys.create_key.call`` is the ``call`` attribute of
    the module ``otari_api.api.keys.create_key``.
    """

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __getattr__(self, name: str) -> Ref:
        if name.startswith("__"):
            raise AttributeError(name)
        return Ref(f"{self.path}.{name}")

    def __repr__(self) -> str:
        return f"Ref({self.path!r})"


class _Moded(Generic[RS, RA]):
    """A descriptor that gives ``RS`` on a blocking client's resource and ``RA`` on an async one.

    What it gives is made on first access (:meth:`_make`) and kept on the instance.
    """

    name: str

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Any: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type | None = None) -> RS: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type | None = None) -> RA: ...
    def __get__(self, obj: Resource[Any] | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        made = self._make(obj)
        obj.__dict__[self.name] = made  # later lookups skip the descriptor
        return made

    def _make(self, obj: Resource[Any]) -> Any:
        raise NotImplementedError


class Operation(_Moded[Callable[P, T], Callable[P, Awaitable[T]]]):
    """One row: a generated operation as a method (see the module docstring)."""

    def __init__(
        self,
        call: Any,
        *,
        signature: Callable[..., Any] | None = None,
        result: Callable[[Any], Any] | None = None,
        parse: Callable[[httpx.Response], Any] | None = None,
        kind: CallKind | None = None,
        positional: tuple[str, ...] = (),
        mapping: bool = False,
        stream: StreamProtocol | None = None,
    ) -> None:
        self.call, self.signature, self.result, self.parse = call, signature, result, parse
        self.kind, self.positional, self.mapping, self.stream = kind, positional, mapping, stream
        self.name = ""

    @functools.cached_property
    def plan(self) -> Plan:
        """What every call of this row needs, worked out from the generated module on first use."""
        if isinstance(self.call, Ref):
            endpoint = importlib.import_module(self.call.path.rpartition(".")[0])
        else:
            endpoint = importlib.import_module(self.call.__module__)
        return Plan.of(endpoint, self)

    @property
    def endpoint(self) -> ModuleType:
        """The generated endpoint module this row calls (``METHOD``, ``PATH``, ``OPERATION_ID``)."""
        return self.plan.endpoint

    def describe(self, args: tuple[Any, ...], kwargs: dict[str, Any], admin: bool, kind: CallKind) -> Call[Any]:
        """Check the arguments and build the request; raises :class:`InvalidRequestError` before anything is sent."""
        return build_call(self.plan, args, kwargs, admin, kind)

    def _make(self, obj: Resource[Any]) -> Callable[..., Any]:
        admin, kind, run, plan = obj._admin, self.kind or obj._kind, obj._runner.run, self.plan

        async def awaited(*args: Any, **kwargs: Any) -> Any:
            return await run(build_call(plan, args, kwargs, admin, kind))

        def blocking(*args: Any, **kwargs: Any) -> Any:
            return run(build_call(plan, args, kwargs, admin, kind))

        method = awaited if obj._runner.asynchronous else blocking
        return _named(method, obj, self.name, plan, plan.signature.__doc__ or plan.endpoint.call.__doc__)


def _named(method: Callable[..., Any], obj: Resource[Any], name: str, plan: Plan, doc: str) -> Callable[..., Any]:
    """Give a bound method the row's signature, name and docs (with the operation it calls)."""
    functools.update_wrapper(method, plan.signature)
    method.__name__, method.__qualname__ = name, f"{type(obj).__name__}.{name}"
    method.__doc__ = f"{doc}\n\nCalls ``{plan.endpoint.METHOD} {plan.endpoint.PATH}``."
    return method


@overload
def op(call: Callable[P, T], *, kind: CallKind | None = None) -> Operation[P, T]: ...
@overload
def op(call: Callable[P, T], *, result: Callable[[T], R], kind: CallKind | None = None) -> Operation[P, R]: ...
@overload
def op(
    call: Callable[P, Any], *, parse: Callable[[httpx.Response], R], kind: CallKind | None = None
) -> Operation[P, R]: ...
@overload
def op(
    call: Callable[..., Any],
    *,
    signature: Callable[P, T],
    positional: tuple[str, ...] = (),
    mapping: bool = False,
    kind: CallKind | None = None,
) -> Operation[P, T]: ...
def op(call: Any, **options: Any) -> Any:
    """A row: the operation ``call`` (``api.<tag>.<operation>.call``) as a method; see the module docstring."""
    return Operation(call, **options)


class Pages(_Moded[Callable[P, Iterator[T]], Callable[P, AsyncIterator[T]]]):
    """``iter``: every item of a ``skip``/``limit`` listing, fetched a page at a time as the caller advances."""

    def __init__(self, call: Callable[P, list[T]]) -> None:
        self.operation: Operation[P, list[T]] = Operation(call)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = self.operation.name = name

    def _make(self, obj: Resource[Any]) -> Callable[..., Any]:
        admin, kind, runner, plan = obj._admin, obj._kind, obj._runner, self.operation.plan
        run = runner.run
        if not {"skip", "limit"} <= set(plan.endpoint.QUERY_PARAMETERS):
            raise TypeError(f"{self.name}: {plan.endpoint.PATH} does not page with skip and limit")

        def page(args: tuple[Any, ...], kwargs: dict[str, Any], skip: int, limit: int) -> Call[list[T]]:
            return build_call(plan, args, {**kwargs, "skip": skip, "limit": limit}, admin, kind)

        def first(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[int, int, Call[list[T]]]:
            skip, limit = kwargs.pop("skip", None), kwargs.pop("limit", None)
            skip, limit = 0 if skip is None else skip, DEFAULT_PAGE_SIZE if limit is None else limit
            if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
                raise InvalidRequestError(f"limit (the page size) must be an integer of at least 1, got {limit!r}")
            if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0:
                raise InvalidRequestError(f"skip must be an integer of at least 0, got {skip!r}")
            return skip, limit, page(args, kwargs, skip, limit)  # checked now, not at the first ``next``

        async def awaited(offset: int, limit: int, call: Call[list[T]], *args: Any, **kwargs: Any) -> AsyncIterator[T]:
            while True:
                items = await run(call)
                for item in items:
                    yield item
                if len(items) < limit:
                    return
                offset += len(items)
                call = page(args, kwargs, offset, limit)

        def blocking(offset: int, limit: int, call: Call[list[T]], *args: Any, **kwargs: Any) -> Iterator[T]:
            while True:
                items = run(call)
                yield from items
                if len(items) < limit:
                    return
                offset += len(items)
                call = page(args, kwargs, offset, limit)

        walk = awaited if runner.asynchronous else blocking

        def method(*args: Any, **kwargs: Any) -> Any:
            return walk(*first(args, kwargs), *args, **kwargs)

        doc = f"Every item of the listing, fetched ``limit`` (default {DEFAULT_PAGE_SIZE}) at a time as you iterate."
        return _named(method, obj, self.name, plan, doc)


def pages(call: Callable[P, list[T]]) -> Pages[P, T]:
    """A row for ``iter``: the listing ``call`` walked lazily, page by page; stops after the first short page."""
    return Pages(call)


class Streaming(_Moded[RS, RA]):
    """A streaming row (``completion``, ``response``, ``message``), typed by a Protocol per mode with overloads
    on ``stream``: ``name: Streaming[SyncProtocol, AsyncProtocol] = streaming(...)``."""

    def __init__(self, operation: Operation[..., Any]) -> None:
        self.operation = operation

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = self.operation.name = name

    def _make(self, obj: Resource[Any]) -> Any:
        return self.operation._make(obj)


def streaming(
    call: Callable[..., Any], protocol: StreamProtocol, *, parse: Callable[[httpx.Response], Any] | None = None
) -> Streaming[Any, Any]:
    """A streaming row: with ``stream=True`` the call answers server-sent events of ``protocol``."""
    return Streaming(Operation(call, stream=protocol, parse=parse))


class Child(_Moded[RS, RA]):
    """A nested resource, made once per parent on its transport: ``keys = child(Keys[Sync], Keys[Async])``.

    ``child("otari._control_plane.ControlPlane")`` names the class instead, imported on first use; declare
    its types then: ``control_plane: Child[ControlPlane[Sync], ControlPlane[Async]] = child("...")``.
    """

    def __init__(self, sync: type[RS] | str, async_: type[RA] | None = None) -> None:
        self._target = sync

    @functools.cached_property
    def cls(self) -> type[Resource[Any]]:
        if isinstance(self._target, str):
            module, _, name = self._target.rpartition(".")
            return cast("type[Resource[Any]]", getattr(importlib.import_module(module), name))
        return cast("type[Resource[Any]]", get_origin(self._target) or self._target)

    def _make(self, obj: Resource[Any]) -> Any:
        return self.cls(obj._runner)


@overload
def child(sync: type[RS], async_: type[RA]) -> Child[RS, RA]: ...
@overload
def child(sync: str) -> Child[Any, Any]: ...
def child(sync: Any, async_: Any = None) -> Any:
    return Child(sync, async_)


Row = Operation[Any, Any] | Pages[Any, Any] | Streaming[Any, Any]


def rows(cls: type, prefix: str = "") -> Iterator[tuple[str, Row]]:
    """Every method of a resource class and its nested resources: ``(dotted name, row)``, in table order."""
    seen: set[str] = set()
    for klass in reversed(cls.__mro__):
        for name, attr in vars(klass).items():
            if name in seen or not isinstance(attr, _Moded):
                continue
            seen.add(name)
            if isinstance(attr, Child):
                yield from rows(attr.cls, f"{prefix}{name}.")
            else:
                yield prefix + name, cast(Row, attr)
