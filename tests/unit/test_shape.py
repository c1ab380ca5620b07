"""The blocking and the async client have the same shape: same methods, same parameters."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import otari

from .helpers import API_KEY, BASE

LIFECYCLE_ONLY_ASYNC = {"aclose"}


def _public(obj: Any) -> set[str]:
    return {name for name in dir(obj) if not name.startswith("_")}


def _parameters(function: Any) -> list[tuple[str, Any, Any, Any]]:
    return [(p.name, p.kind, p.default, p.annotation) for p in inspect.signature(function).parameters.values()]


@pytest.fixture
def clients() -> tuple[otari.OtariClient, otari.AsyncOtariClient]:
    return otari.OtariClient(api_base=BASE, api_key=API_KEY), otari.AsyncOtariClient(api_base=BASE, api_key=API_KEY)


def test_both_clients_expose_the_same_public_names(clients: tuple[Any, Any]) -> None:
    sync, async_ = clients
    assert _public(sync) == _public(async_) - LIFECYCLE_ONLY_ASYNC
    assert _public(otari.OtariClient) == _public(otari.AsyncOtariClient) - LIFECYCLE_ONLY_ASYNC


def _methods(client: Any) -> list[str]:
    names = []
    for name in sorted(_public(type(client))):
        if isinstance(inspect.getattr_static(type(client), name), property):
            continue
        if callable(getattr(client, name)):
            names.append(name)
    return names


def test_every_method_takes_the_same_parameters(clients: tuple[Any, Any]) -> None:
    sync, async_ = clients
    methods = _methods(sync)
    assert {"completion", "response", "message", "embedding", "transcription", "list_batches"} <= set(methods)
    for name in methods:
        assert _parameters(getattr(sync, name)) == _parameters(getattr(async_, name)), name


def test_the_constructors_take_the_same_arguments() -> None:
    sync = _parameters(otari.OtariClient.__init__)
    async_ = _parameters(otari.AsyncOtariClient.__init__)
    assert [p[:3] for p in sync] == [p[:3] for p in async_]
    differing = {p[0] for p, q in zip(sync, async_, strict=True) if p[3] != q[3]}
    assert differing == {"http_client"}


def test_async_methods_are_coroutines_and_sync_ones_are_not(clients: tuple[Any, Any]) -> None:
    sync, async_ = clients
    for name in _methods(sync):
        if name in ("close", "with_options"):
            continue
        assert not inspect.iscoroutinefunction(getattr(sync, name)), name
        assert inspect.iscoroutinefunction(getattr(async_, name)), name
    assert inspect.iscoroutinefunction(async_.close)
    assert inspect.iscoroutinefunction(async_.aclose)


def test_every_public_method_is_documented(clients: tuple[Any, Any]) -> None:
    for client in clients:
        for name in _methods(client):
            assert inspect.getdoc(getattr(client, name)), f"{type(client).__name__}.{name}"


def test_the_properties_are_the_same_on_both_clients(clients: tuple[Any, Any]) -> None:
    sync, async_ = clients
    for name in ("platform_mode", "api_base", "timeout"):
        assert getattr(sync, name) == getattr(async_, name), name
    assert sync.api_base == BASE
