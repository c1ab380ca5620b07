"""generated/ is exactly what the pinned generator makes from spec/openapi.json, and it matches the spec.

No hand edits, nothing stale; every operation of the spec has its endpoint
module, whose constants and typed ``call`` signature say what the spec says.
Expectations come from spec/openapi.json, spec/provenance.json and
spec/source.json, never from literals.
"""

from __future__ import annotations

import filecmp
import importlib
import inspect
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tools import generate
from tools.spec import iter_operations, load_source

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated" / "otari_api"
REF_PREFIX = "#/components/schemas/"
PRIMITIVES = {"string": str, "integer": int, "number": float, "boolean": bool}
BINARY_FORMATS = ("binary",)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def provenance() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "spec" / "provenance.json").read_text(encoding="utf-8"))
    return data


def test_regeneration_reproduces_generated_exactly(tmp_path: Path) -> None:
    fresh = generate.generate(ROOT / "spec" / "openapi.json", tmp_path)
    ours, theirs = _tree(COMMITTED), _tree(fresh)
    assert sorted(ours) == sorted(theirs), "files differ: regenerate with `nox -s generate`"
    changed = [name for name in ours if ours[name] != theirs[name]]
    assert not changed, f"generated/ differs from a fresh regeneration in: {changed[:10]}"
    assert filecmp.dircmp(COMMITTED, fresh).diff_files == []


# --------------------------------------------------------------------------- what each endpoint module says


def _ref(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).removeprefix(REF_PREFIX)


def _success(op: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The first 2xx answer of an operation and its content."""
    for status, response in op["responses"].items():
        if status.startswith("2"):
            return status, response.get("content", {})
    raise AssertionError(f"{op['operationId']} has no 2xx answer")


def _answer(content: dict[str, Any]) -> str:
    """How the shell reads the answer: "json", "bytes", "text" or "none"."""
    if "application/json" in content:
        return "json"
    if any(body.get("schema", {}).get("format") in BINARY_FORMATS for body in content.values()):
        return "bytes"
    return "text" if content else "none"


def _type_string(schema: dict[str, Any]) -> str:
    """The Python type a 2xx JSON schema generates: a class, list[...] of one, or a builtin; never Any."""
    if "$ref" in schema:
        return _ref(schema)
    if schema.get("type") == "array":
        return f"list[{_type_string(schema['items'])}]"
    assert schema.get("type") in PRIMITIVES, schema
    return PRIMITIVES[schema["type"]].__name__


def _module(op: dict[str, Any]) -> ModuleType:
    return importlib.import_module(f"otari_api.api.{op['tags'][0]}.{op['operationId']}")


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = list(iter_operations(spec))
    assert found
    return found


def test_every_operation_has_an_endpoint_module_with_its_functions(spec: dict[str, Any]) -> None:
    modules = set()
    for path, method, op in _operations(spec):
        module = _module(op)
        for function in ("call", "sync_detailed", "asyncio_detailed", "_get_kwargs"):
            assert callable(getattr(module, function)), (op["operationId"], function)
        # sync() and asyncio() return the parsed answer: the generator writes them when an answer has a body
        parsed = any(response.get("content") for response in op["responses"].values())
        for function in ("sync", "asyncio"):
            assert hasattr(module, function) is parsed, (op["operationId"], function)
        assert (method.upper(), path, op["operationId"]) == (module.METHOD, module.PATH, module.OPERATION_ID)
        modules.add(module.__name__)
    generated = {
        "otari_api.api." + ".".join(p.relative_to(COMMITTED / "api").with_suffix("").parts)
        for p in (COMMITTED / "api").rglob("*.py")
        if p.name != "__init__.py"
    }
    assert modules == generated, "endpoint modules without an operation, or the reverse"


def test_parameters_and_bodies_match_the_spec(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for path, _, op in _operations(spec):
        module = _module(op)
        name = op["operationId"]
        assert tuple(re.findall(r"\{([^}]+)\}", path)) == module.PATH_PARAMETERS, name
        query = [p for p in op.get("parameters", []) if p["in"] == "query"]
        assert list(module.QUERY_PARAMETERS) == [p["name"] for p in query], name
        assert set(module.QUERY_REQUIRED) == {p["name"] for p in query if p.get("required")}, name
        kwargs = inspect.signature(module._get_kwargs).parameters
        assert set(module.QUERY_PARAMETERS.values()) <= set(kwargs), name
        assert all(kwargs[p].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in module.PATH_PARAMETERS), name

        params = module.Params.__required_keys__ | module.Params.__optional_keys__
        expected_params = {p["name"] for p in query}
        positional = list(module.PATH_PARAMETERS)
        body = op.get("requestBody")
        if body is None:
            assert module.BODY is None, name
            assert module.BODY_FORM is False, name
            assert module.BODY_REQUIRED == (), name
        else:
            ((media, content),) = body["content"].items()
            target = _ref(content["schema"])
            assert module.BODY is not None, name
            assert module.BODY.__name__ == target, name
            assert module.BODY_FORM is (media == "multipart/form-data"), name
            marks = schemas[target]["x-otari-params"]
            assert marks["form"] is module.BODY_FORM, name
            fields = set(schemas[target]["properties"]) - set(marks["omit"])
            expected_params |= fields | {"extra_body"}  # the unchecked escape for fields the SDK does not know
            assert set(module.BODY_REQUIRED) == set(schemas[target].get("required", [])) - set(marks["omit"]), name
            if media == "application/json":
                positional.append("body")
        assert params == expected_params, name
        signature = inspect.signature(module.call).parameters.values()
        assert [p.name for p in signature if p.kind is inspect.Parameter.POSITIONAL_ONLY] == positional, name


def test_every_operation_has_a_typed_result(spec: dict[str, Any]) -> None:
    kinds = set()
    for _, _, op in _operations(spec):
        module = _module(op)
        name = op["operationId"]
        status, content = _success(op)
        kind = _answer(content)
        kinds.add(kind)
        assert kind == module.ANSWER, (name, status)
        returned = inspect.signature(module.call).return_annotation
        if kind == "json":
            schema = content["application/json"]["schema"]
            assert returned == _type_string(schema), (name, returned)
            if "$ref" in schema:
                assert module.RESULT.__name__ == _ref(schema), name
                assert module.RESULT_ITEM is None, name
            elif schema.get("type") == "array":
                assert module.RESULT is list, name
                items = schema["items"]
                assert (module.RESULT_ITEM and module.RESULT_ITEM.__name__) == (
                    _ref(items) if "$ref" in items else None
                )
            else:
                assert module.RESULT is PRIMITIVES[schema["type"]], name
        else:
            assert returned == {"bytes": "bytes", "text": "str", "none": "None"}[kind], (name, returned)
            assert module.RESULT is None, name
            assert module.RESULT_ITEM is None, name
        # the detailed functions are typed too: never a bare Any for a JSON answer
        detailed = str(inspect.signature(module.sync_detailed).return_annotation)
        if kind == "json":
            assert re.search(rf"\b{re.escape(_type_string(content['application/json']['schema']))}", detailed), name
    # every kind of answer the spec has is checked, none skipped
    assert kinds == {_answer(_success(op)[1]) for _, _, op in _operations(spec)}


def test_generated_package_is_stamped_with_the_spec_version(spec: dict[str, Any], provenance: dict[str, Any]) -> None:
    import otari_api

    assert otari_api.__spec_version__ == spec["info"]["version"]
    newest = load_source().newest
    assert otari_api.__spec_version__ == f"{provenance['upstream_version']}+{newest.gateway_commit}"
    assert provenance["gateway_commit"] == newest.gateway_commit


def test_generated_package_knows_the_api_root(spec: dict[str, Any], provenance: dict[str, Any]) -> None:
    import otari_api

    assert otari_api.__api_root__ == provenance["api_root"] == spec["info"]["x-otari-api-root"]


def test_generated_package_has_every_operation(spec: dict[str, Any], provenance: dict[str, Any]) -> None:
    count = sum(1 for _ in (COMMITTED / "api").rglob("*.py") if _.name != "__init__.py")
    assert count == len(_operations(spec)) == provenance["operations"]


def test_generated_client_has_a_finite_default_timeout() -> None:
    import otari_api

    for client in (
        otari_api.Client(base_url="http://127.0.0.1:9"),
        otari_api.AuthenticatedClient(base_url="http://127.0.0.1:9", token="t"),
    ):
        timeout = client.get_httpx_client().timeout
        assert timeout.read is not None
        assert timeout.connect is not None
        assert 0 < timeout.connect <= 60
        assert 0 < timeout.read <= 600
        client.get_httpx_client().close()
