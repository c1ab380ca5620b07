"""The spec pipeline (tools/spec): the committed spec is what it derives, every rule holds, every blocker is reported.

Expectations come from the upstream documents named in spec/source.json, the
overlay and our doc lines, never from literals; the blocker tests run on
hand-made variants of the documents (deep copies, written to tmp_path when a
file is needed). Nothing here touches the network or the committed spec/.
"""

from __future__ import annotations

import copy
import json
import keyword
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from tools import spec as spec_tool
from tools.spec.derive import (
    BINARY_MEDIA_PREFIXES,
    DOCS as DOCS_NAME,
    GENERATED_PACKAGES,
    OVERLAY as OVERLAY_NAME,
    SECURITY_SCHEMES,
    STATUS_TEXT,
    TAG_RENAMES,
)
from tools.spec.schema import (
    CLEAN_NAME,
    FREE_FORM_TEXT,
    NAME_MAPS,
    NOT_AN_OBJECT,
    PROSE_KEYS,
    REF_PREFIX,
    is_free_form,
    is_map_only_object,
    iter_operations,
    pascal,
    reachable,
    refs_in,
    rewrite_refs,
    short_operation_id,
    strip_defaults,
    strip_prose,
)
from tools.spec.source import load_older, load_source as read_record, sha256

Json = dict[str, Any]

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "spec"
COMMITTED_FILES = ("openapi.json", "provenance.json", "source.json")
# Keys of the derived document whose values map names (paths, schema names, media types, field names) to objects.
DOCUMENT_NAME_MAPS = NAME_MAPS | {"paths", "schemas", "responses", "content", "securitySchemes", "checks"}
FASTAPI_BODY = re.compile(r"^Body_(?P<operation>\w+)$")


# --------------------------------------------------------------------------- inputs


def load(path: Path) -> Json:
    data: Json = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def record() -> spec_tool.Source:
    return spec_tool.load_source()


@pytest.fixture(scope="module")
def upstream(record: spec_tool.Source) -> Json:
    return spec_tool.parse_document(spec_tool.read_document(record.newest.upstream), record.newest.upstream)


@pytest.fixture(scope="module")
def older(record: spec_tool.Source) -> list[tuple[str, Json]]:
    found = [(u.gateway_commit, doc) for u, doc in load_older(record)]
    assert found, "spec/source.json records no older supported gateway: the range rule is not exercised"
    return found


@pytest.fixture(scope="module")
def overlay() -> Json:
    return load(spec_tool.OVERLAY)


@pytest.fixture(scope="module")
def docs() -> dict[str, str]:
    return load(spec_tool.DOCS)


@pytest.fixture(scope="module")
def built(record: spec_tool.Source) -> tuple[Json, Json, spec_tool.Source]:
    """What the tool derives from the recorded newest document, now (the committed files must be this)."""
    return spec_tool.build(record.newest.upstream, source=record)


@pytest.fixture(scope="module")
def derived(built: tuple[Json, Json, spec_tool.Source]) -> Json:
    return built[0]


@pytest.fixture(scope="module")
def provenance(built: tuple[Json, Json, spec_tool.Source]) -> Json:
    return built[1]


@pytest.fixture(scope="module")
def baseline(upstream: Json, overlay: Json, docs: dict[str, str], older: list[tuple[str, Json]]) -> Any:
    result = spec_tool.derive(upstream, overlay, docs, older=older)
    assert result.blockers == [], "the recorded upstream itself has blockers"
    return result


# --------------------------------------------------------------------------- helpers


def operations(document: Json) -> dict[tuple[str, str], Json]:
    return {(path, method): op for path, method, op in iter_operations(document)}


def short_names(document: Json) -> dict[tuple[str, str], str]:
    return {
        (path, method): short_operation_id(str(op.get("operationId", "")), path, method)
        for path, method, op in iter_operations(document)
    }


def fastapi_id(short: str, path: str, method: str) -> str:
    """The operationId FastAPI gives the handler ``short`` at ``method path``."""
    return short + re.sub(r"\W", "_", path) + "_" + method


def expected_schema_names(document: Json, overlay: Json) -> dict[str, str]:
    """The naming rules: explicit renames of the overlay, then Body_<operationId> -> <PascalShortName>Request."""
    explicit: dict[str, str] = overlay.get("schema_renames", {})
    by_id = {str(op.get("operationId")): short for (_, _), short, op in _with_ops(document)}
    names = {}
    for name in document.get("components", {}).get("schemas", {}):
        body = FASTAPI_BODY.match(name)
        if name in explicit:
            names[name] = explicit[name]
        elif body and body["operation"] in by_id:
            names[name] = pascal(by_id[body["operation"]]) + "Request"
        else:
            names[name] = name
    return names


def _with_ops(document: Json) -> Iterator[tuple[tuple[str, str], str, Json]]:
    for path, method, op in iter_operations(document):
        yield (path, method), short_operation_id(str(op.get("operationId", "")), path, method), op


def keywords(node: Any, *, names: bool = False, at: str = "") -> Iterator[tuple[str, str, Any]]:
    """Every ``(pointer, keyword, value)`` of a document, skipping keys that are names (properties, paths...)."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from keywords(item, at=f"{at}/{index}")
    elif isinstance(node, dict):
        for key, value in node.items():
            if not names:
                yield at, key, value
            yield from keywords(value, names=not names and key in DOCUMENT_NAME_MAPS, at=f"{at}/{key}")


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from strings(value)


def loosened_positions(schema: Any, at: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Where a schema nests a map-only object (a free-form object) that the derivation must loosen."""
    if not isinstance(schema, dict):
        return
    children: list[tuple[tuple[str, ...], Any]] = []
    for key, value in schema.items():
        if key in NAME_MAPS and isinstance(value, dict):
            children += [((*at, key, name), sub) for name, sub in value.items()]
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            children.append(((*at, key), value))
        elif key in ("anyOf", "oneOf") and isinstance(value, list):
            children += [((*at, key, str(i)), sub) for i, sub in enumerate(value)]
    for where, sub in children:
        if is_map_only_object(sub):
            yield where
        else:
            yield from loosened_positions(sub, where)


def at_pointer(node: Any, where: tuple[str, ...]) -> Any:
    for part in where:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def two_xx(op: Json) -> Iterator[tuple[str, Json]]:
    for status, response in op.get("responses", {}).items():
        if status.startswith("2"):
            yield status, response.get("content", {})


def normalized(content: Json) -> Json:
    """An overlay answer as the derived spec writes it: every media type with a ``schema``."""
    return {media: (body if "schema" in body else {"schema": body}) for media, body in content.items()}


def blockers_of(
    document: Json,
    overlay: Json,
    docs: dict[str, str],
    *,
    older: list[tuple[str, Json]] | None = None,
    strict: bool = True,
) -> list[spec_tool.Blocker]:
    return list(spec_tool.derive(document, overlay, docs, older=older or [], strict=strict).blockers)


def assert_only(blockers: list[spec_tool.Blocker], where: str, problem: str, *, count: int = 1) -> spec_tool.Blocker:
    """Exactly ``count`` blockers, every one about ``where`` with ``problem``; returns the first."""
    assert len(blockers) == count, "\n".join(map(str, blockers))
    for blocker in blockers:
        assert where in blocker.where, blocker
        assert problem in blocker.problem, blocker
        assert blocker.fix, blocker
    return blockers[0]


def new_operation(path: str, method: str, short: str, answer: Json | None, tag: str = "keys") -> Json:
    content = {} if answer is None else {"application/json": {"schema": answer}}
    return {
        path: {
            method: {
                "tags": [tag],
                "operationId": fastapi_id(short, path, method),
                "responses": {"200": {"description": "Successful Response", "content": content}},
            }
        }
    }


def move_under(document: Json, overlay: Json, prefix: str, only: set[str] | None = None) -> tuple[Json, Json]:
    """A variant with the /v1 paths (or ``only`` these) moved under ``prefix``, as FastAPI would name them."""
    document, overlay = copy.deepcopy(document), copy.deepcopy(overlay)
    new_ids: dict[str, str] = {}
    paths: Json = {}
    for path, item in document["paths"].items():
        if path.startswith("/v1/") and (only is None or path in only):
            moved = prefix + path
            for method, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    short = short_operation_id(op["operationId"], path, method)
                    new_ids[op["operationId"]] = op["operationId"] = fastapi_id(short, moved, method)
            paths[moved] = item
        else:
            paths[path] = item
    document["paths"] = paths
    bodies = {}
    for name in document["components"]["schemas"]:
        body = FASTAPI_BODY.match(name)
        if body and body["operation"] in new_ids:
            bodies[name] = "Body_" + new_ids[body["operation"]]
    document["components"]["schemas"] = {bodies.get(n, n): s for n, s in document["components"]["schemas"].items()}
    document = rewrite_refs(document, bodies)
    overlay["schema_renames"] = {bodies.get(k, k): v for k, v in overlay["schema_renames"].items()}
    return document, overlay


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path


def write_unrecorded(path: Path, document: Json, record: spec_tool.Source) -> Path:
    """The same document in other bytes, so that its sha256 is in no record."""
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    recorded = {u.sha256 for u in (record.newest, *record.older)}
    assert sha256(path.read_bytes()) not in recorded
    return path


# --------------------------------------------------------------------------- reproduction


def test_derivation_of_the_recorded_upstream_is_the_committed_spec(baseline: Any) -> None:
    committed = load(SPEC_DIR / "openapi.json")
    assert {**baseline.spec, "info": committed["info"]} == committed
    assert baseline.spec["info"] | {"version": committed["info"]["version"]} == committed["info"]


def test_committed_spec_provenance_and_source_are_reproduced_byte_for_byte(
    tmp_path: Path, built: tuple[Json, Json, spec_tool.Source]
) -> None:
    assert spec_tool.main(["--out", str(tmp_path)]) == 0
    for name in COMMITTED_FILES:
        assert (tmp_path / name).read_bytes() == (SPEC_DIR / name).read_bytes(), f"spec/{name} is stale"
    spec, provenance, record = built
    assert (SPEC_DIR / "openapi.json").read_text(encoding="utf-8") == spec_tool.dump(spec)
    assert (SPEC_DIR / "provenance.json").read_text(encoding="utf-8") == spec_tool.dump(provenance)
    assert (SPEC_DIR / "source.json").read_text(encoding="utf-8") == record.dump()


def test_same_input_gives_identical_output(
    upstream: Json, overlay: Json, docs: dict[str, str], older: list[tuple[str, Json]], record: spec_tool.Source
) -> None:
    before = copy.deepcopy(upstream)
    first = spec_tool.derive(upstream, overlay, docs, older=older)
    second = spec_tool.derive(copy.deepcopy(upstream), copy.deepcopy(overlay), dict(docs), older=copy.deepcopy(older))
    assert spec_tool.dump(first.spec) == spec_tool.dump(second.spec)
    assert (first.api_root, first.relaxed) == (second.api_root, second.relaxed)
    assert upstream == before, "derive() modified its input"
    one, two = spec_tool.build(record.newest.upstream), spec_tool.build(record.newest.upstream)
    assert [spec_tool.dump(x) for x in one[:2]] == [spec_tool.dump(x) for x in two[:2]]
    assert one[2].dump() == two[2].dump() == record.dump()


def test_version_stamp_and_provenance_come_from_the_record(
    upstream: Json, derived: Json, provenance: Json, record: spec_tool.Source
) -> None:
    newest = record.newest
    assert derived["info"]["version"] == f"{upstream['info']['version']}+{newest.gateway_commit}"
    assert provenance["gateway_commit"] == newest.gateway_commit
    assert provenance["gateway_date"] == newest.gateway_date
    assert provenance["upstream_sha256"] == newest.sha256 == sha256(spec_tool.read_document(newest.upstream))
    assert provenance["upstream_version"] == upstream["info"]["version"]
    assert provenance["upstream_title"] == upstream["info"]["title"]
    assert provenance["operations"] == len(operations(upstream))
    assert provenance["older_gateways"] == [
        {"gateway_commit": u.gateway_commit, "gateway_date": u.gateway_date} for u in record.older
    ]


# --------------------------------------------------------------------------- operations


def test_every_upstream_operation_is_kept_with_a_short_name(upstream: Json, derived: Json) -> None:
    ours, theirs = operations(derived), operations(upstream)
    assert list(ours) == list(theirs)
    names = [op["operationId"] for op in ours.values()]
    assert len(set(names)) == len(names) == len(theirs)
    for (path, method), op in theirs.items():
        name = ours[(path, method)]["operationId"]
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name), name
        # the short name is the handler's: what FastAPI appended (the path, the method) is gone
        assert op["operationId"] in (
            fastapi_id(name, path, method),
            name + "_" + re.sub(r"\W", "_", path).strip("_") + "_" + method,
        ), (op["operationId"], name)


def test_short_operation_id_strips_both_fastapi_suffixes() -> None:
    for short, path, method in [("create_key", "/v1/keys", "post"), ("get_key", "/v1/keys/{key_id}", "get")]:
        assert short_operation_id(fastapi_id(short, path, method), path, method) == short
        stripped = short + "_" + re.sub(r"\W", "_", path).strip("_") + "_" + method
        assert short_operation_id(stripped, path, method) == short
    assert short_operation_id("handwritten", "/v1/keys", "get") == "handwritten"


def test_every_operation_has_our_doc_line(derived: Json, docs: dict[str, str]) -> None:
    for _, _, op in iter_operations(derived):
        assert op["description"] == docs[op["operationId"]]
    assert set(docs) == {op["operationId"] for _, _, op in iter_operations(derived)}


def test_parameters_and_request_bodies_are_kept(upstream: Json, derived: Json, overlay: Json) -> None:
    ours = operations(derived)
    renames = expected_schema_names(upstream, overlay)
    bodies = 0
    for key, op in operations(upstream).items():
        mine = ours[key]
        expected = [rewrite_refs(strip_defaults(strip_prose(p)), renames) for p in op.get("parameters", [])]
        assert mine.get("parameters", []) == expected, key
        assert ("requestBody" in mine) == ("requestBody" in op), key
        if "requestBody" in op:
            bodies += 1
            assert mine["requestBody"] == rewrite_refs(strip_defaults(strip_prose(op["requestBody"])), renames), key
            for body in mine["requestBody"]["content"].values():
                assert set(refs_in(body)) <= set(derived["components"]["schemas"]), key
    assert bodies, "the upstream has no request bodies?"


# --------------------------------------------------------------------------- prose and defaults


def test_upstream_prose_is_gone(upstream: Json, derived: Json, overlay: Json, docs: dict[str, str]) -> None:
    ours = {
        *strings(overlay),
        *docs.values(),
        *STATUS_TEXT.values(),
        "See status code.",
        *(scheme["description"] for scheme in SECURITY_SCHEMES.values()),
        FREE_FORM_TEXT,
        derived["info"]["title"],  # the generated package's, not the upstream's
        derived["info"]["description"],
    }
    for at, key, value in keywords(derived):
        if key in PROSE_KEYS:
            assert isinstance(value, str), f"{at}/{key}"
            assert value in ours, f"{at}/{key}: {value!r} is not ours"
    theirs = {value for _, key, value in keywords(upstream) if key in PROSE_KEYS and isinstance(value, str)}
    assert theirs - ours, "the upstream has no prose of its own?"
    derived_prose = {value for _, key, value in keywords(derived) if key in PROSE_KEYS}
    assert not (theirs - ours) & derived_prose
    assert derived["info"]["description"] != upstream["info"].get("description")


def test_no_default_keyword_is_left(upstream: Json, derived: Json) -> None:
    assert any(key == "default" for _, key, _ in keywords(upstream)), "the upstream has no defaults?"
    left = [at for at, key, _ in keywords(derived) if key == "default"]
    assert left == []


def test_strip_rules_keep_fields_named_like_keywords() -> None:
    schema = {
        "type": "object",
        "title": "Thing",
        "default": {},
        "properties": {
            "default": {"type": "string", "default": "x", "description": "gone"},
            "title": {"type": "string", "title": "Title"},
        },
    }
    assert strip_defaults(strip_prose(schema)) == {
        "type": "object",
        "properties": {"default": {"type": "string"}, "title": {"type": "string"}},
    }


# --------------------------------------------------------------------------- names


def test_schema_names_are_clean(upstream: Json, derived: Json, overlay: Json) -> None:
    schemas = derived["components"]["schemas"]
    for name in schemas:
        assert CLEAN_NAME.match(name), name
    theirs = upstream["components"]["schemas"]
    names = expected_schema_names(upstream, overlay)
    by_rule = [n for n in theirs if FASTAPI_BODY.match(n) and n not in overlay["schema_renames"]]
    assert by_rule, "no upstream schema is named by the Body_<operationId> rule"
    for name, target in names.items():
        assert target in schemas, (name, target)
        if "properties" in theirs[name]:
            assert set(schemas[target]["properties"]) == set(theirs[name]["properties"]), (name, target)
    for name, schema in overlay["schemas"].items():
        assert set(schemas[name].get("properties", {})) == set(schema.get("properties", {})), name
    # the upstream's own schemas our overlay also defines are renamed, so ours keep their names
    clashes = set(theirs) & set(overlay["schemas"])
    assert clashes <= set(overlay["schema_renames"])
    for _, _, value in keywords(derived):
        if isinstance(value, dict) and isinstance(value.get("$ref"), str):
            assert value["$ref"].removeprefix(REF_PREFIX) in schemas, value


def test_tags_become_module_names(upstream: Json, derived: Json) -> None:
    ours = operations(derived)
    for key, op in operations(upstream).items():
        tags = ours[key]["tags"]
        assert tags == ([spec_tool.tag_module(op["tags"][0])] if op.get("tags") else ["default"]), key
        assert tags[0].isidentifier(), tags
        assert not keyword.iskeyword(tags[0]), tags
        assert tags[0] not in GENERATED_PACKAGES, tags
    upstream_tags = {tag for _, _, op in iter_operations(upstream) for tag in op.get("tags", [])}
    assert any("-" in tag for tag in upstream_tags), "no hyphenated upstream tag: the rule is not exercised"
    for tag in upstream_tags:
        expected = TAG_RENAMES.get(tag, tag.replace("-", "_"))
        assert spec_tool.tag_module(tag) == expected


def test_tag_module_rule() -> None:
    assert spec_tool.tag_module("mcp-servers") == "mcp_servers"
    assert spec_tool.tag_module("models") == "model_catalog"
    assert spec_tool.tag_module("Provider Keys") == "provider_keys"
    assert spec_tool.tag_module("2fa") == "tag_2fa"
    assert spec_tool.tag_module("--") == "default"
    for package in GENERATED_PACKAGES - set(TAG_RENAMES):
        assert spec_tool.tag_module(package) == package + "_api"


# --------------------------------------------------------------------------- payloads


def test_binary_payloads_are_marked(upstream: Json, derived: Json, overlay: Json) -> None:
    names = expected_schema_names(upstream, overlay)
    uploads = []
    for name, schema in upstream["components"]["schemas"].items():
        for at, word, _ in keywords(schema):
            if word == "contentMediaType":
                uploads.append((names[name], tuple(at.strip("/").split("/")) if at else ()))
    assert uploads, "the upstream has no file uploads?"
    for name, where in uploads:
        field = at_pointer(derived["components"]["schemas"][name], where)
        assert field == {"type": "string", "format": "binary"}, (name, where)
    assert not [at for at, word, _ in keywords(derived) if word == "contentMediaType"]

    ours = operations(derived)
    checked = 0
    for key, op in operations(upstream).items():
        name = ours[key]["operationId"]
        for status, content in two_xx(op):
            binary = [media for media in content if media.startswith(BINARY_MEDIA_PREFIXES)]
            mine = ours[key]["responses"][status].get("content", {})
            if name in overlay["responses"]:
                assert mine == normalized(overlay["responses"][name][status]), name
            elif binary:
                checked += 1
                assert mine == {media: {"schema": {"type": "string", "format": "binary"}} for media in binary}, name
    assert checked, "no binary answer is typed by the rule"


def test_free_form_objects_become_plain_values(upstream: Json, derived: Json, overlay: Json) -> None:
    names = expected_schema_names(upstream, overlay)
    schemas = derived["components"]["schemas"]
    found = 0
    for name, schema in upstream["components"]["schemas"].items():
        for where in loosened_positions(schema):
            found += 1
            loosened = at_pointer(schemas[names[name]], where)
            assert loosened.get("not") == NOT_AN_OBJECT, (name, where)
            assert "type" not in loosened, (name, where)
    assert found, "the upstream has no free-form objects?"
    for name, schema in schemas.items():
        assert not list(loosened_positions(schema)), name


def test_auth_schemes_are_declared(upstream: Json, derived: Json) -> None:
    schemes = derived["components"]["securitySchemes"]
    assert schemes["OtariKey"] | {"type": "apiKey", "in": "header", "name": "Otari-Key"} == schemes["OtariKey"]
    assert schemes["PlatformToken"] | {"type": "http", "scheme": "bearer"} == schemes["PlatformToken"]
    assert derived["security"] == [{"OtariKey": []}, {"PlatformToken": []}]
    ours = operations(derived)
    secured = 0
    for key, op in operations(upstream).items():
        mine = ours[key]
        if mine["operationId"].startswith("health") or op.get("security") == []:
            assert mine["security"] == [], key
        elif op.get("security"):
            secured += 1
            assert "security" not in mine, key  # the document's: either scheme
    assert secured


def test_an_operation_without_security_upstream_is_public(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    variant = copy.deepcopy(upstream)
    (path, method), op = next((k, op) for k, op in operations(variant).items() if op.get("security"))
    op["security"] = []
    result = spec_tool.derive(variant, overlay, docs)
    assert result.spec["paths"][path][method]["security"] == []


# --------------------------------------------------------------------------- answers


def test_every_2xx_json_answer_is_typed(upstream: Json, derived: Json, overlay: Json) -> None:
    assert spec_tool.untyped_json_responses(derived) == []
    schemas = derived["components"]["schemas"]
    primitive = ("string", "integer", "number", "boolean")
    for _, _, op in iter_operations(derived):
        for _, content in two_xx(op):
            schema = content.get("application/json", {}).get("schema")
            if schema is None:
                continue
            if schema.get("type") == "array":
                schema = schema["items"]
            assert "$ref" in schema or schema.get("type") in primitive, (op["operationId"], schema)
            if "$ref" in schema:
                assert not is_free_form(schemas[schema["$ref"].removeprefix(REF_PREFIX)]) or (
                    op["operationId"] in overlay["hoist"]
                ), op["operationId"]
    # what the upstream leaves untyped is typed by the overlay
    ours = operations(derived)
    for key, op in operations(upstream).items():
        name = ours[key]["operationId"]
        for status, content in two_xx(op):
            if content.get("application/json", {}).get("schema") == {}:
                assert name in overlay["responses"] or any(
                    media.startswith(BINARY_MEDIA_PREFIXES) for media in content
                ), name
            if name in overlay["responses"]:
                assert ours[key]["responses"][status]["content"] == normalized(overlay["responses"][name][status])


def test_inline_answers_are_hoisted(upstream: Json, derived: Json, overlay: Json, docs: dict[str, str]) -> None:
    by_name = {short: op for _, short, op in _with_ops(upstream)}
    ours = {op["operationId"]: op for _, _, op in iter_operations(derived)}
    assert overlay["hoist"]
    for name, target in overlay["hoist"].items():
        inline = by_name[name]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ours[name]["responses"]["200"]["content"]["application/json"]["schema"] == {"$ref": REF_PREFIX + target}
        assert derived["components"]["schemas"][target] == strip_defaults(strip_prose(inline))
    # without the overlay's name, an inline object answer gets <Pascal>Response
    name = next(
        n
        for n, op in by_name.items()
        if n in overlay["hoist"] and not is_free_form(op["responses"]["200"]["content"]["application/json"]["schema"])
    )
    plain = copy.deepcopy(overlay)
    del plain["hoist"][name]
    result = spec_tool.derive(upstream, plain, docs)
    assert result.blockers == []
    answer = next(op for _, _, op in iter_operations(result.spec) if op["operationId"] == name)["responses"]["200"]
    assert answer["content"]["application/json"]["schema"] == {"$ref": REF_PREFIX + pascal(name) + "Response"}
    assert pascal(name) + "Response" in result.spec["components"]["schemas"]


# --------------------------------------------------------------------------- the supported range


def expected_relaxations(
    upstream: Json, overlay: Json, derived: Json, older: list[tuple[str, Json]]
) -> tuple[dict[str, list[str]], dict[str, list[str]], set[str]]:
    """(expected relaxations, required fields of every schema before them, answer schemas), from the documents."""
    names = expected_schema_names(upstream, overlay)
    required: dict[str, list[str]] = {
        name: list(schema.get("required", [])) for name, schema in derived["components"]["schemas"].items()
    }
    required.update({n: list(s.get("required", [])) for n, s in overlay["schemas"].items()})
    required.update({names[n]: list(s.get("required", [])) for n, s in upstream["components"]["schemas"].items()})
    schemas = derived["components"]["schemas"]
    answers = reachable([r for _, _, op in iter_operations(derived) for _, r in two_xx(op)], schemas)
    expected: dict[str, set[str]] = {}
    for _, document in older:
        old_names = expected_schema_names(document, overlay)
        theirs = {old_names[n]: s for n, s in document["components"]["schemas"].items()}
        for name in answers:
            if name not in theirs or not required[name]:
                continue
            dropped = set(required[name]) - set(theirs[name].get("required", []))
            if dropped:
                expected.setdefault(name, set()).update(dropped)
    return {name: sorted(fields) for name, fields in sorted(expected.items())}, required, answers


def test_answer_fields_are_required_only_where_every_supported_gateway_requires_them(
    upstream: Json, overlay: Json, derived: Json, provenance: Json, older: list[tuple[str, Json]]
) -> None:
    expected, required, answers = expected_relaxations(upstream, overlay, derived, older)
    assert expected, "the supported gateways agree on every answer: the range rule is not exercised"
    assert provenance["optional_for_older_gateways"] == expected
    schemas = derived["components"]["schemas"]
    by_hand = overlay.get("relax_required", {})
    for name, schema in schemas.items():
        if name not in required:
            continue
        relaxed = set(expected.get(name, [])) | set(by_hand.get(name, {}))
        assert schema.get("required", []) == [f for f in required[name] if f not in relaxed], name
        if name not in answers:
            assert name not in expected, f"{name} is not an answer but was relaxed"


def test_range_rule_on_variants(
    upstream: Json, overlay: Json, docs: dict[str, str], derived: Json, older: list[tuple[str, Json]]
) -> None:
    _, required, answers = expected_relaxations(upstream, overlay, derived, older)
    old_commit, old = older[0]
    old_names = expected_schema_names(old, overlay)
    theirs = {old_names[n]: (n, s) for n, s in old["components"]["schemas"].items()}
    requests = {
        name
        for _, _, op in iter_operations(derived)
        for body in op.get("requestBody", {}).get("content", {}).values()
        for name in refs_in(body)
    }

    def shared_required(candidates: set[str]) -> tuple[str, str]:
        for name in sorted(candidates):
            if name in theirs:
                common = [f for f in required[name] if f in theirs[name][1].get("required", [])]
                if common:
                    return name, common[0]
        raise AssertionError("no schema both gateways require a field of")

    answer, answer_field = shared_required(answers)
    request, request_field = shared_required(requests - answers)
    variant = copy.deepcopy(old)
    for name, field in ((answer, answer_field), (request, request_field)):
        schema = variant["components"]["schemas"][theirs[name][0]]
        schema["required"].remove(field)
    result = spec_tool.derive(upstream, overlay, docs, older=[*older, (old_commit + "x", variant)])
    assert answer_field in result.relaxed[answer]
    assert answer_field not in result.spec["components"]["schemas"][answer].get("required", [])
    assert request not in result.relaxed
    assert request_field in result.spec["components"]["schemas"][request]["required"]
    # and with no older gateway, nothing is relaxed
    assert spec_tool.derive(upstream, overlay, docs).relaxed == {}


# --------------------------------------------------------------------------- API root


def test_api_root_of() -> None:
    assert spec_tool.api_root_of(["/health", "/v1/keys", "/v1/keys/{key_id}"]) == ("/v1", [])
    assert spec_tool.api_root_of(["/health", "/api/v1/keys", "/api/v1/users"]) == ("/api/v1", [])
    assert spec_tool.api_root_of(["/health"]) == ("", [])
    assert spec_tool.api_root_of(["/v1/a", "/v1/b", "/api/v1/c"]) == ("/v1", ["/api/v1"])


def test_api_root_is_recorded(upstream: Json, derived: Json, provenance: Json) -> None:
    root, others = spec_tool.api_root_of(upstream["paths"])
    assert root
    assert others == []
    assert derived["info"]["x-otari-api-root"] == provenance["api_root"] == root


def test_paths_moved_under_api_v1_give_that_root(
    upstream: Json, overlay: Json, docs: dict[str, str], derived: Json
) -> None:
    moved, moved_overlay = move_under(upstream, overlay, "/api")
    result = spec_tool.derive(moved, moved_overlay, docs)
    assert result.blockers == [], "\n".join(map(str, result.blockers))
    assert (
        result.api_root
        == result.spec["info"]["x-otari-api-root"]
        == "/api" + spec_tool.api_root_of(derived["paths"])[0]
    )
    expected = {
        ("/api" + path if path.startswith("/v1/") else path, method, op["operationId"])
        for path, method, op in iter_operations(derived)
    }
    assert {(p, m, op["operationId"]) for p, m, op in iter_operations(result.spec)} == expected


def test_mixed_api_roots_are_a_blocker(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    one = next(path for path in upstream["paths"] if path.startswith("/v1/"))
    mixed, mixed_overlay = move_under(upstream, overlay, "/api", only={one})
    blocker = assert_only(blockers_of(mixed, mixed_overlay, docs), "paths", "more than one API root")
    assert "/api/v1" in blocker.problem


# --------------------------------------------------------------------------- blockers, one kind at a time


def test_schema_without_a_clean_name_is_a_blocker(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    variant = copy.deepcopy(upstream)
    variant["components"]["schemas"]["token_info"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    blocker = assert_only(blockers_of(variant, overlay, docs), "'token_info'", "no clean class name")
    assert '"token_info": "TokenInfo"' in blocker.fix
    assert "schema_renames" in blocker.fix
    assert OVERLAY_NAME in blocker.fix
    # a form body of no operation of the upstream is not named by the rule
    variant = copy.deepcopy(upstream)
    variant["components"]["schemas"]["Body_no_such_handler_v1_x_post"] = {"type": "object"}
    assert_only(blockers_of(variant, overlay, docs), "Body_no_such_handler", "no clean class name")
    # nor is a rename to an unclean name
    renamed = copy.deepcopy(overlay)
    first = next(iter(upstream["components"]["schemas"]))
    renamed["schema_renames"][first] = "not_clean"
    assert_only(blockers_of(upstream, renamed, docs), repr(first), "not a clean class name")


def test_name_clash_between_overlay_and_upstream_is_a_blocker(
    upstream: Json, overlay: Json, docs: dict[str, str]
) -> None:
    clashes = sorted(set(upstream["components"]["schemas"]) & set(overlay["schemas"]))
    assert clashes, "the upstream defines none of our overlay's schemas: add a variant"
    unrenamed = copy.deepcopy(overlay)
    for name in clashes:
        del unrenamed["schema_renames"][name]
    blockers = blockers_of(upstream, unrenamed, docs)
    assert_only(blockers, "schema", "exists upstream and in our overlay", count=len(clashes))
    assert {b.where for b in blockers} == {f"schema {name!r}" for name in clashes}
    assert all("schema_renames" in b.fix for b in blockers)
    # a rename onto another upstream schema's name clashes too
    a, b = list(upstream["components"]["schemas"])[:2]
    onto = copy.deepcopy(overlay)
    onto["schema_renames"][a] = b
    assert_only(blockers_of(upstream, onto, docs), "schema", f"would be called {b!r}")


def test_operation_without_our_doc_line_is_a_blocker(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    name = next(iter(short_names(upstream).values()))
    fewer = {k: v for k, v in docs.items() if k != name}
    blocker = assert_only(blockers_of(upstream, overlay, fewer), f"operation {name!r}", "no doc line")
    assert f'"{name}"' in blocker.fix
    assert DOCS_NAME in blocker.fix


def test_untyped_2xx_json_answer_is_a_blocker(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    untyped = [
        short
        for _, short, op in _with_ops(upstream)
        for _, content in two_xx(op)
        if short in overlay["responses"] and content.get("application/json", {}).get("schema") == {}
    ]
    assert untyped, "the overlay types no untyped answer"
    plain = copy.deepcopy(overlay)
    del plain["responses"][untyped[0]]
    blocker = assert_only(blockers_of(upstream, plain, docs), f"operation {untyped[0]!r}", "untyped JSON")
    assert '"responses"' in blocker.fix
    assert untyped[0] in blocker.fix
    assert OVERLAY_NAME in blocker.fix


def test_untyped_answer_the_overlay_leaves_untyped_is_a_blocker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, overlay: Json, record: spec_tool.Source
) -> None:
    name = next(iter(overlay["responses"]))
    status = next(iter(overlay["responses"][name]))
    loose = copy.deepcopy(overlay)
    loose["responses"][name] = {status: {"application/json": {"schema": {}}}}
    monkeypatch.setattr(spec_tool, "OVERLAY", write_json(tmp_path / "overlay.json", loose))
    with pytest.raises(spec_tool.SpecError) as caught:
        spec_tool.build(record.newest.upstream)
    assert_only(caught.value.blockers, name, "is untyped")


def test_free_form_2xx_object_is_a_blocker(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    by_name = {short: op for _, short, op in _with_ops(upstream)}
    free = [
        name
        for name in overlay["hoist"]
        if is_free_form(by_name[name]["responses"]["200"]["content"]["application/json"]["schema"])
    ]
    assert free, "no free-form answer is kept as a map by the overlay"
    plain = copy.deepcopy(overlay)
    del plain["hoist"][free[0]]
    blocker = assert_only(blockers_of(upstream, plain, docs), f"operation {free[0]!r}", "free-form JSON object")
    assert '"hoist"' in blocker.fix


def test_list_of_untyped_objects_is_a_blocker(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    variant = copy.deepcopy(upstream)
    name, schema = next(
        (short, content["application/json"]["schema"])
        for _, short, op in _with_ops(variant)
        for _, content in two_xx(op)
        if short not in overlay["responses"] and content.get("application/json", {}).get("schema", {}).get("items")
    )
    schema["items"] = {"type": "object"}
    assert_only(blockers_of(variant, overlay, docs), f"operation {name!r}", "list of untyped or inline objects")


def test_duplicate_short_names_are_a_blocker(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    name = next(iter(short_names(upstream).values()))
    variant = copy.deepcopy(upstream)
    variant["paths"].update(new_operation("/v1/duplicate-of-something", "get", name, {"type": "string"}))
    assert_only(blockers_of(variant, overlay, docs), "GET /v1/duplicate-of-something", f"short name {name!r}")


def test_unusable_operation_id_is_a_blocker(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    variant = copy.deepcopy(upstream)
    variant["paths"]["/v1/odd"] = {"get": {"operationId": "Odd-Name", "responses": {}}}
    assert_only(blockers_of(variant, overlay, docs), "GET /v1/odd", "no usable operationId")


def test_taken_hoist_and_query_names_are_blockers(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    by_name = {short: op for _, short, op in _with_ops(upstream)}
    name = next(
        n
        for n in overlay["hoist"]
        if not is_free_form(by_name[n]["responses"]["200"]["content"]["application/json"]["schema"])
    )
    plain = copy.deepcopy(overlay)
    del plain["hoist"][name]
    variant = copy.deepcopy(upstream)
    variant["components"]["schemas"][pascal(name) + "Response"] = {"type": "object", "properties": {}}
    assert_only(blockers_of(variant, plain, docs), f"operation {name!r}", "which is taken")

    queried = next(s for _, s, op in _with_ops(upstream) if any(p["in"] == "query" for p in op.get("parameters", [])))
    variant = copy.deepcopy(upstream)
    variant["components"]["schemas"][pascal(queried) + "Query"] = {"type": "object", "properties": {}}
    assert_only(blockers_of(variant, overlay, docs), f"operation {queried!r}", "which is taken")


def test_unclean_overlay_schema_name_is_a_blocker(upstream: Json, overlay: Json, docs: dict[str, str]) -> None:
    bad = copy.deepcopy(overlay)
    bad["schemas"]["my_schema"] = {"type": "object", "properties": {}}
    assert_only(blockers_of(upstream, bad, docs), "overlay schema 'my_schema'", "not a clean class name")


def test_stale_overlay_and_doc_entries_are_blockers_in_strict_mode(
    upstream: Json, overlay: Json, docs: dict[str, str]
) -> None:
    schema = next(iter(overlay["relax_required"] or upstream["components"]["schemas"]))
    stale = copy.deepcopy(overlay)
    stale["schema_renames"]["NoSuchSchema"] = "Whatever"
    stale["responses"]["no_such_operation"] = {"200": {"application/json": {"type": "string"}}}
    stale["hoist"]["no_such_operation"] = "NoSuchAnswer"
    stale["relax_required"]["NoSuchSchema"] = {"id": "why"}
    stale["relax_required"].setdefault(schema, {})["no_such_field"] = "why"
    stale["constraints"].setdefault(schema, {})["no_such_field"] = {"minimum": 1, "why": "why"}
    more_docs = {**docs, "no_such_operation": "Does nothing."}
    blockers = blockers_of(upstream, stale, more_docs)
    wheres = [b.where for b in blockers]
    assert len(set(wheres)) == len(wheres), "a blocker is reported twice"
    for where in (
        "schema 'NoSuchSchema'",
        "overlay responses 'no_such_operation'",
        "overlay hoist 'no_such_operation'",
        "doc line 'no_such_operation'",
        "overlay relax_required 'NoSuchSchema'",
        f"overlay relax_required {schema}.no_such_field",
        f"overlay constraints {schema}.no_such_field",
    ):
        assert any(where in w for w in wheres), (where, wheres)
    assert all("remove it from" in b.fix for b in blockers), blockers
    assert len(blockers) == 7
    assert blockers_of(upstream, stale, more_docs, strict=False) == []


def test_several_problems_are_reported_in_one_spec_error(
    tmp_path: Path, upstream: Json, overlay: Json, record: spec_tool.Source, capsys: pytest.CaptureFixture[str]
) -> None:
    one = next(path for path in upstream["paths"] if path.startswith("/v1/"))
    variant, _ = move_under(upstream, overlay, "/api", only={one})
    variant["components"]["schemas"]["token_info"] = {"type": "object", "properties": {}}
    duplicate = next(iter(short_names(upstream).values()))
    variant["paths"].update(new_operation("/v1/things", "get", "list_things", {}))
    variant["paths"].update(new_operation("/v1/things-too", "get", duplicate, {"type": "string"}))
    variant["paths"].update(new_operation("/v1/maps", "get", "list_maps", {"type": "object"}))
    expected = [
        ("schema 'token_info'", "no clean class name"),
        ("operation 'list_things'", "no doc line"),
        ("operation 'list_things', 200 answer", "untyped JSON"),
        ("GET /v1/things-too", f"short name {duplicate!r}"),
        ("operation 'list_maps', 200 answer", "free-form JSON object"),
        ("paths", "more than one API root"),
    ]
    path = write_json(tmp_path / "variant.json", variant)
    with pytest.raises(spec_tool.SpecError) as caught:
        spec_tool.build(str(path), commit="abcdef1", date="2026-09-01")
    found = [(b.where, b.problem) for b in caught.value.blockers]
    for where, problem in expected:
        assert any(where in w and problem in p for w, p in found), (where, problem, found)

    out = tmp_path / "out"
    argv = ["--upstream", str(path), "--gateway-commit", "abcdef1", "--gateway-date", "2026-09-01"]
    assert spec_tool.main([*argv, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{len(caught.value.blockers)} blocker(s); nothing was written" in err
    for where, _ in expected:
        assert where in err
    assert not out.exists()


# --------------------------------------------------------------------------- provenance


def test_recorded_file_keeps_its_commit_and_date(record: spec_tool.Source) -> None:
    _, provenance, updated = spec_tool.build(record.newest.upstream)
    assert (provenance["gateway_commit"], provenance["gateway_date"]) == (
        record.newest.gateway_commit,
        record.newest.gateway_date,
    )
    assert updated == record
    # giving the recorded commit and date is fine too
    _, _, again = spec_tool.build(
        record.newest.upstream, commit=record.newest.gateway_commit, date=record.newest.gateway_date
    )
    assert again == record


def test_unknown_file_without_commit_and_date_is_refused(
    tmp_path: Path, upstream: Json, record: spec_tool.Source, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_unrecorded(tmp_path / "new.json", upstream, record)
    out = tmp_path / "out"
    assert spec_tool.main(["--upstream", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--gateway-commit" in err
    assert "--gateway-date" in err
    assert not out.exists()
    # one without the other is refused too
    assert spec_tool.main(["--upstream", str(path), "--gateway-commit", "abcdef1", "--out", str(out)]) == 2
    assert "both" in capsys.readouterr().err
    for commit, date in (("not-a-sha", "2026-09-01"), ("abcdef1", "yesterday")):
        argv = ["--upstream", str(path), "--gateway-commit", commit, "--gateway-date", date, "--out", str(out)]
        assert spec_tool.main(argv) == 2
        assert "must be" in capsys.readouterr().err
    assert not out.exists()


def test_unknown_file_with_commit_and_date_updates_the_record(
    tmp_path: Path, upstream: Json, derived: Json, record: spec_tool.Source
) -> None:
    real = (SPEC_DIR / "source.json").read_bytes()
    path = write_unrecorded(tmp_path / "new.json", upstream, record)
    out = tmp_path / "out"
    commit, date = "abcdef1", "2026-09-01"
    argv = ["--upstream", str(path), "--gateway-commit", commit, "--gateway-date", date, "--out", str(out)]
    assert spec_tool.main(argv) == 0
    written = read_record(out / "source.json")
    this = spec_tool.Upstream(str(path.resolve()), commit, date, sha256(path.read_bytes()))
    assert written == spec_tool.Source(newest=this, older=(record.newest, *record.older))
    provenance = load(out / "provenance.json")
    assert (provenance["gateway_commit"], provenance["gateway_date"]) == (commit, date)
    assert provenance["older_gateways"] == [
        {"gateway_commit": u.gateway_commit, "gateway_date": u.gateway_date} for u in (record.newest, *record.older)
    ]
    spec = load(out / "openapi.json")
    assert spec["info"]["version"] == f"{upstream['info']['version']}+{commit}"
    assert {**spec, "info": derived["info"]} == derived
    assert (SPEC_DIR / "source.json").read_bytes() == real, "the committed record was touched"


def test_a_custom_record_is_updated_with_the_old_newest_moved_to_older(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: spec_tool.Source
) -> None:
    """A record that knows only the oldest gateway, given the newest document: the result is the committed record."""
    oldest = record.older[-1]
    custom = spec_tool.Source(newest=oldest, older=())
    monkeypatch.setattr(spec_tool, "load_source", lambda: custom)
    newest = record.newest
    argv = ["--upstream", newest.upstream, "--gateway-commit", newest.gateway_commit]
    assert spec_tool.main([*argv, "--gateway-date", newest.gateway_date, "--out", str(tmp_path)]) == 0
    if len(record.older) == 1:
        for name in COMMITTED_FILES:
            assert (tmp_path / name).read_bytes() == (SPEC_DIR / name).read_bytes(), name
    written = read_record(tmp_path / "source.json")
    assert written.newest == newest
    assert written.older == (oldest,)


def test_recorded_file_with_another_commit_or_date_is_an_error(
    tmp_path: Path, record: spec_tool.Source, capsys: pytest.CaptureFixture[str]
) -> None:
    newest = record.newest
    for commit, date in ((newest.gateway_commit[::-1], newest.gateway_date), (newest.gateway_commit, "1999-01-01")):
        argv = ["--gateway-commit", commit, "--gateway-date", date, "--out", str(tmp_path / "out")]
        assert spec_tool.main(argv) == 2
        assert f"recorded in spec/source.json as gateway {newest.gateway_commit}" in capsys.readouterr().err
    with pytest.raises(spec_tool.ProvenanceError, match="recorded"):
        spec_tool.build(newest.upstream, commit=newest.gateway_commit[::-1], date=newest.gateway_date)
    # an older supported document is not what the SDK is generated from
    assert spec_tool.main(["--upstream", record.older[0].upstream, "--out", str(tmp_path / "out")]) == 2
    assert "older supported document" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_older_document_with_another_sha256_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: spec_tool.Source, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = attrs.evolve(record.older[0], sha256="0" * 64)
    custom = attrs.evolve(record, older=(wrong, *record.older[1:]))
    with pytest.raises(spec_tool.ProvenanceError, match=re.escape(wrong.upstream)):
        spec_tool.build(record.newest.upstream, source=custom)
    monkeypatch.setattr(spec_tool, "load_source", lambda: custom)
    assert spec_tool.main(["--out", str(tmp_path / "out")]) == 2
    assert f"records {'0' * 12}" in capsys.readouterr().err
    # and a missing one
    gone = attrs.evolve(record, older=(attrs.evolve(record.older[0], upstream=str(tmp_path / "gone.json")),))
    with pytest.raises(spec_tool.ProvenanceError, match="is needed at"):
        spec_tool.build(record.newest.upstream, source=gone)
    assert not (tmp_path / "out").exists()


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_tool.main(["--upstream", str(tmp_path / "missing.json"), "--out", str(tmp_path / "out")]) == 2
    (tmp_path / "not.json").write_text("{", encoding="utf-8")
    assert spec_tool.main(["--upstream", str(tmp_path / "not.json"), "--out", str(tmp_path / "out")]) == 2
    assert "is not JSON" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_moved_api_root_reaches_the_generated_core_and_the_client(
    tmp_path: Path, upstream: Json, overlay: Json, docs: dict[str, str]
) -> None:
    """Regenerated from a gateway whose paths moved under /api/v1, the SDK sends there, however api_base ends."""
    import subprocess
    import sys

    from tools import generate

    moved, moved_overlay = move_under(upstream, overlay, "/api")
    result = spec_tool.derive(moved, moved_overlay, docs)
    assert result.blockers == []
    core = generate.generate(write_json(tmp_path / "openapi.json", result.spec), tmp_path / "generated")
    script = (
        "import httpx, otari_api\n"
        "from otari import OtariClient\n"
        "seen = []\n"
        "def answer(request):\n"
        "    seen.append(request.url.path)\n"
        "    return httpx.Response(200, json={'object': 'list', 'data': []})\n"
        "for base in ('http://gw', 'http://gw/api/v1', 'http://gw/api/v1/'):\n"
        "    http = httpx.Client(transport=httpx.MockTransport(answer))\n"
        "    OtariClient(api_base=base, api_key='k', http_client=http).list_models()\n"
        "print(otari_api.__api_root__, sorted(set(seen)))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(core.parent), str(ROOT)])}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["/api/v1", "['/api/v1/models']"]
