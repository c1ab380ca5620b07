"""The table-driven shell: what every row gets from the spec (arguments, checks, docs), tested from the spec.

The expectations come from the generated core and spec/openapi.json, so a
new operation in the table is checked here without a new test.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import attrs
import httpx
import pytest
from otari_api.types import UNSET

from otari import InvalidRequestError
from otari._config import normalize_base_url
from otari._registry import iterators, public_methods

from .helpers import ADMIN_KEY, FakeGateway, body_of

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
OPERATIONS = {op["operationId"]: op for item in SPEC["paths"].values() for op in item.values()}


def client(gateway: FakeGateway) -> Any:
    return gateway.sync_client(admin_key=ADMIN_KEY)


def resolve(target: Any, name: str) -> Any:
    for part in name.split("."):
        target = getattr(target, part)
    return target


@pytest.mark.parametrize("name", sorted(public_methods()))
def test_every_method_is_documented_by_the_spec(name: str) -> None:
    operation = public_methods()[name]
    endpoint = operation.endpoint
    method = resolve(FakeGateway().sync_client(admin_key=ADMIN_KEY), name)
    assert method.__doc__.startswith(OPERATIONS[endpoint.OPERATION_ID]["description"]) or operation.signature
    assert f"``{endpoint.METHOD} {endpoint.PATH}``" in method.__doc__


@pytest.mark.parametrize("name", sorted(public_methods()))
def test_path_parameters_are_positional_in_path_order(name: str) -> None:
    operation = public_methods()[name]
    names = operation.endpoint.PATH_PARAMETERS
    template = operation.endpoint.PATH
    assert [template.index("{" + n + "}") for n in names] == sorted(template.index("{" + n + "}") for n in names)
    if not names:
        return
    gateway = FakeGateway()
    method = resolve(client(gateway), name)
    with pytest.raises(InvalidRequestError, match=names[0]):
        method()  # nothing sent without the first path parameter
    with pytest.raises(InvalidRequestError, match="empty"):
        method(*(["  "] * len(names)))
    assert gateway.requests == []


def test_generated_request_models_carry_no_defaults() -> None:
    """The gateway applies its own defaults: a field the caller did not set is not sent."""
    checked = 0
    for operation in public_methods().values():
        body = operation.endpoint.BODY
        if body is None or operation.endpoint.BODY_FORM:
            continue
        for field in attrs.fields(body):
            assert field.default in (UNSET, attrs.NOTHING) or field.name == "additional_properties", (body, field)
            checked += 1
    assert checked


def test_a_schema_default_is_not_sent(gateway: FakeGateway) -> None:
    created = {
        "id": "k1",
        "key": "gw-secret",
        "key_name": "ci",
        "user_id": "u",
        "created_at": "2025-01-01T00:00:00",
        "expires_at": None,
        "is_active": True,
        "metadata": {},
    }
    gateway.route("POST", "/v1/keys", httpx.Response(200, json=created))
    client(gateway).control_plane.keys.create(key_name="ci")
    assert body_of(gateway.last) == {"key_name": "ci"}  # not exclude_from_budget=false, the schema's default


def test_an_unknown_keyword_of_a_get_goes_out_as_a_query_parameter(gateway: FakeGateway) -> None:
    gateway.route("GET", "/v1/keys", httpx.Response(200, json=[]))
    client(gateway).control_plane.keys.list(limit=5, x_future_filter="on")
    assert parse_qs(gateway.last.url.query.decode()) == {"limit": ["5"], "x_future_filter": ["on"]}


@pytest.mark.parametrize(("given", "sent"), [("alice", ["alice"]), (["alice", "bob"], ["alice", "bob"])])
def test_a_repeated_query_parameter_takes_one_value_or_a_list(
    given: Any, sent: list[str], gateway: FakeGateway
) -> None:
    gateway.route("GET", "/v1/usage", httpx.Response(200, json=[]))
    client(gateway).control_plane.usage.list(user_id=given)
    assert parse_qs(gateway.last.url.query.decode())["user_id"] == sent


def test_a_blank_id_in_a_list_is_refused(gateway: FakeGateway) -> None:
    with pytest.raises(InvalidRequestError, match="user_id"):
        client(gateway).control_plane.usage.list(user_id=["alice", " "])
    assert gateway.requests == []


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda cp: cp.keys.get("a", "b"), "positional"),
        (lambda cp: cp.keys.list(limit=2.5), "limit must be an integer"),
        (lambda cp: cp.keys.create(expires_at=dt.time(1, 2)), "expires_at"),
        (lambda cp: cp.users.create(user_id="   "), "user_id must not be empty"),
        (lambda cp: cp.pricing.set(model_key="m", input_price_per_million="1", output_price_per_million=1), "number"),
    ],
)
def test_arguments_are_checked_against_the_spec(call: Any, named: str, gateway: FakeGateway) -> None:
    with pytest.raises(InvalidRequestError, match=named):
        call(client(gateway).control_plane)
    assert gateway.requests == []


@pytest.mark.parametrize("name", sorted(iterators()))
def test_every_iterator_pages_a_listing_with_skip_and_limit(name: str) -> None:
    endpoint = iterators()[name].operation.endpoint
    assert {"skip", "limit"} <= set(endpoint.QUERY_PARAMETERS)
    assert endpoint.RESULT is list


@pytest.mark.parametrize(
    ("url", "root", "expected"),
    [
        ("http://gw:8000", "/v1", "http://gw:8000"),
        ("http://gw:8000/v1/", "/v1", "http://gw:8000"),
        ("http://gw:8000/api/v1", "/api/v1", "http://gw:8000"),
        ("http://gw:8000/api/v1/", "/api/v1", "http://gw:8000"),
        ("http://gw:8000/v1", "/api/v1", "http://gw:8000"),
        ("https://gw.example/otari", "/v1", "https://gw.example/otari"),
    ],
)
def test_api_base_may_end_in_the_api_root(url: str, root: str, expected: str) -> None:
    assert normalize_base_url(url, root) == expected


def test_the_api_root_comes_from_the_spec() -> None:
    import otari_api

    assert otari_api.__api_root__ == SPEC["info"]["x-otari-api-root"]
    assert all(
        path.startswith(otari_api.__api_root__ + "/")
        for path in SPEC["paths"]
        if path.split("/")[1].startswith("v") or path.startswith("/api/")
    )
    assert normalize_base_url("http://gw" + otari_api.__api_root__) == "http://gw"


BINARY = sorted(
    op["operationId"]
    for item in SPEC["paths"].values()
    for op in item.values()
    if any(
        body.get("schema", {}).get("format") == "binary"
        for media, body in op["responses"].get("200", {}).get("content", {}).items()
    )
)


@pytest.mark.parametrize("operation_id", BINARY)
@pytest.mark.parametrize("content_type", ["text/plain; charset=utf-8", "application/pdf", "application/json", ""])
def test_a_binary_answer_is_its_bytes_whatever_the_content_type(operation_id: str, content_type: str) -> None:
    """``GET /v1/files/{id}/content`` answers with the file's own type (the upstream calls it JSON)."""
    import importlib

    from otari._call import answer_parser

    op = OPERATIONS[operation_id]
    endpoint = importlib.import_module(f"otari_api.api.{op['tags'][0]}.{operation_id}")
    assert endpoint.ANSWER == "bytes"
    payload = b'{"not": "parsed"}\x00\xff%PDF-1.7'
    answer = httpx.Response(200, content=payload, headers={"content-type": content_type} if content_type else {})
    assert answer_parser(endpoint)(answer) == payload


def test_the_file_content_operation_is_binary() -> None:
    assert "get_file_content" in BINARY
