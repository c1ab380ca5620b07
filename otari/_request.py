"""From a method's arguments to a :class:`~otari._call.Call`: the same steps for every operation.

Positional arguments are the path parameters (in path order), then optionally
the request model; keyword arguments are query parameters when the spec says
so, else fields of the body (or, for a call without a body, extra query
parameters: forward compatibility). Each value is checked by
:mod:`otari._arguments` before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._arguments import check, checker, form_value, path_value, upload
from ._call import Call, InvalidRequestError, answer_parser
from ._errors import CallKind

if TYPE_CHECKING:
    from ._operation import Operation


class Plan:
    """What every call of one row needs, worked out once from its generated endpoint module."""

    __slots__ = ("endpoint", "fields", "mapping", "name", "parse", "positional", "query", "signature", "stream")

    def __init__(
        self,
        endpoint: ModuleType,
        name: str,
        signature: Callable[..., Any],
        parse: Callable[[httpx.Response], Any],
        stream: Any,
        positional: tuple[str, ...],
        mapping: bool,
        query: dict[str, tuple[str, Callable[[Any], Any]]],
        fields: dict[str, Callable[[Any], Any]],
    ) -> None:
        self.endpoint, self.name, self.signature, self.parse, self.stream = endpoint, name, signature, parse, stream
        self.positional, self.mapping = positional, mapping
        #: Query parameters: wire name -> (name in ``_get_kwargs``, checker); JSON body fields -> checker.
        self.query, self.fields = query, fields

    @classmethod
    def of(cls, endpoint: ModuleType, row: Operation[Any, Any]) -> Plan:
        parse = row.parse or answer_parser(endpoint)
        if row.result is not None:
            base, transform = parse, row.result

            def parse(response: httpx.Response) -> Any:
                return transform(base(response))

        stream = None
        if row.stream is not None:
            from ._streaming import stream_spec

            stream = stream_spec(row.stream)
        query = {
            wire: (python_name, checker(wire, endpoint.QUERY_CHECKS.get(wire), body=False))
            for wire, python_name in endpoint.QUERY_PARAMETERS.items()
        }
        fields = {name: checker(name, rules, body=True) for name, rules in endpoint.BODY_CHECKS.items()}
        signature = row.signature or endpoint.call
        return cls(endpoint, row.name, signature, parse, stream, row.positional, row.mapping, query, fields)


def build_call(plan: Plan, args: tuple[Any, ...], kwargs: dict[str, Any], admin: bool, kind: CallKind) -> Call[Any]:
    """Check the arguments and build the request; raises :class:`InvalidRequestError` before anything is sent."""
    endpoint = plan.endpoint
    names: tuple[str, ...] = endpoint.PATH_PARAMETERS
    model = None
    if len(args) != len(names):
        args, model, kwargs = _positional(plan, args, kwargs)
    path = [path_value(name, value) for name, value in zip(names, args, strict=True)]
    stream = False
    if plan.stream is not None:
        stream = kwargs.pop("stream", False)
        if not isinstance(stream, bool):
            raise InvalidRequestError(f"stream must be True or False, got {stream!r}")
    has_body, form = endpoint.BODY is not None, endpoint.BODY_FORM
    extra_body = kwargs.pop("extra_body", None) if has_body else None
    filename = kwargs.pop("filename", None) if form else None

    query_plan, field_plan = plan.query, plan.fields
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
            binary = rules is not None and rules.get("format") == "binary"
            fields[key] = upload(key, value, filename) if binary else check(key, value, rules, body=False)
        else:
            check_field = field_plan.get(key)
            fields[key] = check_field(value) if check_field is not None else check(key, value, None, body=True)
    for key in endpoint.QUERY_REQUIRED:
        if query_plan[key][0] not in query:
            raise InvalidRequestError(f"{key} is required")
    if stream:
        fields["stream"] = True

    if has_body:
        request = endpoint._get_kwargs(*path, body=_body(endpoint, model, fields, extra_body), **query)
    else:
        request = endpoint._get_kwargs(*path, **query)
    if unknown:  # forward compatibility: parameters this SDK does not know go out as they are
        request["params"] = {**request.get("params", {}), **unknown}
    return Call(
        endpoint,
        request,
        plan.parse,
        kind=kind,
        admin=admin,
        stream=plan.stream if stream else None,
        batch_id=path[0] if kind == "batch" and path else None,
    )


def _positional(
    plan: Plan, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[tuple[Any, ...], Any, dict[str, Any]]:
    """Positional arguments past the path parameters: the body model, or a row's seed-compatible forms."""
    endpoint = plan.endpoint
    names: tuple[str, ...] = endpoint.PATH_PARAMETERS
    if len(args) < len(names):
        raise InvalidRequestError(f"{names[len(args)]} is required")
    rest = list(args[len(names) :])
    kwargs = dict(kwargs)
    for name in plan.positional:
        if rest and not isinstance(rest[0], Mapping):
            if kwargs.get(name) is not None:
                raise InvalidRequestError(f"{plan.name} got {name} twice, positionally and as a keyword")
            kwargs[name] = rest.pop(0)
    if plan.mapping and rest and (rest[0] is None or isinstance(rest[0], Mapping)):
        given = dict(rest.pop(0) or {})
        if endpoint.BODY is None:
            unknown = sorted(set(given) - set(endpoint.QUERY_PARAMETERS))
            if unknown:
                known = sorted(set(endpoint.QUERY_PARAMETERS) - set(plan.positional))
                raise InvalidRequestError(f"{plan.name} accepts {known}, not {unknown}")
        kwargs = {**given, **{key: value for key, value in kwargs.items() if value is not None}}
    model = None
    if rest and endpoint.BODY is not None and not endpoint.BODY_FORM:
        model = rest.pop(0)
        if not isinstance(model, endpoint.BODY):
            wanted, got = endpoint.BODY.__name__, type(model).__name__
            raise InvalidRequestError(f"the body must be a {wanted} (or use keyword arguments), got {got}")
    if rest:
        raise InvalidRequestError(f"{plan.name} takes {len(args) - len(rest)} positional argument(s), got {len(args)}")
    return args[: len(names)], model, kwargs


def _body(endpoint: ModuleType, model: Any, fields: dict[str, Any], extra: Mapping[str, Any] | None) -> Any:
    """The request model: built from the keyword arguments, or the one passed in (checked the same way)."""
    cls = endpoint.BODY
    if model is not None:
        if fields:
            raise InvalidRequestError(
                f"pass either a {cls.__name__} or keyword arguments, not both (got {sorted(fields)})"
            )
        data = model.to_dict()
        fields = {
            key: value if value is None else check(key, value, endpoint.BODY_CHECKS.get(key), body=True)
            for key, value in data.items()
        }
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
