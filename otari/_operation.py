"""The rows of the SDK's surface: descriptors that make a generated operation a method of both clients.

A resource class (``Keys``, the clients themselves) is a table: each attribute
is one row, ``create = op(api.keys.create_key.call)``. ``api.<tag>.<operation>.call``
is the typed signature the generator writes for every operation (path
parameters positional, query parameters and body fields as keyword arguments
checked by a ``TypedDict``), so a row needs no hand-written parameters. The
same row serves the blocking and the async client: a resource is generic in
its mode (:class:`Sync` or :class:`Async`), and the descriptors' overloads give
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
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, ParamSpec, Protocol, TypeVar, cast, get_origin, overload

import attrs
import httpx

from ._arguments import check, checker, form_value, path_value, upload
from ._call import Call, InvalidRequestError, answer_parser
from ._errors import CallKind

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

    def module(self) -> ModuleType:
        return importlib.import_module(self.path.rpartition(".")[0])


def _stub(call: Any) -> tuple[ModuleType, Callable[..., Any]]:
    """The generated endpoint module of a row and its typed ``call`` signature."""
    if isinstance(call, Ref):
        module = call.module()
        return module, module.call
    module = importlib.import_module(call.__module__)
    return module, call


class Operation(Generic[P, T]):
    """One row: a generated operation as a method (see the module docstring)."""

    name: str

    def __init__(
        self,
        call: Callable[P, Any],
        *,
        signature: Callable[..., Any] | None = None,
        result: Callable[[Any], Any] | None = None,
        parse: Callable[[httpx.Response], Any] | None = None,
        kind: CallKind | None = None,
        positional: tuple[str, ...] = (),
        mapping: bool = False,
        stream: StreamProtocol | None = None,
    ) -> None:
        self.call = call
        self.signature = signature
        self.result = result
        self.parse = parse
        self.kind = kind
        self.positional = positional
        self.mapping = mapping
        self.stream = stream

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Operation[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type | None = None) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type | None = None) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        method = self.bind(obj)
        obj.__dict__[self.name] = method  # later lookups skip the descriptor
        return method

    # ----------------------------------------------------------------- what the row calls

    @functools.cached_property
    def plan(self) -> _Plan:
        endpoint, stub = _stub(self.call)
        parse = self.parse or answer_parser(endpoint)
        if self.result is not None:
            base, transform = parse, self.result

            def parse(response: httpx.Response) -> Any:
                return transform(base(response))

        stream = None
        if self.stream is not None:
            from ._streaming import stream_spec

            stream = stream_spec(self.stream)
        query = {
            wire: (python_name, checker(wire, endpoint.QUERY_CHECKS.get(wire), body=False))
            for wire, python_name in endpoint.QUERY_PARAMETERS.items()
        }
        fields = {name: checker(name, rules, body=True) for name, rules in endpoint.BODY_CHECKS.items()}
        return _Plan(endpoint, self.signature or stub, parse, stream, query, fields)

    @property
    def endpoint(self) -> ModuleType:
        """The generated endpoint module this row calls (``METHOD``, ``PATH``, ``OPERATION_ID``)."""
        return self.plan.endpoint

    def bind(self, obj: Resource[Any]) -> Callable[..., Any]:
        plan, admin, kind = self.plan, obj._admin, self.kind or obj._kind
        describe, runner = self.describe, obj._runner
        run = runner.run

        async def awaited(*args: Any, **kwargs: Any) -> Any:
            return await run(describe(args, kwargs, admin, kind))

        def blocking(*args: Any, **kwargs: Any) -> Any:
            return run(describe(args, kwargs, admin, kind))

        method: Callable[..., Any] = awaited if runner.asynchronous else blocking
        functools.update_wrapper(method, plan.signature)
        method.__name__ = self.name
        method.__qualname__ = f"{type(obj).__name__}.{self.name}"
        doc = plan.signature.__doc__ or plan.endpoint.call.__doc__
        method.__doc__ = f"{doc}\n\nCalls ``{plan.endpoint.METHOD} {plan.endpoint.PATH}``."
        return method

    def describe(self, args: tuple[Any, ...], kwargs: dict[str, Any], admin: bool, kind: CallKind) -> Call[Any]:
        """Check the arguments and build the request; raises :class:`InvalidRequestError` before anything is sent."""
        plan = self.plan
        endpoint = plan.endpoint
        names: tuple[str, ...] = endpoint.PATH_PARAMETERS
        model = None
        if len(args) != len(names):
            args, model, kwargs = self._positional(args, kwargs)
        path = [path_value(name, value) for name, value in zip(names, args, strict=True)]
        stream = False
        if self.stream is not None:
            stream = kwargs.pop("stream", False)
            if not isinstance(stream, bool):
                raise InvalidRequestError(f"stream must be True or False, got {stream!r}")
        extra_body = kwargs.pop("extra_body", None) if endpoint.BODY is not None else None
        filename = kwargs.pop("filename", None) if endpoint.BODY_FORM else None

        query_plan, field_plan = plan.query, plan.fields
        has_body, form = endpoint.BODY is not None, endpoint.BODY_FORM
        query: dict[str, Any] = {}
        fields: dict[str, Any] = {}
        unknown: dict[str, Any] = {}
        for key, value in kwargs.items():
            if value is None:
                continue
            known = query_plan.get(key)
            if known is not None:
                query[known[0]] = known[1](value)
            elif not has_body:
                unknown[key] = value
            elif form:
                rules = endpoint.BODY_CHECKS.get(key)
                if rules is not None and rules.get("format") == "binary":
                    fields[key] = upload(key, value, filename)
                else:
                    fields[key] = check(key, value, rules, body=False)
            else:
                check_field = field_plan.get(key)
                fields[key] = check_field(value) if check_field is not None else check(key, value, None, body=True)
        for key in endpoint.QUERY_REQUIRED:
            if query_plan[key][0] not in query:
                raise InvalidRequestError(f"{key} is required")
        if stream:
            fields["stream"] = True

        request: dict[str, Any]
        if endpoint.BODY is None:
            request = endpoint._get_kwargs(*path, **query)
        else:
            body = self._body(endpoint, model, fields, extra_body)
            request = endpoint._get_kwargs(*path, body=body, **query)
        if unknown:  # forward compatibility: parameters this SDK does not know go out as they are
            request["params"] = {**request.get("params", {}), **unknown}
        batch_id = path[0] if kind == "batch" and path else None
        return Call(
            endpoint,
            request,
            plan.parse,
            kind=kind,
            admin=admin,
            stream=plan.stream if stream else None,
            batch_id=batch_id,
        )

    def _positional(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], Any, dict[str, Any]]:
        """Positional arguments past the path parameters: the body model, or a row's seed-compatible forms."""
        endpoint = self.plan.endpoint
        names: tuple[str, ...] = endpoint.PATH_PARAMETERS
        if len(args) < len(names):
            raise InvalidRequestError(f"{names[len(args)]} is required")
        rest = list(args[len(names) :])
        kwargs = dict(kwargs)
        for name in self.positional:
            if rest and not isinstance(rest[0], Mapping):
                if kwargs.get(name) is not None:
                    raise InvalidRequestError(f"{self.name} got {name} twice, positionally and as a keyword")
                kwargs[name] = rest.pop(0)
        if self.mapping and rest and (rest[0] is None or isinstance(rest[0], Mapping)):
            given = dict(rest.pop(0) or {})
            if endpoint.BODY is None:
                unknown = sorted(set(given) - set(endpoint.QUERY_PARAMETERS))
                if unknown:
                    known = sorted(set(endpoint.QUERY_PARAMETERS) - set(self.positional))
                    raise InvalidRequestError(f"{self.name} accepts {known}, not {unknown}")
            kwargs = {**given, **{key: value for key, value in kwargs.items() if value is not None}}
        model = None
        if rest and endpoint.BODY is not None and not endpoint.BODY_FORM:
            model = rest.pop(0)
            if not isinstance(model, endpoint.BODY):
                wanted, got = endpoint.BODY.__name__, type(model).__name__
                raise InvalidRequestError(f"the body must be a {wanted} (or use keyword arguments), got {got}")
        if rest:
            raise InvalidRequestError(
                f"{self.name} takes {len(args) - len(rest)} positional argument(s), got {len(args)}"
            )
        return args[: len(names)], model, kwargs

    @staticmethod
    def _body(endpoint: ModuleType, model: Any, fields: dict[str, Any], extra: Mapping[str, Any] | None) -> Any:
        """The request model: built from the keyword arguments, or the one passed in (checked the same way)."""
        cls = endpoint.BODY
        if model is not None:
            if fields:
                raise InvalidRequestError(
                    f"pass either a {cls.__name__} or keyword arguments, not both (got {sorted(fields)})"
                )
            data = model.to_dict()
            for key, value in data.items():
                if value is not None:
                    data[key] = check(key, value, endpoint.BODY_CHECKS.get(key), body=True)
            fields = data
        else:
            for key in endpoint.BODY_REQUIRED:
                if key not in fields:
                    raise InvalidRequestError(f"{key} is required")
        if extra:
            fields = {**fields, **extra}
        try:
            if endpoint.BODY_FORM:
                known = attrs.fields_dict(cls)
                built = cls(**{key: value for key, value in fields.items() if key in known})
                built.additional_properties.update(
                    {key: form_value(key, value) for key, value in fields.items() if key not in known}
                )
                return built
            return cls.from_dict(fields)
        except KeyError as exc:
            raise InvalidRequestError(f"missing required argument {exc.args[0]!r}") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise InvalidRequestError(f"invalid arguments: {exc}") from None


@attrs.frozen
class _Plan:
    """What a row needs at each call, worked out once from the generated endpoint module."""

    endpoint: ModuleType
    signature: Callable[..., Any]
    parse: Callable[[httpx.Response], Any]
    stream: Any
    #: Query parameters: wire name -> (name in ``_get_kwargs``, checker).
    query: dict[str, tuple[str, Callable[[Any], Any]]]
    #: JSON body fields the spec knows -> checker.
    fields: dict[str, Callable[[Any], Any]]


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


# --------------------------------------------------------------------------- paging


class Pages(Generic[P, T]):
    """``iter``: every item of a ``skip``/``limit`` listing, fetched a page at a time as the caller advances."""

    name: str

    def __init__(self, call: Callable[P, list[T]], *, kind: CallKind | None = None) -> None:
        self.operation: Operation[P, list[T]] = Operation(call, kind=kind)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.operation.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Pages[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type | None = None) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type | None = None) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        operation = self.operation
        admin, kind, runner = obj._admin, operation.kind or obj._kind, obj._runner
        run, describe = runner.run, operation.describe
        if not {"skip", "limit"} <= set(operation.endpoint.QUERY_PARAMETERS):
            raise TypeError(f"{self.name}: {operation.endpoint.PATH} does not page with skip and limit")

        def first(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[int, int, Call[list[T]]]:
            skip, limit = kwargs.pop("skip", None), kwargs.pop("limit", None)
            skip = 0 if skip is None else skip
            limit = DEFAULT_PAGE_SIZE if limit is None else limit
            if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
                raise InvalidRequestError(f"limit (the page size) must be an integer of at least 1, got {limit!r}")
            if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0:
                raise InvalidRequestError(f"skip must be an integer of at least 0, got {skip!r}")
            return skip, limit, describe(args, {**kwargs, "skip": skip, "limit": limit}, admin, kind)

        if runner.asynchronous:

            def method(*args: Any, **kwargs: Any) -> AsyncIterator[T]:
                offset, limit, call = first(args, kwargs)

                async def pages() -> AsyncIterator[T]:
                    nonlocal offset, call
                    while True:
                        page = await run(call)
                        for item in page:
                            yield item
                        if len(page) < limit:
                            return
                        offset += len(page)
                        call = describe(args, {**kwargs, "skip": offset, "limit": limit}, admin, kind)

                return pages()

        else:

            def method(*args: Any, **kwargs: Any) -> Iterator[T]:  # type: ignore[misc]
                offset, limit, call = first(args, kwargs)

                def pages() -> Iterator[T]:
                    nonlocal offset, call
                    while True:
                        page = run(call)
                        yield from page
                        if len(page) < limit:
                            return
                        offset += len(page)
                        call = describe(args, {**kwargs, "skip": offset, "limit": limit}, admin, kind)

                return pages()

        functools.update_wrapper(method, operation.plan.signature)
        method.__name__ = self.name
        method.__qualname__ = f"{type(obj).__name__}.{self.name}"
        method.__doc__ = (
            f"Every item of ``{operation.endpoint.METHOD} {operation.endpoint.PATH}``, fetched ``limit`` "
            f"(default {DEFAULT_PAGE_SIZE}) at a time as you iterate; stops after the first short page."
        )
        obj.__dict__[self.name] = method
        return method


def pages(call: Callable[P, list[T]], *, kind: CallKind | None = None) -> Pages[P, T]:
    """A row for ``iter``: the listing ``call`` walked lazily, page by page."""
    return Pages(call, kind=kind)


# --------------------------------------------------------------------------- streaming calls, nested resources


class Streaming(Generic[RS, RA]):
    """A streaming row (``completion``, ``response``, ``message``): typed by a Protocol per mode with overloads
    on ``stream``; declare it as ``name: Streaming[SyncProtocol, AsyncProtocol] = streaming(...)``."""

    def __init__(self, operation: Operation[..., Any]) -> None:
        self.operation = operation

    def __set_name__(self, owner: type, name: str) -> None:
        self.operation.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Streaming[RS, RA]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type | None = None) -> RS: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type | None = None) -> RA: ...
    def __get__(self, obj: Resource[Any] | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return self.operation.__get__(obj, owner)


def streaming(
    call: Callable[..., Any],
    protocol: StreamProtocol,
    *,
    parse: Callable[[httpx.Response], Any] | None = None,
) -> Streaming[Any, Any]:
    """A streaming row: with ``stream=True`` the call answers server-sent events of ``protocol``."""
    return Streaming(Operation(call, stream=protocol, parse=parse))


class Child(Generic[RS, RA]):
    """A nested resource: ``keys = child(Keys[Sync], Keys[Async])``, made once per parent, on the same transport."""

    name: str

    def __init__(self, sync: type[RS], async_: type[RA]) -> None:
        self.cls: type[Resource[Any]] = cast("type[Resource[Any]]", get_origin(sync) or sync)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Child[RS, RA]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type | None = None) -> RS: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type | None = None) -> RA: ...
    def __get__(self, obj: Resource[Any] | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        resource = self.cls(obj._runner)
        obj.__dict__[self.name] = resource
        return resource


def child(sync: type[RS], async_: type[RA]) -> Child[RS, RA]:
    return Child(sync, async_)


Row = Operation[Any, Any] | Pages[Any, Any] | Streaming[Any, Any]


def rows(cls: type, prefix: str = "") -> Iterator[tuple[str, Row]]:
    """Every method of a resource class and its nested resources: ``(dotted name, row)``, in table order."""
    seen: set[str] = set()
    for klass in reversed(cls.__mro__):
        for name, attr in vars(klass).items():
            if name in seen:
                continue
            if isinstance(attr, Child):
                seen.add(name)
                yield from rows(attr.cls, f"{prefix}{name}.")
            elif isinstance(attr, Operation | Pages | Streaming):
                seen.add(name)
                yield prefix + name, attr
