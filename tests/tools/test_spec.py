"""The spec pipeline: the committed spec is what tools/spec.py derives, and it has the promised shape."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tools import spec as spec_tool

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = spec_tool.DEFAULT_UPSTREAM
COMMITTED = ROOT / "spec" / "openapi.json"


@pytest.fixture(scope="module")
def upstream() -> dict[str, Any]:
    assert UPSTREAM.exists(), f"the upstream document is expected at {UPSTREAM} (../shared beside the checkout)"
    return json.loads(UPSTREAM.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def derived() -> dict[str, Any]:
    return json.loads(COMMITTED.read_text(encoding="utf-8"))


def test_committed_spec_and_provenance_are_reproduced_byte_for_byte(tmp_path: Path) -> None:
    assert spec_tool.main(["--upstream", str(UPSTREAM), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "openapi.json").read_bytes() == COMMITTED.read_bytes()
    assert (tmp_path / "provenance.json").read_bytes() == (ROOT / "spec" / "provenance.json").read_bytes()


def test_same_input_gives_identical_output(upstream: dict[str, Any]) -> None:
    overlay = json.loads((ROOT / "spec" / "overlay.json").read_text(encoding="utf-8"))
    first = spec_tool.dump(spec_tool.derive(upstream, overlay))
    second = spec_tool.dump(spec_tool.derive(copy.deepcopy(upstream), copy.deepcopy(overlay)))
    assert first == second


def test_provenance_records_the_upstream(upstream: dict[str, Any]) -> None:
    import hashlib

    provenance = json.loads((ROOT / "spec" / "provenance.json").read_text(encoding="utf-8"))
    assert provenance["gateway_commit"] == "4dcd95d0"
    assert provenance["gateway_date"] == "2026-05-26"
    assert provenance["upstream_sha256"] == hashlib.sha256(UPSTREAM.read_bytes()).hexdigest()
    assert provenance["upstream_version"] == upstream["info"]["version"]


def test_every_upstream_operation_is_kept_with_a_short_name(upstream: dict[str, Any], derived: dict[str, Any]) -> None:
    ours = {(p, m): op for p, m, op in spec_tool.iter_operations(derived)}
    theirs = {(p, m): op for p, m, op in spec_tool.iter_operations(upstream)}
    assert set(ours) == set(theirs)
    assert len(ours) == 41
    names = [op["operationId"] for op in ours.values()]
    assert len(set(names)) == len(names)
    for name in names:
        assert re.fullmatch(r"[a-z][a-z_]*", name), name
        assert not name.endswith(("_get", "_post", "_patch", "_delete")), name
    assert ours[("/v1/chat/completions", "post")]["operationId"] == "chat_completions"
    assert ours[("/v1/keys", "post")]["operationId"] == "create_key"
    assert ours[("/v1/batches/{batch_id}/results", "get")]["operationId"] == "retrieve_batch_results"


def test_parameters_and_request_bodies_are_kept(upstream: dict[str, Any], derived: dict[str, Any]) -> None:
    ours = {(p, m): op for p, m, op in spec_tool.iter_operations(derived)}
    for path, method, op in spec_tool.iter_operations(upstream):
        mine = ours[(path, method)]
        their_params = [(p["name"], p["in"], p.get("required", False)) for p in op.get("parameters", [])]
        assert [(p["name"], p["in"], p.get("required", False)) for p in mine.get("parameters", [])] == their_params
        assert ("requestBody" in mine) == ("requestBody" in op)


def test_upstream_prose_is_gone(upstream: dict[str, Any], derived: dict[str, Any]) -> None:
    text = json.dumps(derived)
    for _, _, op in spec_tool.iter_operations(upstream):
        for key in ("summary", "description"):
            prose = op.get(key)
            if prose and len(prose) > 25:
                assert prose not in text
    assert '"title": "Response' not in text
    assert "Successful Response" not in text


def test_schema_names_are_clean_and_models_tag_is_renamed(derived: dict[str, Any]) -> None:
    for name in derived["components"]["schemas"]:
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), name
        assert not name.startswith("Body"), name
        assert "V1" not in name, name
    tags = {tag for _, _, op in spec_tool.iter_operations(derived) for tag in op["tags"]}
    assert "models" not in tags
    assert "TranscriptionRequest" in derived["components"]["schemas"]


def test_binary_payloads_are_marked(derived: dict[str, Any]) -> None:
    upload = derived["components"]["schemas"]["TranscriptionRequest"]["properties"]["file"]
    assert upload == {"type": "string", "format": "binary"}
    speech = derived["paths"]["/v1/audio/speech"]["post"]["responses"]["200"]["content"]
    assert "application/json" not in speech
    assert all(media.startswith("audio/") and body["schema"]["format"] == "binary" for media, body in speech.items())


def test_free_form_objects_become_plain_values(derived: dict[str, Any]) -> None:
    chat = derived["components"]["schemas"]["ChatCompletionRequest"]["properties"]
    assert "not" in chat["messages"]["items"]
    assert "type" not in chat["messages"]["items"]
    metadata = derived["components"]["schemas"]["CreateKeyRequest"]["properties"]["metadata"]
    assert "not" in metadata


def test_auth_schemes_are_declared(derived: dict[str, Any]) -> None:
    schemes = derived["components"]["securitySchemes"]
    assert schemes["OtariKey"] == {**schemes["OtariKey"], "type": "apiKey", "in": "header", "name": "Otari-Key"}
    assert schemes["PlatformToken"]["scheme"] == "bearer"
    assert derived["paths"]["/health"]["get"]["security"] == []


def test_every_2xx_json_response_is_typed(derived: dict[str, Any]) -> None:
    assert spec_tool.untyped_json_responses(derived) == []
    for op_name, schema in [
        ("chat_completions", "ChatCompletion"),
        ("create_message", "Message"),
        ("create_response", "ResponseObject"),
        ("list_batches", "BatchList"),
        ("retrieve_batch_results", "BatchResults"),
    ]:
        ops = {op["operationId"]: op for _, _, op in spec_tool.iter_operations(derived)}
        body = ops[op_name]["responses"]["200"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/{schema}"}
    for stream_schema in ("ChatCompletionChunk", "ResponseStreamEvent", "MessageStreamEvent"):
        assert stream_schema in derived["components"]["schemas"]


def test_overlay_never_closes_objects_or_uses_enums() -> None:
    overlay_text = (ROOT / "spec" / "overlay.json").read_text(encoding="utf-8")
    assert '"enum"' not in overlay_text
    assert '"oneOf"' not in overlay_text
    assert '"additionalProperties": false' not in overlay_text


def test_an_upstream_operation_we_do_not_know_is_reported(upstream: dict[str, Any]) -> None:
    changed = copy.deepcopy(upstream)
    changed["paths"]["/v1/things"] = {
        "get": {"operationId": "list_things_v1_things_get", "responses": {"200": {"description": "ok"}}}
    }
    with pytest.raises(spec_tool.SpecError, match="list_things"):
        spec_tool.derive(changed, {"schemas": {}, "responses": {}})


def test_an_untyped_response_is_reported(tmp_path: Path) -> None:
    empty_overlay = tmp_path / "overlay.json"
    empty_overlay.write_text('{"schemas": {}, "responses": {}}', encoding="utf-8")
    with pytest.raises(spec_tool.SpecError, match="chat_completions"):
        spec_tool.build(str(UPSTREAM), empty_overlay, commit="x", date="y")
