"""The map from each public method to the gateway operation it calls.

Read by the drift gate (``python -m tools.drift``): an endpoint counts as
covered only if a public method here calls it. The map is built from the
``@calls(...)`` marks on the call descriptions the clients are made of, and a
test sends every method through a mock transport to prove each mark true.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from . import _calls
from ._call import endpoint_of

# The streaming methods are spelled out in the clients (for their overloads);
# these are the descriptions they delegate to.
STREAMING: dict[str, Callable[..., Any]] = {
    "completion": _calls.completion,
    "response": _calls.response,
    "message": _calls.message,
}


def _described(owner: type, prefix: str) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name, attr in vars(owner).items():
        describe = getattr(attr, "describe", None)
        if describe is not None:
            yield prefix + name, describe


def public_methods() -> dict[str, Callable[..., Any]]:
    """Public method path (``completion``, ``control_plane.keys.create``) → its description."""
    from ._client import OtariClient
    from ._control_plane import RESOURCES

    methods: dict[str, Callable[..., Any]] = dict(STREAMING)
    methods.update(_described(OtariClient, ""))
    for resource_name, resource in RESOURCES.items():
        methods.update(_described(resource, f"control_plane.{resource_name}."))
    return methods


def endpoint_map() -> dict[str, tuple[str, str]]:
    """Public method path → (HTTP method, path) of the operation it calls."""
    found = {}
    for name, describe in public_methods().items():
        endpoint = endpoint_of(describe)
        found[name] = (endpoint.METHOD, endpoint.PATH)
    return found
