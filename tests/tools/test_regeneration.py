"""generated/ is exactly what the pinned generator makes from spec/openapi.json (no hand edits, nothing stale)."""

from __future__ import annotations

import filecmp
import importlib
import inspect
import json
import re
from pathlib import Path

from tools import generate

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated" / "otari_api"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_regeneration_reproduces_generated_exactly(tmp_path: Path) -> None:
    fresh = generate.generate(ROOT / "spec" / "openapi.json", tmp_path)
    ours, theirs = _tree(COMMITTED), _tree(fresh)
    assert sorted(ours) == sorted(theirs), "files differ: regenerate with `nox -s generate`"
    changed = [name for name in ours if ours[name] != theirs[name]]
    assert not changed, f"generated/ differs from a fresh regeneration in: {changed[:10]}"
    assert filecmp.dircmp(COMMITTED, fresh).diff_files == []


def _expected_type(schema: dict[str, object]) -> str:
    """A regex for the Python type a 2xx JSON schema must generate: never a bare Any."""
    if "$ref" in schema:
        return rf"\b{str(schema['$ref']).rsplit('/', 1)[-1]}\b"
    if schema.get("type") == "array":
        items = schema["items"]
        assert isinstance(items, dict)
        return rf"list\[[\w.]*{_expected_type(items)}\]"
    assert schema.get("type") == "string", schema
    return r"\bstr\b"


def test_every_operation_has_a_generated_function_with_a_typed_result() -> None:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    seen = 0
    for item in spec["paths"].values():
        for op in item.values():
            module = importlib.import_module(f"otari_api.api.{op['tags'][0]}.{op['operationId']}")
            for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "_get_kwargs"):
                assert callable(getattr(module, function)), (op["operationId"], function)
            seen += 1
            ok = op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema")
            if ok is None:
                continue
            returned = str(inspect.signature(module.sync).return_annotation)
            expected = _expected_type(ok)
            assert re.search(expected, returned), f"{op['operationId']} returns {returned}, expected {expected}"
    assert seen == 41


def test_generated_package_is_stamped_with_the_spec_version() -> None:
    import otari_api

    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    assert otari_api.__spec_version__ == spec["info"]["version"]
    assert otari_api.__spec_version__.endswith("+4dcd95d0")


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
